package org.entwine.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.entwine.app.Assessment;
import org.entwine.app.Assessor;
import org.entwine.app.BundledExample;
import org.entwine.app.DefaultMethod;
import org.entwine.app.Scoring;
import org.entwine.store.DuckDbStore;
import org.entwine.trust.CommitmentCheck;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * India's page on 6 December 2026: every commitment on the pair with its target, due year, outcome
 * and the figure behind it, in English and in Vietnamese, as the assessment's checks give them.
 */
class PartnerCommitmentsTest {
  @TempDir static Path dir;
  static Assessor.Assessments assessed;
  static Scoring scoring;
  static Assessment india;

  @BeforeAll
  static void assess() {
    LocalDate day = LocalDate.of(2026, 12, 6);
    try (DuckDbStore store = DuckDbStore.open(dir.resolve("c.duckdb"))) {
      BundledExample.load(store);
      scoring = Scoring.of(store, DefaultMethod.load(), "VNM", day.getYear());
      assessed = Assessor.assess(scoring, day, 10, Assessor.DEFAULT_SEED, true);
    }
    india = assessed.partners().stream().filter(p -> p.partner().equals("IND")).findFirst().get();
  }

  static String text(String lang) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PortfolioReport.pdf(
        PortfolioReport.html(PortfolioReport.Basis.of(assessed, scoring), Messages.of(lang), "IND"),
        out);
    try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
      // a cell's text may break anywhere: compared without spaces
      return new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
    }
  }

  @Test
  void everyCommitmentOnThePairIsOnThePageWithItsOutcomeAndFigure() throws Exception {
    var checks = india.confidence().checks();
    assertThat(checks).hasSizeGreaterThan(10);
    for (String lang : Messages.LANGUAGES) {
      Messages m = Messages.of(lang);
      List<PartnerPage.CommitmentRow> rows = PartnerPage.commitments(india, scoring, m);
      assertThat(rows)
          .extracting(PartnerPage.CommitmentRow::id)
          .containsExactlyElementsOf(
              checks.stream().map(CommitmentCheck.Result::commitment).toList());
      String text = text(lang);
      for (var row : rows) {
        for (String cell : List.of(row.id(), row.target(), row.outcome(), row.figure()))
          assertThat(text).as(lang + " " + row.id()).contains(cell.replaceAll("\\s+", ""));
      }
    }
  }

  @Test
  void theFifteenBillionTargetReadsAsTheCheckJudgedItInBothLanguages() {
    var check =
        india.confidence().checks().stream()
            .filter(k -> k.commitment().equals("VNM-IND-04"))
            .findFirst()
            .orElseThrow();
    double billions = check.figure().value() / 1e9;
    var en = row("en");
    assertThat(en.target()).isEqualTo("USD 15 billion by 2020");
    assertThat(en.outcome())
        .isEqualTo(
            Messages.of("en").label("verdict", check.verdict())
                + " ("
                + Messages.of("en").percent(check.share())
                + ")");
    assertThat(en.figure())
        .isEqualTo(String.format(java.util.Locale.UK, "USD %.2f billion (2020)", billions));
    assertThat(en.source()).startsWith("as Vietnam reports it: IMF DOTS");
    var vi = row("vi");
    assertThat(vi.target()).isEqualTo("15 tỷ USD vào năm 2020");
    assertThat(vi.figure())
        .isEqualTo(
            String.format(
                java.util.Locale.forLanguageTag("vi-VN"), "%.2f tỷ USD (2020)", billions));
    assertThat(vi.source()).startsWith("theo số liệu do Việt Nam báo cáo");
  }

  private static PartnerPage.CommitmentRow row(String lang) {
    return PartnerPage.commitments(india, scoring, Messages.of(lang)).stream()
        .filter(r -> r.id().equals("VNM-IND-04"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theWordBriefHoldsEveryCommitmentAsThePdfDoesAndInVietnameseNoEnglishBeyondTheLedgersWords()
      throws Exception {
    for (String lang : Messages.LANGUAGES) {
      Messages m = Messages.of(lang);
      var content = PortfolioReport.content(PortfolioReport.Basis.of(assessed, scoring), m, "IND");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      PortfolioReport.docx(content, out);
      String text;
      try (var doc =
              new org.apache.poi.xwpf.usermodel.XWPFDocument(
                  new java.io.ByteArrayInputStream(out.toByteArray()));
          var x = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
        text = x.getText();
      }
      String flat = text.replaceAll("\\s+", "");
      for (var row : PartnerPage.commitments(india, scoring, m))
        for (String cell : List.of(row.id(), row.target(), row.outcome(), row.figure(), row.by()))
          assertThat(flat).as(lang + " " + row.id()).contains(cell.replaceAll("\\s+", ""));
      assertThat(flat).contains(m.get("commitments.note").replaceAll("\\s+", ""));
      if (lang.equals("vi"))
        assertThat(
                ReportText.english()
                    .in(
                        text.replaceAll("\\s+", " "),
                        ReportText.namesAndTitles(scoring.registry(), content)))
            .isEmpty();
    }
  }
}
