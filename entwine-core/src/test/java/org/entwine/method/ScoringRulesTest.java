package org.entwine.method;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.entwine.events.EventEvidence;
import org.entwine.time.Month;
import org.entwine.trust.Confidence;
import org.entwine.trust.EventConfidence;
import org.entwine.trust.NewsConfidence;
import org.junit.jupiter.api.Test;

class ScoringRulesTest {
  /**
   * A method of a bridged series, a ledger count and a treaty, stable by a series and by events.
   */
  private static Method method(int eventYears) {
    return Methods.method(
        Normalization.MIN_MAX,
        Aggregation.ARITHMETIC,
        List.of(
            new StabilityMeasure("unga.kappa", Orientation.EITHER, false, 10),
            new StabilityMeasure(
                EventEvidence.SCORE_SWINGS, Orientation.EITHER, false, eventYears)),
        Methods.indicator("trade", "imf.trade.share", "trade.share"),
        Methods.indicator("visits", "ledger:contacts"),
        Methods.indicator("alliance", "atop.defense"));
  }

  @Test
  void aScoringReadsTheObservationSeriesOfItsMethodAndOfTheDegreesNotLedgerCountsNorEvents() {
    assertThat(ScoringRules.series(method(5)))
        .contains("imf.trade.share", "trade.share", "atop.defense", "unga.kappa")
        .contains("imf.trade.total", "trade.total") // the validation's baselines
        .contains(EventConfidence.WORDS, EventConfidence.DEEDS, NewsConfidence.COOPERATION)
        .containsAll(Confidence.TREATY_SERIES.keySet())
        .doesNotContain("ledger:contacts", EventEvidence.SCORE_SWINGS);
  }

  @Test
  void theYearScoredIsTheOneAskedForElseTheDatesElseThisYears() {
    LocalDate today = LocalDate.of(2026, 12, 7);
    assertThat(ScoringRules.year(2019, 2024, today)).isEqualTo(2019);
    assertThat(ScoringRules.year(null, 2024, today)).isEqualTo(2024);
    assertThat(ScoringRules.year(null, null, today)).isEqualTo(2026);
  }

  @Test
  void theEventWindowIsTheLongerOfTheDegreesYearsAndTheEventMeasuresWindow() {
    // the degree from events weighs five years by default
    assertThat(ScoringRules.eventWindow(method(3), 2024))
        .isEqualTo(new ScoringRules.EventWindow(Month.of(2020, 1), Month.of(2024, 12)));
    assertThat(ScoringRules.eventWindow(method(8), 2024))
        .isEqualTo(new ScoringRules.EventWindow(Month.of(2017, 1), Month.of(2024, 12)));
    assertThat(ScoringRules.eventMeasures(method(8)))
        .extracting(StabilityMeasure::measure)
        .containsExactly(EventEvidence.SCORE_SWINGS);
  }

  @Test
  void theEventRecordsMeasuresJoinTheVolatilityOnlyWhereTheMethodNamesThem() {
    var relation = new EventEvidence.Relation("CHN", 400, 30, 1.7, 0.2, 0.4, 2.0, null);
    var volatility =
        ScoringRules.volatility(
            method(5), Map.of("CHN", Map.of("unga.kappa", 0.1)), Map.of("CHN", relation));
    assertThat(volatility.get("CHN"))
        .containsExactly(Map.entry(EventEvidence.SCORE_SWINGS, 1.7), Map.entry("unga.kappa", 0.1));
    assertThat(volatility.get("CHN")).doesNotContainKey(EventEvidence.MATERIAL_CONFLICT);
  }

  @Test
  void aTreatySeriesAboveZeroBindsWithItsYear() {
    var bound =
        ScoringRules.treatiesInForce(
            method(5),
            Map.of(
                "alliance", new RawValue(1, 2018, "atop", null),
                "trade", new RawValue(0.2, 2024, "imf", null)));
    assertThat(bound).containsExactly(Confidence.treaty("atop.defense", 2018));
    assertThat(
            ScoringRules.treatiesInForce(
                method(5), Map.of("alliance", new RawValue(0, 2018, "atop", null))))
        .isEmpty();
  }

  @Test
  void rankedPartnersComeFirstDeepestFirstThenThoseOnThinEvidence() {
    List<Score> scores =
        List.of(score("THIN", 90.0, true), score("LOW", 20.0, false), score("NONE", null, false))
            .stream()
            .sorted(ScoringRules.RANKING)
            .toList();
    assertThat(scores).extracting(Score::partner).containsExactly("LOW", "NONE", "THIN");
    assertThat(
            List.of(score("B", 50.0, false), score("A", 50.0, false), score("C", 70.0, false))
                .stream()
                .sorted(ScoringRules.RANKING)
                .map(Score::partner))
        .containsExactly("C", "A", "B");
  }

  private static Score score(String partner, Double depth, boolean thin) {
    return new Score(
        "FOC",
        partner,
        2024,
        depth,
        Map.of(),
        thin ? 0.1 : 0.9,
        0,
        0,
        null,
        null,
        List.of(),
        List.of(),
        thin,
        null,
        "t",
        1,
        "h");
  }
}
