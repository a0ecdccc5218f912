package org.entwine.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
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
import org.entwine.datasets.events.EventFiles;
import org.entwine.datasets.events.EventLoad;
import org.entwine.method.Contribution;
import org.entwine.method.RawValues;
import org.entwine.store.DuckDbStore;
import org.entwine.testing.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * One partner's brief with real event data behind it (the ICEWS sample of 2018): the event record
 * in words says what the assessment's event evidence says, each figure's evidence note and source
 * is on the page, the partner's name is in the reader's language, and the PDF is valid PDF/A-3u by
 * the PDF Association's own validator.
 */
class PartnerBriefTest {
  @TempDir static Path dir;
  static Assessor.Assessments assessed;
  static Scoring scoring;
  static Assessment japan;

  @BeforeAll
  static void assess() throws Exception {
    Path icews = SharedData.fullOrExcerpt("icews/andybega+icews/events.2018.sample.tab");
    try (DuckDbStore store = DuckDbStore.open(dir.resolve("r.duckdb"))) {
      BundledExample.load(store);
      new EventLoad(store, store.load().crosswalk(), null, 2)
          .load(
              EventFiles.inputs(List.of(icews)),
              dir.resolve("quarantine.txt"),
              "test",
              org.entwine.datasets.Progress.NONE);
      scoring = Scoring.of(store, DefaultMethod.load(), "VNM", 2018);
      assessed =
          Assessor.assess(scoring, LocalDate.parse("2018-12-31"), 20, Assessor.DEFAULT_SEED, true);
    }
    japan = assessed.partners().stream().filter(p -> p.partner().equals("JPN")).findFirst().get();
  }

  @org.junit.jupiter.api.Test
  void twentyYearsOfDepthScoredOnEveryCoreAreTheYearsScoredOneByOne() {
    var together = org.entwine.app.DepthHistory.of(scoring);
    java.util.Map<String, java.util.Map<Integer, Double>> oneByOne = new java.util.HashMap<>();
    for (int y = scoring.year() - org.entwine.app.DepthHistory.YEARS + 1; y <= scoring.year(); y++)
      for (var x : scoring.scoresIn(y))
        if (x.depth() != null)
          oneByOne.computeIfAbsent(x.partner(), k -> new java.util.TreeMap<>()).put(y, x.depth());
    assertThat(together.partners()).hasSameSizeAs(oneByOne.keySet()).contains("JPN");
    oneByOne.forEach(
        (partner, years) ->
            assertThat(together.depths(partner)).as(partner).containsExactlyEntriesOf(years));
  }

  static byte[] brief(String lang) {
    return brief(lang, "JPN");
  }

