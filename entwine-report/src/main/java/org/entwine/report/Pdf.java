package org.entwine.report;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.logging.Level;

/**
 * XHTML to PDF by openhtmltopdf, with Noto Sans (regular and bold) embedded: PDF/A-3u, the archival
 * form (every font embedded, text extractable as Unicode, the sRGB colour space declared), for
 * reports a ministry files.
 */
final class Pdf {
  static {
    // openhtmltopdf tells the terminal every step at INFO; its warnings and errors still show
    for (String logger : XRLog.listRegisteredLoggers()) XRLog.setLevel(logger, Level.WARNING);
  }

  /** The archival conformance the reports claim (and the tests check with veraPDF). */
  static final PdfRendererBuilder.PdfAConformance CONFORMANCE =
      PdfRendererBuilder.PdfAConformance.PDFA_3_U;

  private Pdf() {}

  static void write(String xhtml, OutputStream out) {
    PdfRendererBuilder b = new PdfRendererBuilder();
    b.useFastMode();
    b.usePdfAConformance(CONFORMANCE);
    b.useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
    b.withProducer("Entwine");
    b.useSVGDrawer(new BatikSVGDrawer());
    b.useFont(
        () -> font("400Regular/NotoSans_400Regular.ttf"),
        Charts.FONT,
        400,
        PdfRendererBuilder.FontStyle.NORMAL,
        true);
    b.useFont(
        () -> font("700Bold/NotoSans_700Bold.ttf"),
        Charts.FONT,
        700,
        PdfRendererBuilder.FontStyle.NORMAL,
        true);
    b.withHtmlContent(xhtml, null);
    b.toStream(out);
    try {
      b.run();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the PDF", e);
    }
  }

  private static InputStream font(String file) {
    return new java.io.ByteArrayInputStream(
        FONTS.computeIfAbsent(file, f -> withoutGlyphSubstitution(bundled(f))));
  }

  /** The fonts as the PDF takes them, read once. */
  private static final java.util.Map<String, byte[]> FONTS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static byte[] bundled(String file) {
    try (InputStream in = Pdf.class.getResourceAsStream("fonts/" + file)) {
      if (in == null) throw new IllegalStateException("the bundled font " + file + " is missing");
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled font " + file, e);
    }
  }

  /**
   * The font without its glyph substitution table (GSUB). Noto Sans lists Devanagari among its
   * scripts, and PDFBox then shapes every run of text as Devanagari, compiling regular expressions
   * for each: ten seconds of a report's twelve (measured, docs/benchmarks.md). The report's
   * scripts, Latin with Vietnamese's precomposed letters, need no substitution: every glyph it
   * shows stands for one character.
   */
  static byte[] withoutGlyphSubstitution(byte[] ttf) {
    java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(ttf);
    int tables = Short.toUnsignedInt(in.getShort(4));
    record Table(int tag, int checksum, int offset, int length) {}
    java.util.List<Table> kept = new java.util.ArrayList<>();
    for (int i = 0; i < tables; i++) {
      int at = 12 + 16 * i;
      Table t = new Table(in.getInt(at), in.getInt(at + 4), in.getInt(at + 8), in.getInt(at + 12));
      if (t.tag() != GSUB) kept.add(t);
    }
    if (kept.size() == tables) return ttf;
    int header = 12 + 16 * kept.size();
    int size = header;
    for (Table t : kept) size += (t.length() + 3) & ~3;
    java.nio.ByteBuffer out = java.nio.ByteBuffer.allocate(size);
    out.putInt(in.getInt(0)); // the font's version
    int n = kept.size();
    int power = Integer.highestOneBit(n);
    out.putShort((short) n);
    out.putShort((short) (power * 16)); // searchRange
    out.putShort((short) Integer.numberOfTrailingZeros(power)); // entrySelector
    out.putShort((short) (n * 16 - power * 16)); // rangeShift
    int offset = header;
    for (Table t : kept) {
      out.putInt(t.tag()).putInt(t.checksum()).putInt(offset).putInt(t.length());
      offset += (t.length() + 3) & ~3;
    }
    for (Table t : kept) {
      out.put(ttf, t.offset(), t.length());
      for (int pad = t.length(); (pad & 3) != 0; pad++) out.put((byte) 0);
    }
    return out.array();
  }

  private static final int GSUB = ('G' << 24) | ('S' << 16) | ('U' << 8) | 'B';
}
