package org.entwine.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.entwine.evidence.Incident;
import org.entwine.source.Provenance;
import org.entwine.time.PartialDate;
import org.entwine.trust.Confidence;
import org.entwine.trust.Degree;
import org.entwine.trust.EventConfidence;
import org.junit.jupiter.api.Test;

/**
 * The degree that stands and the incidents that bear on it. The actors XF (focal) and XA, and the
 * incidents, are invented.
 */
class StandingTest {
  private static final LocalDate DAY = LocalDate.of(2026, 12, 6);

  private static final Confidence.FromLedger THIN_LEDGER =
      new Confidence.FromLedger(
          Degree.INSUFFICIENT_EVIDENCE,
          0,
          0,
          0,
          null,
          null,
          List.of(),
          List.of(),
          "0 commitments fallen due; at least 2 are needed to judge",
          org.entwine.trust.Reason.of("why.ledger.few", 0, 2),
          List.of());

  private static EventConfidence.FromEvents news(Degree d) {
    return new EventConfidence.FromEvents(
        "XA",
        d,
        5000,
        0.9,
        0.5,
        0.1,
        List.of("a treaty"),
        "the news (GDELT pair scores 2020-2024)",
        "steady cooperation",
        "news",
        2020,
        2024,
        org.entwine.trust.Reason.of("why.news.steady"),
        org.entwine.trust.Reason.of("why.basis.news", 2020, 2024, "XF"));
  }

  private static Incident incident(String id, String date, boolean material, String by) {
    return new Incident(
        id,
        PartialDate.parse(date),
        null,
        List.of("XF", "XA"),
        List.of(by),
        material ? "standoff at sea" : "protest",
        material,
        "an invented incident",
        null,
        List.of("s"),
        new Provenance("test", java.time.Instant.parse("2026-01-01T00:00:00Z")));
  }

  @Test
  void aMaterialIncidentInTheWindowBarsTheHighestDegreeAndIsNamed() {
    var st =
        Assessment.Standing.of(
            THIN_LEDGER,
            news(Degree.HIGH_CONFIDENCE),
            "XA",
            List.of(incident("i1", "2021-05-02", true, "XA")),
            DAY,
            5);
    assertThat(st.degree()).isEqualTo(Degree.LESS_CONFIDENCE);
    assertThat(st.basis()).isEqualTo("news");
    assertThat(st.reason())
        .contains("bars the highest degree")
        .contains("standoff at sea, 2021-05-02");
    assertThat(st.incidents()).extracting(Incident::id).containsExactly("i1");
  }

  @Test
  void anIncidentOutsideTheWindowOrByTheFocalActorLeavesTheDegreeAlone() {
    var st =
        Assessment.Standing.of(
            THIN_LEDGER,
            news(Degree.HIGH_CONFIDENCE),
            "XA",
            List.of(
                incident("old", "2014-05-02", true, "XA"),
                incident("ours", "2022-01-01", true, "XF")),
            DAY,
            5);
    assertThat(st.degree()).isEqualTo(Degree.HIGH_CONFIDENCE);
    assertThat(st.incidents()).isEmpty();
  }

  @Test
  void wordsAreNamedWithoutChangingTheDegree() {
    var st =
        Assessment.Standing.of(
            THIN_LEDGER,
            news(Degree.HIGH_CONFIDENCE),
            "XA",
            List.of(incident("w", "2023-03-01", false, "XA")),
            DAY,
            5);
    assertThat(st.degree()).isEqualTo(Degree.HIGH_CONFIDENCE);
    assertThat(st.reason()).contains("incidents in 2020-2024: protest, 2023-03-01");
  }

  @Test
  void whereNothingCanJudgeTheLedgerSaysWhyAndTheNewsToo() {
    var st =
        Assessment.Standing.of(
            THIN_LEDGER, news(Degree.INSUFFICIENT_EVIDENCE), "XA", List.of(), DAY, 5);
    assertThat(st.degree()).isEqualTo(Degree.INSUFFICIENT_EVIDENCE);
    assertThat(st.reason()).contains("0 commitments fallen due").contains("from the news");
  }
}