  static byte[] brief(String lang, String partner) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PortfolioReport.pdf(
        PortfolioReport.html(
            PortfolioReport.Basis.of(assessed, scoring), Messages.of(lang), partner),
        out);
    return out.toByteArray();
  }

  static String text(byte[] pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
  }

  @Test
  void theEventDatasetIsCitedAsItsPublisherAsksAmongTheSources() throws Exception {
    String text = text(brief("en"));
    assertThat(text)
        .contains("icews: Boschee, Elizabeth; Lautenschlager, Jennifer")
        .contains("ICEWS Coded Event Data, Harvard Dataverse <https://doi.org/10.7910/DVN/28075>");
  }

  @Test
  void theEventRecordInWordsIsTheAssessmentsEventEvidence() throws Exception {
    var ev = japan.events();
    assertThat(ev).as("ICEWS 2018 has Vietnam–Japan events").isNotNull();
    for (String lang : Messages.LANGUAGES) {
      Messages m = Messages.of(lang);
      List<String> lines = PartnerPage.events(japan, assessed, scoring, m);
      assertThat(lines.get(0))
          .contains(String.format(m.locale(), "%,d", ev.events()))
          .contains(assessed.eventDataset().toUpperCase(java.util.Locale.ROOT))
          .contains(m.signed(ev.latestScore(), 2));
      String text = text(brief(lang));
      for (String line : lines) assertThat(text).as(lang).contains(line.replaceAll("\\s+", " "));
    }
  }

  @Test
  void everyFiguresNoteAndSourceIsOnThePage() throws Exception {
    String text = text(brief("en"));
    var score = japan.score();
    assertThat(score).isNotNull();
    List<String> notes = PartnerPage.notes(score, scoring.year(), Messages.of("en"));
    assertThat(notes).isNotEmpty();
    for (String note : notes) assertThat(text).contains(note);
    for (Contribution c : score.contributions())
      if (c.raw() != null && !c.raw().source().equals(RawValues.LEDGER))
        // an id may break across lines at its hyphen: compared without spaces
        assertThat(text.replace(" ", ""))
            .as("source of " + c.indicator())
            .contains(c.raw().source());
  }

  @Test
  void thePartnersNameIsInTheReadersLanguage() throws Exception {
    assertThat(text(brief("vi"))).contains("Nhật Bản (JPN)").doesNotContain("Japan (JPN)");
    assertThat(text(brief("en"))).contains("Japan (JPN)");
  }

  @Test
  void aBriefIsWholeOnItsOwnItsSourcesCitedBelowItNotInAnAppendix() throws Exception {
    String text = text(brief("en"));
    assertThat(text).contains("Sources of the figures").doesNotContainIgnoringCase("appendix");
    for (String citation : PartnerPage.citations(List.of(japan.score()), scoring.registry()))
      assertThat(text.replace(" ", "")).contains(citation.replace(" ", ""));
  }

  @Test
  void aPartnerTheAssessmentLeavesOutHasItsBriefAllTheSame() throws Exception {
    var listed = assessed.partners().stream().map(Assessment::partner).toList();
    var other =
        scoring.registry().actors().stream()
            .filter(
                x ->
                    x.kind() == org.entwine.actor.ActorKind.STATE
                        && !listed.contains(x.code())
                        && !x.code().equals("VNM"))
            .findFirst()
            .orElseThrow();
    String text = text(brief("vi", other.code()));
    assertThat(text).contains(Messages.of("vi").name(other) + " (" + other.code() + ")");
  }

  @Test
  void theCoresReasonsFromEventsReadAsTheCoreWordsThem() {
    assertThat(assessed.partners()).anySatisfy(p -> assertThat(p.eventConfidence()).isNotNull());
    ReportText.reasonsReadAsTheCoreWordsThem(assessed);
  }

  @Test
  void theVietnameseBriefHoldsNoEnglishWordBeyondNamesAndSourcesTitles() throws Exception {
    var content =
        PortfolioReport.content(
            PortfolioReport.Basis.of(assessed, scoring), Messages.of("vi"), "JPN");
    assertThat(
            ReportText.english()
                .in(text(brief("vi")), ReportText.namesAndTitles(scoring.registry(), content)))
        .isEmpty();
  }

  @Test
  void theBriefIsValidPdfA3u() throws Exception {
    VeraGreenfieldFoundryProvider.initialise();
    try (PDFAParser parser =
        Foundries.defaultInstance().createParser(new ByteArrayInputStream(brief("vi")))) {
      assertThat(parser.getFlavour()).isEqualTo(PDFAFlavour.PDFA_3_U);
      ValidationResult r =
          Foundries.defaultInstance().createValidator(parser.getFlavour(), false).validate(parser);
      List<String> failed =
          r.getTestAssertions().stream()
              .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
              .map(a -> a.getRuleId().getClause() + " " + a.getMessage())
              .distinct()
              .toList();
      assertThat(failed).as("veraPDF's failed rules").isEmpty();
      assertThat(r.isCompliant()).isTrue();
    }
  }

  @Test
  void anIncidentInTheDegreesWindowIsNotedWithItsDateInTheReadersLanguageAndItsSources()
      throws Exception {
    Assessment china =
        assessed.partners().stream().filter(p -> p.partner().equals("CHN")).findFirst().get();
    var incidents = china.standing().incidents();
    assertThat(incidents).as("the 2014 oil rig standoff falls in the window").isNotEmpty();
    for (String lang : Messages.LANGUAGES) {
      Messages m = Messages.of(lang);
      List<String> notes = PartnerPage.incidents(china, m);
      assertThat(notes).hasSameSizeAs(incidents);
      for (int i = 0; i < notes.size(); i++)
        assertThat(notes.get(i))
            .contains(m.date(incidents.get(i).date()))
            .contains(incidents.get(i).title())
            .contains(String.join(", ", incidents.get(i).sources()));
      String text = text(brief(lang, "CHN")).replace(" ", "");
      for (String note : notes) assertThat(text).as(lang).contains(note.replaceAll("\\s+", ""));
    }
    assertThat(PartnerPage.incidents(china, Messages.of("vi")))
        .anySatisfy(n -> assertThat(n).contains("ngày 2 tháng 5 năm 2014"));
  }
}
