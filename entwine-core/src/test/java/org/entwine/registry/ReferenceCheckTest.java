package org.entwine.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entwine.registry.Records.change;
import static org.entwine.registry.Records.framework;
import static org.entwine.registry.Records.registry;
import static org.entwine.registry.Records.state;

import java.util.List;
import org.entwine.evidence.Observation;
import org.entwine.framework.Framework;
import org.entwine.framework.Level;
import org.entwine.time.PartialDate;
import org.junit.jupiter.api.Test;

class ReferenceCheckTest {
  private final Registry stored =
      registry(
          List.of(state("VNM"), state("RUS")),
          List.of(framework("VNM", "RUS", change("2001", Level.STRATEGIC))));

  private static Registry withFrameworks(List<Framework> f) {
    return Registry.builder().frameworks(f).build();
  }

  @Test
  void anUnknownActorCodeIsNamedWithItsField() {
    var p =
        ReferenceCheck.problems(
            stored,
            withFrameworks(List.of(framework("VNM", "ZZZ", change("2001", Level.STRATEGIC)))));
    assertThat(p)
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.field()).isEqualTo("parties");
              assertThat(x.message()).contains("unknown actor code 'ZZZ'");
            });
  }

  @Test
  void anIdAlreadyStoredIsADuplicate() {
    var p =
        ReferenceCheck.problems(
            stored,
            withFrameworks(List.of(framework("RUS", "VNM", change("2005", Level.STRATEGIC)))));
    assertThat(p)
        .extracting(Problem::message)
        .containsExactly("duplicate framework 'RUS-VNM': already defined");
  }

  @Test
  void anUnknownSourceIdIsRefused() {
    Framework f =
        new Framework(
            "VNM-X",
            List.of("VNM", "RUS"),
            List.of(change("2001", Level.STRATEGIC)),
            List.of(),
            null,
            List.of("nowhere"),
            Records.BY_TEST);
    assertThat(ReferenceCheck.problems(stored, withFrameworks(List.of(f))))
        .extracting(Problem::message)
        .containsExactly("unknown source id 'nowhere' (define it under sources:)");
  }

  @Test
  void twoValuesForTheSameIndicatorPairAndPeriodAreRefused() {
    Observation o = new Observation("trade", "VNM", "RUS", PartialDate.parse("2014"), 1.0, "src");
    Registry batch = Registry.empty().withObservations(List.of(o, o));
    assertThat(ReferenceCheck.problems(stored, batch))
        .extracting(Problem::message)
        .contains(
            "unknown indicator 'trade'", "a second value for the same indicator, pair and period");
  }

  @Test
  void aNewVersionOfAStoredRecordReplacesItAndARecordThatReplacesNothingIsRefused() {
    Framework upgraded =
        framework(
            "RUS",
            "VNM",
            change("2001", Level.STRATEGIC),
            change("2012", Level.COMPREHENSIVE_STRATEGIC));
    assertThat(ReferenceCheck.replacing(stored, withFrameworks(List.of(upgraded)))).isEmpty();
    assertThat(
            ReferenceCheck.replacing(
                stored,
                withFrameworks(List.of(framework("VNM", "CHN", change("2008", Level.STRATEGIC))))))
        .extracting(Problem::message)
        .contains("no framework 'CHN-VNM' to replace: add it as a new record instead");
    Framework unsourced =
        new Framework(
            "RUS-VNM",
            List.of("VNM", "RUS"),
            List.of(change("2001", Level.STRATEGIC)),
            List.of(),
            null,
            List.of("nowhere"),
            Records.BY_TEST);
    assertThat(ReferenceCheck.replacing(stored, withFrameworks(List.of(unsourced))))
        .extracting(Problem::message)
        .containsExactly("unknown source id 'nowhere' (define it under sources:)");
  }

  private static org.entwine.evidence.Commitment tradeTarget(
      String id, String by, double usd, int year, String restates) {
    return new org.entwine.evidence.Commitment(
        id,
        null,
        null,
        List.of(by),
        List.of(by.equals("VNM") ? "RUS" : "VNM"),
        "trade",
        "A trade target",
        new org.entwine.evidence.Target(
            org.entwine.evidence.Metric.TRADE_TOTAL_USD, usd, "USD", year),
        null,
        List.of(),
        restates,
        null,
        null,
        List.of("src"),
        Records.BY_TEST);
  }

  @Test
  void aRestatementRepeatsAKnownTargetAndAnOutcomeNamesAKnownCommitment() {
    Registry withSource = stored.toBuilder().sources(List.of(Records.source("src"))).build();
    var first = tradeTarget("first", "RUS", 10e9, 2020, null);
    var again = tradeTarget("again", "VNM", 10e9, 2020, "first");
    var moved = tradeTarget("moved", "RUS", 10e9, 2025, "first");
    var nowhere = tradeTarget("nowhere", "RUS", 10e9, 2020, "no-such");
    var outcome =
        new org.entwine.evidence.Outcome(
            "o",
            List.of("VNM", "RUS"),
            org.entwine.evidence.Metric.TRADE_TOTAL_USD,
            4.9e9,
            "USD",
            2020,
            PartialDate.parse("2021-03"),
            null,
            "Trade in 2020",
            "no-such",
            null,
            null,
            List.of("src"),
            Records.BY_TEST);
    var p =
        ReferenceCheck.problems(
            withSource,
            Registry.builder()
                .commitments(List.of(first, again, moved, nowhere))
                .outcomes(List.of(outcome))
                .build());
    assertThat(p)
        .extracting(x -> x.field() + ": " + x.message())
        .containsExactlyInAnyOrder(
            "restates: restates 'first' but its target differs (trade_total_usd 10000000000 USD by"
                + " 2025 against trade_total_usd 10000000000 USD by 2020): a moved or changed"
                + " target is a commitment of its own",
            "restates: unknown commitment id 'no-such'",
            "commitment: unknown commitment id 'no-such'");
  }

  @Test
  void aCleanBatchHasNoProblems() {
    assertThat(
            ReferenceCheck.problems(
                stored,
                withFrameworks(
                    List.of(framework("VNM", "RUS", change("2001", Level.STRATEGIC)))
                        .subList(0, 0))))
        .isEmpty();
  }
}
