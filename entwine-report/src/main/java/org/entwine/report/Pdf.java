package org.entwine.report;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/** XHTML to PDF by openhtmltopdf, with Noto Sans (regular and bold) embedded. */
final class Pdf {
  private Pdf() {}

  static void write(String xhtml, OutputStream out) {
    PdfRendererBuilder b = new PdfRendererBuilder();
    b.useFastMode();
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
