package org.entwine.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.entwine.evidence.Commitment;
import org.entwine.evidence.CommitmentStatus;
import org.entwine.evidence.CommitmentStatusChange;
import org.entwine.evidence.Metric;
import org.entwine.evidence.Outcome;
import org.entwine.evidence.Target;
import org.entwine.registry.PairLedgers;
import org.entwine.registry.Registry;
import org.entwine.source.Attestation;
import org.entwine.source.Provenance;
import org.entwine.time.PartialDate;
import org.junit.jupiter.api.Test;

/**
 * Quantified commitments between two invented actors, XA (the focal actor) and XB, judged against
 * invented figures: the data's figure of the year first, then the ledger's reported outcomes.
 */
class CommitmentCheckTest {
  private static final Provenance P = new Provenance("test", Instant.EPOCH);
  private static final LocalDate DAY = LocalDate.of(2026, 12, 6);

  /** XA's own report of its trade with XB, in US dollars: 2019 and 2020 only. */
  private static final CommitmentCheck.DataFigures DATA =
      (metric, year) ->
          metric != Metric.TRADE_TOTAL_USD
              ? null
              : switch (year) {
                case 2019 -> figure(8e9, 2019, "XA's report");
                case 2020 -> figure(12e9, 2020, "XA's report");
                default -> null;
              };

  private static CommitmentCheck.Figure figure(double value, int year, String basis) {
    return new CommitmentCheck.Figure(
        value, "USD", year, basis, List.of("data"), Attestation.CONFIRMED);
  }

  private static Commitment trade(String id, List<String> by, double usd, Integer year) {
    return target(id, by, new Target(Metric.TRADE_TOTAL_USD, usd, "USD", year), null);
  }

  private static Commitment target(String id, List<String> by, Target t, String restates) {
    return new Commitment(
        id,
        null,
        PartialDate.parse("2016"),
        by,
        by.size() == 2 ? List.of() : by.contains("XA") ? List.of("XB") : List.of("XA"),
        "trade",
        "A figure promised",
        t,
        null,
        List.of(),
        restates,
        null,
        null,
        List.of("s"),
        P);
  }

  private static Outcome outcome(
      String id, Metric m, double value, String unit, int year, String date, String commitment) {
    return new Outcome(
        id,
        List.of("XA", "XB"),
        m,
        value,
        unit,
        year,
        date == null ? null : PartialDate.parse(date),
        "A statistics office",
        "A figure reported",
        commitment,
        Attestation.REPORTED,
        null,
        List.of("s"),
        P);
  }

  private static CommitmentCheck.Result check(
      Commitment c, List<Outcome> outcomes, CommitmentCheck.DataFigures data) {
    return CommitmentCheck.check(c, Set.of(c.id()), outcomes, data, DAY, CommitmentCheck.PARTLY);
  }

  @Test
  void aTargetReachedInItsYearIsMetByTheDatasFigure() {
    var r = check(trade("c", List.of("XA", "XB"), 10e9, 2020), List.of(), DATA);
    assertThat(r.verdict()).isEqualTo(CommitmentCheck.Verdict.MET);
    assertThat(r.share()).isCloseTo(1.2, within(1e-9));
    assertThat(r.figure().value()).isEqualTo(12e9);
    assertThat(r.figure().year()).isEqualTo(2020);
    assertThat(r.reason()).contains("USD 12 billion in 2020").contains("XA's report");
  }

  @Test
  void halfTheTargetOrMoreIsPartlyMetWithItsShareAndLessIsMissed() {
    var partly = check(trade("c", List.of("XB"), 20e9, 2020), List.of(), DATA);
    assertThat(partly.verdict()).isEqualTo(CommitmentCheck.Verdict.PARTLY_MET);
    assertThat(partly.share()).isCloseTo(0.6, within(1e-9));
    assertThat(partly.reason()).contains("60% of the target of USD 20 billion");
    var missed = check(trade("c", List.of("XB"), 25e9, 2020), List.of(), DATA);
    assertThat(missed.verdict()).isEqualTo(CommitmentCheck.Verdict.MISSED);
    assertThat(missed.share()).isCloseTo(0.48, within(1e-9));
  }

