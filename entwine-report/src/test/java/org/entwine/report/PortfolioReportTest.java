package org.entwine.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.entwine.app.Assessment;
import org.entwine.app.Assessor;
import org.entwine.app.BundledExample;
import org.entwine.app.DefaultMethod;
import org.entwine.app.Scoring;
import org.entwine.framework.Level;
import org.entwine.store.DuckDbStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report a reader would trust: the text in the PDF holds each framework partner's depth, level
 * and degree as the assessment (what {@code entwine assess} prints) gives them, in English and in
 * Vietnamese; every font is embedded; Vietnamese text comes out whole. The pages are rendered to
 * PNG in target/report-pages for a person to look at.
 */
class PortfolioReportTest {
  @TempDir static Path dir;
  static Assessor.Assessments assessed;
  static Scoring scoring;

  @BeforeAll
  static void assess() {
    try (DuckDbStore store = DuckDbStore.open(dir.resolve("r.duckdb"))) {
      BundledExample.load(store);
      Scoring s = Scoring.of(store, DefaultMethod.load(), "VNM", 2026);
      assessed = Assessor.assess(s, LocalDate.parse("2026-06-30"), 50, Assessor.DEFAULT_SEED, true);
      scoring = s;
    }
  }

  private static final java.util.Map<String, byte[]> PDFS = new java.util.HashMap<>();

  /** The report in {@code lang}, written once for all the tests. */
  static synchronized byte[] pdf(String lang) throws Exception {
    if (PDFS.containsKey(lang)) return PDFS.get(lang);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PortfolioReport.pdf(
        PortfolioReport.html(PortfolioReport.Basis.of(assessed, scoring), Messages.of(lang)), out);
    Path saved = Path.of("target", "report-pages");
    Files.createDirectories(saved);
    Files.write(saved.resolve("report-" + lang + ".pdf"), out.toByteArray()); // for a person
    PDFS.put(lang, out.toByteArray());
    return out.toByteArray();
  }

  static String text(PDDocument doc) throws Exception {
    return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
  }

  @Test
  void thePdfHoldsEachPartnersDepthLevelAndDegreeAsTheAssessmentGivesThemInBothLanguages()
      throws Exception {
    List<Assessment> framed =
        assessed.partners().stream().filter(p -> p.level() != Level.NONE).toList();
    assertThat(framed).hasSizeGreaterThan(40);
    for (String lang : Messages.LANGUAGES) {
      Messages m = Messages.of(lang);
      try (PDDocument doc = Loader.loadPDF(pdf(lang))) {
        String text = text(doc);
        for (Assessment p : framed) {
          PortfolioReport.Row row = PortfolioReport.row(p, scoring, m);
          String expected =
              row.rank()
                  + " "
                  + p.partner()
                  + " "
                  + row.name()
                  + " "
                  + row.level()
                  + " "
                  + row.depth()
                  + " "
                  + row.interests()
                  + " "
                  + row.institutions()
                  + " "
                  + row.identity()
                  + " "
                  + row.degree();
          // a cell may wrap inside a row: compared without spaces
          assertThat(text.replace(" ", ""))
              .as(lang + " " + p.partner() + ": " + expected)
              .contains(expected.replace(" ", ""));
          // and its own page, headed by its name, with its level and depth
          assertThat(text)
              .as(lang + " page of " + p.partner())
              .contains(row.name() + " (" + p.partner() + ") " + row.level() + " · ");
        }
        saveImages(doc, lang);
      }
    }
    assertThat(PortfolioReport.row(framed.get(0), scoring, Messages.of("vi")).depth())
        .as("Vietnamese writes a decimal comma")
        .contains(",");
  }

