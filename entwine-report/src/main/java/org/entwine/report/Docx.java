package org.entwine.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * The report as a Word document (Apache POI), written from the same {@link PortfolioReport.Content}
 * as the PDF: the same headings, sentences, tables and charts (as PNG), in the bundled Noto Sans,
 * embedded ({@link DocxFonts}) so that Vietnamese reads the same on a machine without it. Ministry
 * drafts circulate in Word; the text can be edited there.
 */
final class Docx {
  private static final int BODY = 9;
  private static final int SMALL = 7;

  /** The width of the text on an A4 page with 14 mm margins, in millimetres. */
  private static final int TEXT_MM = 182;

  private Docx() {}

  static void write(PortfolioReport.Content c, OutputStream out) {
    try (XWPFDocument doc = new XWPFDocument()) {
      page(doc);
      fonts(doc);
      var t = c.t();
      heading(doc, c.title(), 17);
      text(doc, c.subtitle(), BODY, false, "555555");
      if (c.exec() != null) {
        executive(doc, c.exec(), t);
        if (c.overview() != null) pageBreak(doc);
      }
      if (c.overview() != null) overview(doc, c.overview(), t);
      if (c.ranking() != null) ranking(doc, c, t);
      boolean first = true;
      for (PartnerPage p : c.partners()) {
        partner(doc, p, t, !(c.brief() && first));
        first = false;
      }
      if (c.brief()) {
        heading(doc, t.get("brief.sources"), 10);
        for (String d : c.datasets()) text(doc, d, SMALL, false, "555555");
      }
      DocxFonts.embed(doc);
      doc.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the Word document", e);
    }
  }

  /** The executive page: its header line, the key judgements numbered, the risks, what changed. */
  private static void executive(
      XWPFDocument doc, ExecutivePage e, java.util.Map<String, String> t) {
    text(doc, e.header(), SMALL, false, "555555");
    heading(doc, t.get("exec.heading"), 12);
    int n = 1;
    for (String j : e.judgements()) text(doc, (n++) + ". " + j, BODY, false, null);
    heading(doc, t.get("exec.risks"), 12);
    if (e.risks().isEmpty()) text(doc, t.get("flags.none"), BODY, false, null);
    for (String r : e.risks()) text(doc, "• " + r, BODY, false, null);
    heading(doc, e.changedHeading(), 12);
    for (String l : e.changed()) text(doc, "• " + l, BODY, false, null);
  }

  private static void overview(
      XWPFDocument doc, PortfolioReport.Overview o, java.util.Map<String, String> t) {
    heading(doc, t.get("frameworks.heading"), 12);
    table(
        doc,
        false,
        o.counts().stream()
            .map(n -> new String[] {n.level(), String.valueOf(n.partners())})
            .toList());
    text(doc, o.framed(), SMALL, false, "555555");
    heading(doc, o.changesHeading(), 12);
    lines(doc, o.changes(), t.get("changes.none"));
    heading(doc, t.get("movers.heading"), 12);
    lines(doc, o.movers(), "");
    heading(doc, t.get("flags.heading"), 12);
    lines(doc, o.watch(), t.get("flags.none"));
    heading(doc, t.get("matrix.heading"), 12);
    picture(doc, List.of(o.matrix()), TEXT_MM);
    text(doc, o.matrixNote(), SMALL, false, "555555");
  }

  private static void ranking(
      XWPFDocument doc, PortfolioReport.Content c, java.util.Map<String, String> t) {
    PortfolioReport.Ranking k = c.ranking();
    pageBreak(doc);
    heading(doc, t.get("ranking.heading"), 12);
    picture(doc, List.of(k.chart()), TEXT_MM);
    List<String[]> rows = new java.util.ArrayList<>();
    rows.add(
        new String[] {
          t.get("col.rank"),
          t.get("col.partner"),
          t.get("col.level"),
          t.get("col.depth"),
          k.pillars().get(0),
          k.pillars().get(1),
          k.pillars().get(2),
          t.get("col.degree"),
          t.get("col.cell")
        });
    for (PortfolioReport.Row r : k.rows())
      rows.add(
          new String[] {
            r.rank(),
            r.partner() + " " + r.name(),
            r.level(),
            r.depth(),
            r.interests(),
            r.institutions(),
            r.identity(),
            r.degree(),
            r.cell()
          });
    table(doc, true, rows);
    if (!k.others().isEmpty()) {
      heading(doc, k.othersHeading(), 10);
      table(
          doc,
          false,
          k.others().stream()
              .map(
                  r ->
                      new String[] {
                        r.rank(),
                        r.partner() + " " + r.name(),
                        r.depth(),
                        r.interests(),
                        r.institutions(),
                        r.identity(),
                        r.degree(),
                        r.cell()
                      })
              .toList());
    }
    text(doc, k.note(), SMALL, false, "555555");
    heading(doc, t.get("appendix.heading"), 12);
    for (String line : c.appendix()) text(doc, line, SMALL, false, "555555");
    heading(doc, t.get("appendix.datasets"), 10);
    for (String d : c.datasets()) text(doc, d, SMALL, false, "555555");
  }

