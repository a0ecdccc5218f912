package org.entwine.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.entwine.method.Methods.indicator;
import static org.entwine.method.Methods.values;

import java.util.List;
import org.junit.jupiter.api.Test;

class SensitivityTest {
  private final MethodIndicator a = indicator("a", Pillar.INTERESTS, Side.DE_FACTO, true, 1);
  private final MethodIndicator b = indicator("b", Pillar.IDENTITY, Side.DE_FACTO, true, 1);

  private Method method(Alternatives alt) {
    return new Method(
        "t",
        1,
        null,
        Normalization.MIN_MAX,
        Aggregation.ARITHMETIC,
        0,
        false,
        null,
        List.of(a, b),
        List.of(),
        null,
        alt,
        null,
        null,
        "h");
  }

  private final java.util.Map<String, java.util.Map<String, RawValue>> table =
      values(
          new Object[] {"TOP", "a", 100, "b", 100},
          new Object[] {"MID1", "a", 60, "b", 40},
          new Object[] {"MID2", "a", 40, "b", 60},
          new Object[] {"LOW", "a", 0, "b", 0});

  @Test
  void aPartnerFirstOnEveryIndicatorKeepsRankOneWhateverTheChoices() {
    var r = Sensitivity.run(method(Alternatives.defaults()), table, 500, 7);
    var top = r.intervals().get(0);
    assertThat(top.partner()).isEqualTo("TOP");
    assertThat(top.rankLow()).isEqualTo(1);
    assertThat(top.rankHigh()).isEqualTo(1);
    var low = r.intervals().get(3);
    assertThat(low.partner()).isEqualTo("LOW");
    assertThat(low.rankLow()).isEqualTo(4);
  }

  @Test
  void partnersThatTradePlacesOnTheIndicatorsMoveWhenTheWeightsMove() {
    var r =
        Sensitivity.run(
            method(
                new Alternatives(
                    List.of(Normalization.MIN_MAX), List.of(Aggregation.ARITHMETIC), 0.5)),
            table,
            1000,
            7);
    var mid1 =
        r.intervals().stream().filter(i -> i.partner().equals("MID1")).findFirst().orElseThrow();
    assertThat(mid1.rankLow()).isEqualTo(2);
    assertThat(mid1.rankHigh()).isEqualTo(3);
    assertThat(mid1.depthLow()).isLessThan(mid1.depthHigh());
  }

  @Test
  void withNothingToVaryTheIntervalIsThePointAndTheSameSeedGivesTheSameResult() {
    Method fixed =
        method(
            new Alternatives(List.of(Normalization.MIN_MAX), List.of(Aggregation.ARITHMETIC), 0.0));
    var r = Sensitivity.run(fixed, table, 50, 3);
    r.intervals()
        .forEach(
            i -> {
              assertThat(i.rankLow()).isEqualTo(i.rank());
              assertThat(i.rankHigh()).isEqualTo(i.rank());
              assertThat(i.depthLow()).isCloseTo(i.depth(), within(1e-9));
            });
    var again = Sensitivity.run(method(Alternatives.defaults()), table, 200, 11);
    assertThat(Sensitivity.run(method(Alternatives.defaults()), table, 200, 11)).isEqualTo(again);
  }

  @Test
  void aMethodsPillarWeightsIterateInThePillarsOrderSoASeedDrawsTheSameInEveryJvm() {
    // Map.copyOf's iteration order changes from one JVM to the next: the draw would give the
    // pillars
    // other weights for the same seed, and rank intervals would change from run to run
    java.util.Map<Pillar, Double> backward = new java.util.LinkedHashMap<>();
    for (int k = Pillar.values().length - 1; k >= 0; k--) backward.put(Pillar.values()[k], 1.0 + k);
    Method m =
        new Method(
            "t",
            1,
            null,
            Normalization.MIN_MAX,
            Aggregation.ARITHMETIC,
            0,
            false,
            backward,
            List.of(a, b),
            List.of(),
            null,
            null,
            null,
            null,
            "h");
    assertThat(List.copyOf(m.pillarWeights().keySet())).containsExactly(Pillar.values());
    assertThat(m.pillarWeights().get(Pillar.IDENTITY)).isEqualTo(3.0);
  }
}
