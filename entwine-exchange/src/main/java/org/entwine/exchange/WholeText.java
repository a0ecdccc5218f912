package org.entwine.exchange;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;
import org.yaml.snakeyaml.scanner.Constant;

/**
 * SnakeYAML's reader over a document already in memory, read in time linear in its length.
 * SnakeYAML's own reader takes its input 1,024 characters at a time and copies all it has not yet
 * consumed at each step; a scalar is consumed only once it has been scanned whole, so a long one (a
 * one-line document of 8 MB) was copied over and over: quadratic, 62 s and 1.2 GB for 8 MB. Here
 * the document's code points are read once, into one array, and the scanner moves over it. The
 * positions it reports are those SnakeYAML's reader reports (the same rules for lines and columns),
 * so problems keep their lines.
 */
final class WholeText extends StreamReader {
  private final int[] text;
  private int pointer;
  private int index;
  private int documentIndex;
  private int line;
  private int column;

  /**
   * The document's node tree, as SnakeYAML's {@code Yaml.compose} gives it, read in linear time.
   */
  static Node compose(String document, LoaderOptions options) {
    return new Composer(new ParserImpl(new WholeText(document), options), new Resolver(), options)
        .getSingleNode();
  }

  private WholeText(String document) {
    super("");
    this.text = document.codePoints().toArray();
    for (int i = 0; i < text.length; i++) {
      if (!isPrintable(text[i]))
        throw new ReaderException("'reader'", i, text[i], "special characters are not allowed");
    }
  }

  @Override
  public Mark getMark() {
    return new Mark("'reader'", index, line, column, text, pointer);
  }

  @Override
  public void forward() {
    forward(1);
  }

  @Override
  public void forward(int length) {
    for (int i = 0; i < length && pointer < text.length; i++) {
      int c = text[pointer++];
      index++;
      documentIndex++;
      if (Constant.LINEBR.has(c) || (c == '\r' && pointer < text.length && text[pointer] != '\n')) {
        line++;
        column = 0;
      } else if (c != 0xFEFF) {
        column++;
      }
    }
  }

  @Override
  public int peek() {
    return peek(0);
  }

  @Override
  public int peek(int at) {
    return pointer + at < text.length ? text[pointer + at] : '\0';
  }

  @Override
  public String prefix(int length) {
    return new String(text, pointer, Math.max(0, Math.min(length, text.length - pointer)));
  }

  @Override
  public String prefixForward(int length) {
    String prefix = prefix(length);
    pointer += length;
    index += length;
    documentIndex += length;
    column += length; // a prefix holds no line break
    return prefix;
  }

  @Override
  public int getColumn() {
    return column;
  }

  @Override
  public int getDocumentIndex() {
    return documentIndex;
  }

  @Override
  public void resetDocumentIndex() {
    documentIndex = 0;
  }

  @Override
  public int getIndex() {
    return index;
  }

  @Override
  public int getLine() {
    return line;
  }
}
