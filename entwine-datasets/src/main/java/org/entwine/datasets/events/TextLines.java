package org.entwine.datasets.events;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The lines of a text file that is UTF-8 except where it is not: each line is decoded as UTF-8, and
 * a line that is not valid UTF-8 as Windows-1252, the encoding such files fall back to (ICEWS
 * releases write a few country and place names so). Decoding a whole file as UTF-8 would turn those
 * names into replacement characters that match no actor, and lose their events without a word.
 * Windows line ends are taken off.
 */
final class TextLines {
  private static final Charset FALLBACK = Charset.forName("windows-1252");
  private final InputStream in;
  private final CharsetDecoder utf8 =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteArrayOutputStream line = new ByteArrayOutputStream(512);
  private long fallbacks;

  TextLines(InputStream in) {
    this.in = in.markSupported() ? in : new java.io.BufferedInputStream(in, 1 << 16);
  }

  /** The next line, or null at the end. */
  String next() throws IOException {
    line.reset();
    int b;
    boolean any = false;
    while ((b = in.read()) >= 0) {
      any = true;
      if (b == '\n') break;
      line.write(b);
    }
    if (!any) return null;
    byte[] bytes = line.toByteArray();
    int n = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
    try {
      return utf8.decode(ByteBuffer.wrap(bytes, 0, n)).toString();
    } catch (CharacterCodingException e) {
      fallbacks++;
      return new String(bytes, 0, n, FALLBACK);
    }
  }

  /** How many lines were not UTF-8 and were read as Windows-1252. */
  long fallbacks() {
    return fallbacks;
  }
}