  private static void partner(
      XWPFDocument doc, PartnerPage p, java.util.Map<String, String> t, boolean newPage) {
    if (newPage) pageBreak(doc);
    heading(doc, p.heading(), 12);
    text(
        doc,
        p.level()
            + " · "
            + t.get("col.depth")
            + " "
            + p.depth()
            + " · "
            + t.get("col.rank")
            + " "
            + p.rank(),
        BODY,
        false,
        null);
    heading(doc, t.get("partner.pillars"), 10);
    List<String[]> pillars = new java.util.ArrayList<>();
    pillars.add(
        new String[] {"", t.get("col.depth"), t.get("partner.deJure"), t.get("partner.deFacto")});
    for (PartnerPage.PillarRow r : p.pillars())
      pillars.add(new String[] {r.pillar(), r.score(), r.deJure(), r.deFacto()});
    table(doc, true, pillars);
    // the radar and the twenty years side by side, as on the PDF's page
    List<Charts.Chart> charts = new java.util.ArrayList<>();
    if (p.radar() != null) charts.add(p.radar());
    if (p.history() != null) charts.add(p.history());
    if (!charts.isEmpty()) picture(doc, charts, TEXT_MM / 2 - 2);
    heading(doc, t.get("partner.timeline"), 10);
    if (p.timeline().isEmpty()) text(doc, t.get("partner.noFramework"), BODY, false, null);
    for (String l : p.timeline()) text(doc, l, BODY, false, null);
    heading(doc, t.get("partner.confidence"), 10);
    XWPFParagraph degree = paragraph(doc);
    run(degree, p.degree(), BODY, true, null);
    run(degree, " — " + p.degreeReason(), BODY, false, null);
    text(doc, p.binding(), SMALL, false, "555555");
    if (!p.commitments().isEmpty()) {
      List<String[]> rows = new java.util.ArrayList<>();
      rows.add(
          new String[] {
            t.get("commitments.col.commitment"),
            t.get("commitments.col.by"),
            t.get("commitments.col.target"),
            t.get("commitments.col.outcome"),
            t.get("commitments.col.figure"),
            t.get("commitments.col.source")
          });
      for (PartnerPage.CommitmentRow r : p.commitments())
        rows.add(
            new String[] {
              r.id() + ": " + r.text(), r.by(), r.target(), r.outcome(), r.figure(), r.source()
            });
      table(doc, true, rows);
      text(doc, t.get("commitments.note"), SMALL, false, "555555");
    }
    if (!p.flags().isEmpty() || p.upgrade() != null) {
      heading(doc, t.get("partner.flags"), 10);
      if (!p.flags().isEmpty()) text(doc, String.join("; ", p.flags()), BODY, false, null);
      if (p.upgrade() != null) text(doc, p.upgrade(), BODY, false, null);
    }
    heading(doc, t.get("partner.events"), 10);
    for (String l : p.events()) text(doc, l, BODY, false, null);
    heading(doc, t.get("partner.notes"), 10);
    for (String l : p.notes()) text(doc, l, SMALL, false, "555555");
    if (p.sources() != null) text(doc, p.sources(), SMALL, false, "555555");
  }

  private static void lines(XWPFDocument doc, List<PortfolioReport.Line> lines, String none) {
    if (lines.isEmpty()) {
      if (!none.isEmpty()) text(doc, none, BODY, false, null);
      return;
    }
    table(doc, false, lines.stream().map(l -> new String[] {l.partner(), l.text()}).toList());
  }