  @Test
  void aYearWithoutAFigureIsNotJudgedAndSaysWhichYear() {
    var r = check(trade("c", List.of("XB"), 10e9, 2023), List.of(), DATA);
    assertThat(r.verdict()).isEqualTo(CommitmentCheck.Verdict.NOT_JUDGED);
    assertThat(r.verdict().hasFallenDue()).isFalse();
    assertThat(r.reason()).isEqualTo("not judged: no figure for 2023");
    assertThat(r.figure()).isNull();
  }

  @Test
  void aTargetWhoseYearHasNotPassedOrThatHasNoneIsPending() {
    assertThat(check(trade("c", List.of("XB"), 10e9, 2026), List.of(), DATA).verdict())
        .as("2026 has not passed on 6 December 2026")
        .isEqualTo(CommitmentCheck.Verdict.PENDING);
    var open = check(trade("c", List.of("XB"), 10e9, null), List.of(), DATA);
    assertThat(open.verdict()).isEqualTo(CommitmentCheck.Verdict.PENDING);
    assertThat(open.reason()).contains("no year is set");
  }

  @Test
  void aReportedOutcomeJudgesWhereTheDataHaveNoFigureAndTheDataComeFirstWhereTheyHave() {
    var kita = outcome("o-2023", Metric.TRADE_TOTAL_USD, 7e9, "USD", 2023, "2024-02-06", null);
    var r = check(trade("c", List.of("XB"), 10e9, 2023), List.of(kita), DATA);
    assertThat(r.verdict()).isEqualTo(CommitmentCheck.Verdict.PARTLY_MET);
    assertThat(r.figure().basis()).contains("reported outcome o-2023, A statistics office");
    assertThat(r.figure().confidence()).isEqualTo(Attestation.REPORTED);
    // the partner's statistic for 2020 differs from XA's own; XA's report judges, the other is
    // shown
    var theirs = outcome("o-2020", Metric.TRADE_TOTAL_USD, 15e9, "USD", 2020, "2021-03", null);
    var both = check(trade("c", List.of("XB"), 14e9, 2020), List.of(theirs), DATA);
    assertThat(both.figure().basis()).isEqualTo("XA's report");
    assertThat(both.verdict()).isEqualTo(CommitmentCheck.Verdict.PARTLY_MET);
    assertThat(both.others()).singleElement().satisfies(f -> assertThat(f.value()).isEqualTo(15e9));
  }

  @Test
  void anOutcomeReportedAfterTheDayOrInAnotherCurrencyDoesNotJudge() {
    var later = outcome("o", Metric.TRADE_TOTAL_USD, 11e9, "USD", 2023, "2027-01-10", null);
    assertThat(check(trade("c", List.of("XB"), 10e9, 2023), List.of(later), DATA).verdict())
        .isEqualTo(CommitmentCheck.Verdict.NOT_JUDGED);
    var nzd =
        target("n", List.of("XB"), new Target(Metric.TRADE_TOTAL_NZD, 2e9, "NZD", 2023), null);
    var inUsd = outcome("o", Metric.TRADE_TOTAL_USD, 3e9, "USD", 2023, "2024", null);
    assertThat(check(nzd, List.of(inUsd), DATA).verdict())
        .isEqualTo(CommitmentCheck.Verdict.NOT_JUDGED);
  }

  @Test
  void aTargetSetAsAMultipleOfAYearsLevelIsThatLevelTimesTheMultiple() {
    var doubling =
        target(
            "d",
            List.of("XA", "XB"),
            new Target(Metric.TRADE_TOTAL_USD, 2, "multiple of 2019 level", 2020),
            null);
    var r = check(doubling, List.of(), DATA);
    assertThat(r.verdict()).isEqualTo(CommitmentCheck.Verdict.PARTLY_MET);
    assertThat(r.share()).isCloseTo(12.0 / 16, within(1e-9));
    assertThat(r.reason()).contains("USD 16 billion").contains("2 times USD 8 billion in 2019");
  }