  @Test
  void everyFontIsEmbeddedAndVietnameseComesOutWhole() throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf("vi"))) {
      List<PDFont> fonts = new ArrayList<>();
      for (PDPage page : doc.getPages())
        for (var name : page.getResources().getFontNames())
          fonts.add(page.getResources().getFont(name));
      assertThat(fonts)
          .isNotEmpty()
          .allSatisfy(f -> assertThat(f.isEmbedded()).as(f.getName()).isTrue());
      String text = text(doc);
      assertThat(text)
          .contains("Đối tác chiến lược toàn diện")
          .contains("Quan hệ đặc biệt")
          .contains("Xếp hạng chiều sâu")
          .doesNotContain("#")
          .doesNotContain("{0}");
    }
  }

  @Test
  void everyMessageHasItsVietnameseAndItsEnglish() {
    Messages en = Messages.of("en");
    Messages vi = Messages.of("vi");
    assertThat(vi.keys()).containsExactlyInAnyOrderElementsOf(en.keys());
    for (String k : en.keys()) {
      assertThat(en.get(k)).as("en " + k).isNotBlank();
      assertThat(vi.get(k)).as("vi " + k).isNotBlank();
    }
    for (Enum<?>[] values :
        List.<Enum<?>[]>of(
            Level.values(),
            org.entwine.method.Pillar.values(),
            org.entwine.trust.Degree.values(),
            org.entwine.trust.Cell.values(),
            org.entwine.diagnostics.Flag.values())) {
      String prefix =
          switch (values[0].getClass().getSimpleName()) {
            case "Level" -> "level";
            case "Pillar" -> "pillar";
            case "Degree" -> "degree";
            case "Cell" -> "cell";
            default -> "flag";
          };
      for (Enum<?> v : values) assertThat(vi.keys()).contains(prefix + "." + v.name());
    }
  }

  @Test
  void theVietnameseReportHoldsNoEnglishWordBeyondNamesAndSourcesTitles() throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf("vi"))) {
      var content =
          PortfolioReport.content(
              PortfolioReport.Basis.of(assessed, scoring), Messages.of("vi"), null);
      assertThat(
              ReportText.english()
                  .in(text(doc), ReportText.namesAndTitles(scoring.registry(), content)))
          .isEmpty();
    }
  }

  @Test
  void theVietnameseReportHasAtMostFivePagesMoreThanTheEnglishAndNoPageOfASpilledLine()
      throws Exception {
    int[] pages = new int[2];
    for (int i = 0; i < 2; i++) {
      String lang = Messages.LANGUAGES.get(i);
      try (PDDocument doc = Loader.loadPDF(pdf(lang))) {
        pages[i] = doc.getNumberOfPages();
        PDFTextStripper one = new PDFTextStripper();
        for (int n = 1; n <= doc.getNumberOfPages(); n++) {
          one.setStartPage(n);
          one.setEndPage(n);
          // the page's own text, without its number at the foot
          String page =
              one.getText(doc).replaceAll("\\s+", " ").replaceFirst("\\d+ / \\d+\\s*$", "");
          assertThat(page.strip().length())
              .as(lang + " page " + n + " holds more than a spilled line: " + page)
              .isGreaterThan(300);
        }
      }
    }
    assertThat(pages[1])
        .as("Vietnamese pages against English " + pages[0])
        .isLessThanOrEqualTo(pages[0] + 5);
  }

  @Test
  void theCoresReasonsReadInEnglishAsTheCoreWordsThemAndInVietnameseWhole() {
    ReportText.reasonsReadAsTheCoreWordsThem(assessed);
  }

  @Test
  void noSentenceMeasuresAPartnerAgainstASpecialRelationship() throws Exception {
    for (Assessment p : assessed.partners())
      if (p.upgrade() != null)
        assertThat(p.upgrade().nextLevel())
            .as(p.partner())
            .isIn(org.entwine.diagnostics.UpgradeReadiness.ORDINARY_LADDER);
    String text;
    try (PDDocument doc = Loader.loadPDF(pdf("en"))) {
      text = text(doc);
    }
    // the commitments as the ledger words them ("measures to reach the USD 15 billion trade
    // target") are the records' words, not the report's
    for (var c : scoring.registry().commitments())
      text = text.replace(c.text().replaceAll("\\s+", " "), "");
    assertThat(text)
        .doesNotContainIgnoringCase("to reach")
        .doesNotContain("at the level of Special relationship");
    // China, at the top of the ordinary ladder, is compared with no one
    assertThat(assessed.partners())
        .filteredOn(p -> p.partner().equals("CHN"))
        .singleElement()
        .satisfies(p -> assertThat(p.upgrade()).isNull());
  }

  private static void saveImages(PDDocument doc, String lang) throws Exception {
    Path out = Path.of("target", "report-pages");
    Files.createDirectories(out);
    PDFRenderer r = new PDFRenderer(doc);
    for (int i = 0; i < doc.getNumberOfPages(); i++)
      javax.imageio.ImageIO.write(
          r.renderImageWithDPI(i, 60), "png", out.resolve(lang + "-" + (i + 1) + ".png").toFile());
  }
}