  /** A4, with the PDF's margins. */
  private static void page(XWPFDocument doc) {
    CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
    CTPageSz size = sect.addNewPgSz();
    size.setW(BigInteger.valueOf(twips(210)));
    size.setH(BigInteger.valueOf(twips(297)));
    CTPageMar margin = sect.addNewPgMar();
    margin.setTop(BigInteger.valueOf(twips(14)));
    margin.setBottom(BigInteger.valueOf(twips(16)));
    margin.setLeft(BigInteger.valueOf(twips(14)));
    margin.setRight(BigInteger.valueOf(twips(14)));
  }

  /** Noto Sans for every script, as the document's default. */
  private static void fonts(XWPFDocument doc) {
    CTFonts fonts = CTFonts.Factory.newInstance();
    fonts.setAscii(Charts.FONT);
    fonts.setHAnsi(Charts.FONT);
    fonts.setCs(Charts.FONT);
    fonts.setEastAsia(Charts.FONT);
    doc.createStyles().setDefaultFonts(fonts);
  }

  private static long twips(double mm) {
    return Math.round(mm / 25.4 * 1440);
  }

  private static XWPFParagraph paragraph(XWPFDocument doc) {
    XWPFParagraph p = doc.createParagraph();
    p.setSpacingAfter(40);
    p.setSpacingBefore(0);
    return p;
  }

  private static void heading(XWPFDocument doc, String text, int size) {
    XWPFParagraph p = doc.createParagraph();
    p.setSpacingBefore(size >= 12 ? 200 : 120);
    p.setSpacingAfter(60);
    p.setKeepNext(true);
    run(p, text, size, true, null);
  }

  private static void text(XWPFDocument doc, String text, int size, boolean bold, String colour) {
    if (text == null || text.isEmpty()) return;
    run(paragraph(doc), text, size, bold, colour);
  }

  private static void run(XWPFParagraph p, String text, int size, boolean bold, String colour) {
    XWPFRun r = p.createRun();
    r.setFontFamily(Charts.FONT);
    r.setFontSize(size);
    r.setBold(bold);
    if (colour != null) r.setColor(colour);
    r.setText(text);
  }

  private static void pageBreak(XWPFDocument doc) {
    doc.createParagraph().setPageBreak(true);
  }

  /** A table of {@code rows}, the first in bold when {@code header}; figures to the right. */
  private static void table(XWPFDocument doc, boolean header, List<String[]> rows) {
    if (rows.isEmpty()) return;
    XWPFTable table = doc.createTable(rows.size(), rows.get(0).length);
    table.setWidth("100%");
    table.setTopBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "FFFFFF");
    table.setLeftBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "FFFFFF");
    table.setRightBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "FFFFFF");
    table.setInsideVBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "FFFFFF");
    table.setInsideHBorder(XWPFTable.XWPFBorderType.SINGLE, 2, 0, "E4E4E4");
    table.setBottomBorder(XWPFTable.XWPFBorderType.SINGLE, 2, 0, "E4E4E4");
    for (int i = 0; i < rows.size(); i++) {
      XWPFTableRow row = table.getRow(i);
      row.setCantSplitRow(true);
      String[] cells = rows.get(i);
      for (int j = 0; j < cells.length; j++) {
        XWPFParagraph p = row.getCell(j).getParagraphs().get(0);
        p.setSpacingAfter(0);
        if (j > 0 && FIGURE.matcher(cells[j] == null ? "" : cells[j]).matches())
          p.setAlignment(ParagraphAlignment.RIGHT);
        run(p, cells[j] == null ? "" : cells[j], BODY - 1, header && i == 0, null);
      }
    }
  }

  private static final java.util.regex.Pattern FIGURE =
      java.util.regex.Pattern.compile("[–−+\\d.,%]+");

  /** Charts side by side in one paragraph, each {@code widthMm} wide, at twice their size. */
  private static void picture(XWPFDocument doc, List<Charts.Chart> charts, int widthMm) {
    XWPFParagraph p = paragraph(doc);
    p.setKeepNext(false);
    XWPFRun r = p.createRun();
    int n = 0;
    for (Charts.Chart c : charts) {
      double width = widthMm / 25.4 * 72; // points
      double height = width * c.height() / c.width();
      try {
        r.addPicture(
            new ByteArrayInputStream(c.png(2)),
            org.apache.poi.common.usermodel.PictureType.PNG,
            "chart" + (n++) + ".png",
            Units.toEMU(width),
            Units.toEMU(height));
      } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
        throw new IllegalStateException("cannot place a chart in the Word document", e);
      }
    }
  }
}
