package org.entwine.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.entwine.app.Assessor;
import org.entwine.app.BundledExample;
import org.entwine.app.Changes;
import org.entwine.app.DefaultMethod;
import org.entwine.app.Scoring;
import org.entwine.store.DuckDbStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report opens with the executive page, worded from the assessment and what changed. */
class ExecutivePageTest {
  @TempDir static Path dir;
  static PortfolioReport.Basis basis;
  static org.entwine.registry.Registry registry;

  @BeforeAll
  static void assess() {
    try (DuckDbStore store = DuckDbStore.open(dir.resolve("e.duckdb"))) {
      BundledExample.load(store);
      LocalDate day = LocalDate.parse("2026-06-30");
      Scoring s = Scoring.of(store, DefaultMethod.load(), "VNM", 2026);
      var now = Assessor.assess(s, day, 30, Assessor.DEFAULT_SEED, false);
      var changes =
          Changes.since(store, s.registry(), s.method(), now, LocalDate.parse("2025-06-30"), 30);
      basis = PortfolioReport.Basis.of(now, s, changes);
      registry = s.registry();
    }
  }

  @Test
  void theReportOpensWithKeyJudgementsRisksAndWhatChangedInSentencesWithNamesAndSources() {
    var page =
        PortfolioReport.executive(
            basis, Messages.of("en"), new PortfolioReport.Header("Internal", "Desk analyst"));
    assertThat(page.header()).isEqualTo("Internal · 30 June 2026 · prepared by Desk analyst");
    assertThat(page.judgements()).hasSizeBetween(3, 5);
    // the frameworks of the year, by name and with their sources
    assertThat(page.judgements().get(0))
        .contains("United Kingdom (Comprehensive strategic partnership, 29 October 2025)")
        .contains("European Union")
        .contains("vnm-gbr-2025-10-29");
    // the evidence's age is always said, last
    assertThat(page.judgements().get(page.judgements().size() - 1))
        .contains("years old for the median partner")
        .contains("IMF DOTS 2020");
    assertThat(page.changedHeading()).isEqualTo("What changed since 30 June 2025");
    assertThat(page.changed()).anyMatch(l -> l.contains("United Kingdom, upgraded to"));
    // names, never codes, in every sentence
    for (String line : page.judgements())
      assertThat(line).doesNotContainPattern("\\b(CHN|USA|JPN|GBR|VNM)\\b");
    for (String line : page.risks()) assertThat(line).doesNotContainPattern("\\b(CHN|USA|JPN)\\b");
    // and first in the report, before the portfolio's tables
    String html = PortfolioReport.html(basis, Messages.of("en"), null);
    assertThat(html.indexOf("Key judgements")).isBetween(0, html.indexOf("Depth ranking"));
  }

  @Test
  void inVietnameseTheExecutivePageIsWordedInVietnamese() {
    var page = PortfolioReport.executive(basis, Messages.of("vi"), PortfolioReport.Header.NONE);
    assertThat(page.changedHeading()).startsWith("Những thay đổi kể từ");
    assertThat(page.judgements().get(0)).contains("Vương quốc Anh");
    assertThat(page.judgements().get(page.judgements().size() - 1))
        .contains("năm ở đối tác trung vị");
  }

  @Test
  void theExecutivePageOpensThePdfAndTheWordDocumentAlikeAndInVietnameseHoldsNoEnglishWord()
      throws Exception {
    for (String lang : Messages.LANGUAGES) {
      Messages m = Messages.of(lang);
      var content =
          PortfolioReport.content(
              basis, m, null, new PortfolioReport.Header("Mật", "Vụ Chính sách đối ngoại"));
      var page = content.exec();
      assertThat(page.header())
          .isEqualTo(
              "Mật · "
                  + m.date(basis.assessed().asOf())
                  + " · "
                  + m.get("exec.by", "Vụ Chính sách đối ngoại"));
      ByteArrayOutputStream pdf = new ByteArrayOutputStream();
      PortfolioReport.pdf(PortfolioReport.html(content), pdf);
      String pdfText;
      try (PDDocument doc = Loader.loadPDF(pdf.toByteArray())) {
        pdfText = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        // the first page as an image, for a person to look at
        Path saved = Path.of("target", "report-pages");
        java.nio.file.Files.createDirectories(saved);
        javax.imageio.ImageIO.write(
            new org.apache.pdfbox.rendering.PDFRenderer(doc).renderImageWithDPI(0, 60),
            "png",
            saved.resolve("executive-" + lang + ".png").toFile());
      }
      ByteArrayOutputStream docx = new ByteArrayOutputStream();
      PortfolioReport.docx(content, docx);
      String wordText;
      try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.toByteArray()));
          XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
        wordText = x.getText().replaceAll("\\s+", " ");
      }
      // every sentence of the page, before the portfolio, in both forms
      List<String> sentences = new ArrayList<>(page.judgements());
      sentences.addAll(page.risks());
      sentences.addAll(page.changed());
      for (String line : sentences) {
        String flat = line.replaceAll("\\s+", "");
        assertThat(pdfText.replace(" ", "")).as(lang + " PDF").contains(flat);
        assertThat(wordText.replace(" ", "")).as(lang + " Word").contains(flat);
      }
      assertThat(wordText.indexOf(m.get("exec.heading")))
          .as(lang + ": the executive page first in the Word document")
          .isBetween(0, wordText.indexOf(m.get("frameworks.heading")));
      if (lang.equals("vi")) {
        var exempt = ReportText.namesAndTitles(registry, content);
        assertThat(ReportText.english().in(pdfText, exempt)).as("vi PDF").isEmpty();
        assertThat(ReportText.english().in(wordText, exempt)).as("vi Word").isEmpty();
        assertThat(page.header()).contains("ngày 30 tháng 6 năm 2026");
      }
    }
  }
}
