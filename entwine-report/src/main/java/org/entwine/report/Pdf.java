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
    InputStream in = Pdf.class.getResourceAsStream("fonts/" + file);
    if (in == null) throw new IllegalStateException("the bundled font " + file + " is missing");
    return in;
  }
}