  @Test
  void aPledgeIsMetByTheDeliveriesReportedForItAndNeverMissedForWantOfAReport() {
    var rice =
        target(
            "rice", List.of("XB"), new Target(Metric.RICE_DONATION_T, 5000, "tonnes", 2020), null);
    var first = outcome("d1", Metric.RICE_DONATION_T, 3000, "tonnes", 2019, "2019-05", "rice");
    var second = outcome("d2", Metric.RICE_DONATION_T, 2000, "tonnes", 2020, "2020-06", "rice");
    var unrelated = outcome("d3", Metric.RICE_DONATION_T, 9000, "tonnes", 2020, "2020-06", null);
    var met = check(rice, List.of(first, second, unrelated), DATA);
    assertThat(met.verdict()).isEqualTo(CommitmentCheck.Verdict.MET);
    assertThat(met.figure().value()).isEqualTo(5000);
    assertThat(met.figure().basis()).contains("d1, d2");
    var part = check(rice, List.of(first, unrelated), DATA);
    assertThat(part.verdict()).isEqualTo(CommitmentCheck.Verdict.NOT_JUDGED);
    assertThat(part.reason()).contains("3,000 tonnes of 5,000 tonnes (60%)");
    assertThat(check(rice, List.of(), DATA).reason())
        .isEqualTo("not judged: no delivery reported for it by 2020");
  }

  @Test
  void aStatusTheAnalystEnteredStandsOverTheFigures() {
    Commitment c = trade("c", List.of("XB"), 10e9, 2020);
    Commitment lapsed =
        c.withStatus(
            List.of(
                new CommitmentStatusChange(
                    PartialDate.parse("2021-02-01"),
                    CommitmentStatus.LAPSED,
                    "Withdrawn",
                    List.of("s"))));
    var r = check(lapsed, List.of(), DATA);
    assertThat(r.verdict()).isEqualTo(CommitmentCheck.Verdict.MISSED);
    assertThat(r.reason()).contains("status entered in the ledger: LAPSED on 2021-02-01");
  }

  private static PairLedgers.Pair pair(List<Commitment> commitments, List<Outcome> outcomes) {
    return new PairLedgers(Registry.builder().commitments(commitments).outcomes(outcomes).build())
        .of("XA", "XB");
  }

  @Test
  void aPartnerWithTwoCommitmentsFallenDueIsJudgedFromThemAndARestatedTargetCountsOnce() {
    List<Commitment> cs = new ArrayList<>();
    cs.add(trade("first", List.of("XA", "XB"), 10e9, 2020)); // met: 12 of 10
    cs.add(
        target(
            "again",
            List.of("XB"),
            new Target(Metric.TRADE_TOTAL_USD, 10e9, "USD", 2020),
            "first")); // the same target stated again: counted once
    cs.add(trade("second", List.of("XA", "XB"), 20e9, 2020)); // partly met: 12 of 20
    cs.add(trade("later", List.of("XB"), 10e9, 2023)); // no figure for 2023: not counted
    cs.add(trade("own", List.of("XA"), 40e9, 2020)); // XA's own word does not judge XB
    var c =
        Confidence.of(pair(cs, List.of()), "XB", DAY, TrustThresholds.defaults(), List.of(), DATA);
    assertThat(c.fallenDue()).isEqualTo(2);
    assertThat(c.fulfilled()).isEqualTo(1);
    assertThat(c.partial()).isEqualTo(1);
    assertThat(c.consistency()).isCloseTo(0.75, within(1e-9));
    assertThat(c.degree()).isEqualTo(Degree.LESS_CONFIDENCE);
    assertThat(c.commitments()).containsExactly("first", "second");
    assertThat(c.checks())
        .extracting(CommitmentCheck.Result::commitment)
        .containsExactly("first", "again", "second", "later", "own");
    // without the data, the ledger holds no figure: nothing fell due
    var without = Confidence.of(pair(cs, List.of()), "XB", DAY, TrustThresholds.defaults());
    assertThat(without.degree()).isEqualTo(Degree.INSUFFICIENT_EVIDENCE);
    assertThat(without.fallenDue()).isZero();
    assertThat(without.reason()).contains("(3 more are past their year");
  }

  @Test
  void aTargetYearBeforeTheCommitmentsDateIsRefused() {
    assertThatThrownBy(
            () ->
                new Commitment(
                    "c",
                    null,
                    PartialDate.parse("2021-05-01"),
                    List.of("XB"),
                    List.of("XA"),
                    null,
                    "text",
                    new Target(Metric.TRADE_TOTAL_USD, 1, "USD", 2020),
                    null,
                    List.of(),
                    null,
                    null,
                    null,
                    List.of("s"),
                    P))
        .hasMessage("the target year 2020 is before the commitment's date 2021-05-01");
    assertThat(new Target(Metric.TRADE_TOTAL_USD, 2, "multiple of 2024 level", 2029).baseYear())
        .isEqualTo(2024);
    assertThat(new Target(Metric.TRADE_TOTAL_USD, 2e9, "USD", 2029).baseYear()).isNull();
  }
}
