package org.entwine.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.entwine.registry.Records;
import org.entwine.time.PartialDate;
import org.junit.jupiter.api.Test;

class CrosswalkTest {
  private static Actor former(String code, String until, String continuedBy) {
    return new Actor(
        code,
        ActorKind.STATE,
        "Former " + code,
        Map.of(CodeSystem.ISO2, code.substring(0, 2)),
        null,
        null,
        null,
        PartialDate.parse(until),
        continuedBy,
        Records.SRC,
        Records.BY_TEST);
  }

  private final Crosswalk crosswalk =
      new Crosswalk(
          List.of(
              former("YUG", "2006-06-03", "SRB"),
              Records.state("SRB"),
              former("RVN", "1975-04-30", null),
              Records.state("VNM")));

  @Test
  void aFormerStatesCodeStandsForItsContinuationAfterItEnded() {
    String yu = crosswalk.toActor(CodeSystem.ISO2, "YU").orElseThrow();
    assertThat(crosswalk.standingFor(yu, LocalDate.of(2006, 6, 3))).isEqualTo("YUG");
    assertThat(crosswalk.standingFor(yu, LocalDate.of(2006, 9, 12))).isEqualTo("SRB");
    assertThat(crosswalk.standingFor("RVN", LocalDate.of(1980, 1, 1)))
        .as("no state continued it")
        .isEqualTo("RVN");
    assertThat(crosswalk.standingFor("VNM", LocalDate.of(1980, 1, 1))).isEqualTo("VNM");
  }

  @Test
  void aFormerStateExistsUpToTheYearItEnded() {
    assertThat(crosswalk.existsIn("RVN", 1975)).isTrue();
    assertThat(crosswalk.existsIn("RVN", 1976)).isFalse();
    assertThat(crosswalk.existsIn("VNM", 2026)).isTrue();
  }

  @Test
  void aContinuationNeedsAnEndAndAnotherActor() {
    assertThatThrownBy(
            () ->
                new Actor(
                    "XXA",
                    ActorKind.STATE,
                    "X",
                    null,
                    null,
                    null,
                    null,
                    null,
                    "XXB",
                    Records.SRC,
                    Records.BY_TEST))
        .hasMessageContaining("no 'until'");
    assertThatThrownBy(() -> former("XXA", "2000", "XXA"))
        .hasMessageContaining("cannot continue itself");
  }

  @Test
  void anActorsCodesAreKeptInTheCodeSystemsOrderSoAnExportIsTheSameEveryRun() {
    java.util.Map<CodeSystem, String> backward = new java.util.LinkedHashMap<>();
    for (int k = CodeSystem.values().length - 1; k >= 0; k--)
      backward.put(CodeSystem.values()[k], "X" + k);
    Actor a =
        new Actor(
            "XXA", ActorKind.STATE, "X", backward, null, null, null, Records.SRC, Records.BY_TEST);
    assertThat(List.copyOf(a.codes().keySet())).containsExactly(CodeSystem.values());
    var change =
        new org.entwine.framework.LevelChange(
            PartialDate.parse("2020"),
            org.entwine.framework.Level.STRATEGIC,
            "s",
            null,
            null,
            null,
            Records.SRC,
            org.entwine.source.Attestation.CONFIRMED,
            java.util.Map.of("ZZZ", "z", "AAA", "a", "MMM", "m"),
            null);
    assertThat(List.copyOf(change.sideNames().keySet())).containsExactly("AAA", "MMM", "ZZZ");
  }
}
