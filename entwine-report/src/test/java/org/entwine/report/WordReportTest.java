package org.entwine.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
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
 * The report as a Word document, read back by Apache POI: its text holds each framework partner's
 * row and page as the assessment gives them, in both languages, the Vietnamese one no English word
 * beyond names and sources' titles; and the bundled Noto Sans is the document's font, embedded as
 * Word embeds fonts.
 */
class WordReportTest {
  @TempDir static Path dir;
  static Assessor.Assessments assessed;
  static Scoring scoring;
  static PortfolioReport.Basis basis;

  @BeforeAll
  static void assess() {
    try (DuckDbStore store = DuckDbStore.open(dir.resolve("r.duckdb"))) {
      BundledExample.load(store);
      scoring = Scoring.of(store, DefaultMethod.load(), "VNM", 2026);
      assessed =
          Assessor.assess(scoring, LocalDate.parse("2026-06-30"), 20, Assessor.DEFAULT_SEED, true);
      basis = PortfolioReport.Basis.of(assessed, scoring);
    }
  }

  static byte[] docx(String lang) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PortfolioReport.docx(PortfolioReport.content(basis, Messages.of(lang), null), out);
    Files.write(Path.of("target").resolve("report-" + lang + ".docx"), out.toByteArray());
    return out.toByteArray();
  }

  static String text(byte[] docx) throws Exception {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
        XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
      return x.getText();
    }
  }

  @Test
  void theWordDocumentHoldsEachPartnersRowAndPageAsTheAssessmentGivesThemInBothLanguages()
      throws Exception {
    List<Assessment> framed =
        assessed.partners().stream().filter(p -> p.level() != Level.NONE).toList();
    assertThat(framed).hasSizeGreaterThan(40);
    for (String lang : Messages.LANGUAGES) {
      Messages m = Messages.of(lang);
      String text = text(docx(lang));
      String cells = text.replace('\t', ' ').replaceAll("\\s+", " ");
      for (Assessment p : framed) {
        PortfolioReport.Row row = PortfolioReport.row(p, scoring, m);
        assertThat(cells)
            .as(lang + " row of " + p.partner())
            .contains(
                String.join(
                    " ",
                    row.rank(),
                    p.partner() + " " + row.name(),
                    row.level(),
                    row.depth(),
                    row.interests(),
                    row.institutions(),
                    row.identity(),
                    row.degree()))
            .contains(row.name() + " (" + p.partner() + ")")
            .contains(m.reason(p.standing().why()));
      }
      assertThat(cells).contains(m.get("ranking.heading"), m.get("appendix.heading"));
    }
  }

  @Test
  void theVietnameseWordDocumentHoldsNoEnglishWordBeyondNamesAndSourcesTitles() throws Exception {
    var content = PortfolioReport.content(basis, Messages.of("vi"), null);
    assertThat(
            ReportText.english()
                .in(text(docx("vi")), ReportText.namesAndTitles(scoring.registry(), content)))
        .isEmpty();
  }

  @Test
  void notoSansIsTheDocumentsFontEmbeddedAsWordEmbedsFonts() throws Exception {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx("vi")))) {
      assertThat(
              new String(doc.getStyles().getPackagePart().getInputStream().readAllBytes(), "UTF-8"))
          .as("the default font of every script")
          .contains("w:ascii=\"Noto Sans\"")
          .contains("w:cs=\"Noto Sans\"");
      assertThat(doc.getSettings().getCTSettings().isSetEmbedTrueTypeFonts()).isTrue();
      PackagePart table =
          doc.getPackagePart()
              .getRelatedPart(
                  doc.getPackagePart()
                      .getRelationshipsByType(
                          "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable")
                      .getRelationship(0));
      String xml = new String(table.getInputStream().readAllBytes(), "UTF-8");
      assertThat(xml).contains("w:name=\"Noto Sans\"");
      for (String[] face :
          List.of(
              new String[] {"embedRegular", "400Regular/NotoSans_400Regular.ttf"},
              new String[] {"embedBold", "700Bold/NotoSans_700Bold.ttf"})) {
        Matcher m =
            Pattern.compile("<w:" + face[0] + " r:id=\"(\\w+)\" w:fontKey=\"(\\{[-0-9A-F]+\\})\"")
                .matcher(xml);
        assertThat(m.find()).as(face[0]).isTrue();
        PackageRelationship rel = table.getRelationship(m.group(1));
        byte[] embedded = table.getRelatedPart(rel).getInputStream().readAllBytes();
        DocxFonts.obfuscate(embedded, m.group(2)); // its own inverse
        try (InputStream bundled = Charts.class.getResourceAsStream("fonts/" + face[1])) {
          assertThat(embedded).as(face[1]).isEqualTo(bundled.readAllBytes());
        }
      }
    }
  }
}
