package org.entwine.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.entwine.method.Methods.indicator;
import static org.entwine.method.Methods.method;
import static org.entwine.method.Methods.score;
import static org.entwine.method.Methods.values;

import org.junit.jupiter.api.Test;

class DepthScorerTest {
  private final MethodIndicator trade =
      indicator("trade", Pillar.INTERESTS, Side.DE_FACTO, true, 1);
  private final MethodIndicator treaties =
      indicator("treaties", Pillar.INTERESTS, Side.DE_JURE, true, 1);
  private final MethodIndicator igos =
      indicator("igos", Pillar.INSTITUTIONS, Side.DE_JURE, true, 1);
  private final MethodIndicator votes = indicator("votes", Pillar.IDENTITY, Side.DE_FACTO, true, 1);

  // Three partners. Min-max scores: trade A 0, B 50, C 100; treaties A 100, B 0, C 50;
  // igos A 0, B 100, C 50; votes A 100, B 0, C 0 (C has no value: missing).

  private java.util.Map<String, java.util.Map<String, RawValue>> table() {
    return values(
        new Object[] {"A", "trade", 10, "treaties", 4, "igos", 20, "votes", 0.9},
        new Object[] {"B", "trade", 20, "treaties", 0, "igos", 40, "votes", 0.1},
        new Object[] {"C", "trade", 30, "treaties", 2, "igos", 30});
  }

  @Test
  void arithmeticDepthIsTheMeanOfThePillarsAsComputedByHand() {
    var s =
        score(
            method(Normalization.MIN_MAX, Aggregation.ARITHMETIC, trade, treaties, igos, votes),
            table());
    // A: interests (0 + 100) / 2 = 50, institutions 0, identity 100 -> depth 50
    assertThat(s.get("A").pillars().get(Pillar.INTERESTS).score()).isEqualTo(50.0);
    assertThat(s.get("A").pillars().get(Pillar.INTERESTS).deJure()).isEqualTo(100.0);
    assertThat(s.get("A").pillars().get(Pillar.INTERESTS).deFacto()).isEqualTo(0.0);
    assertThat(s.get("A").depth()).isCloseTo(50.0, within(1e-12));
    // B: interests (50 + 0) / 2 = 25, institutions 100, identity 0 -> 41.667
    assertThat(s.get("B").depth()).isCloseTo(125.0 / 3, within(1e-12));
  }

  @Test
  void aMissingPillarIsLeftOutAndTheOthersReweightedAndCoverageSaysSo() {
    var s =
        score(
            method(Normalization.MIN_MAX, Aggregation.ARITHMETIC, trade, treaties, igos, votes),
            table());
    // C: interests (100 + 50) / 2 = 75, institutions 50, identity missing -> (75 + 50) / 2
    assertThat(s.get("C").pillars().get(Pillar.IDENTITY).score()).isNull();
    assertThat(s.get("C").depth()).isCloseTo(62.5, within(1e-12));
    assertThat(s.get("C").coverage()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(s.get("A").coverage()).isEqualTo(1.0);
  }

  @Test
  void geometricDepthIsTheWeightedGeometricMeanAndAZeroPillarGivesZero() {
    var s =
        score(
            method(Normalization.MIN_MAX, Aggregation.GEOMETRIC, trade, treaties, igos, votes),
            table());
    assertThat(s.get("A").depth()).isEqualTo(0.0); // institutions 0: "depth needs all three"
    assertThat(s.get("C").depth()).isCloseTo(Math.sqrt(75 * 50), within(1e-9));
  }

  @Test
  void pointsSumToTheDepthIndex() {
    for (Aggregation a : Aggregation.values()) {
      var s = score(method(Normalization.MIN_MAX, a, trade, treaties, igos, votes), table());
      for (Score x : s.values()) {
        assertThat(x.contributions().stream().mapToDouble(Contribution::points).sum())
            .as(a + " " + x.partner())
            .isCloseTo(x.depth(), within(1e-9));
      }
    }
  }

  @Test
  void lessIsDeeperWhereTheIndicatorSaysSo() {
    MethodIndicator conflict = indicator("conflict", Pillar.IDENTITY, Side.DE_FACTO, false, 1);
    var s =
        score(
            method(Normalization.MIN_MAX, Aggregation.ARITHMETIC, conflict),
            values(new Object[] {"A", "conflict", 1}, new Object[] {"B", "conflict", 9}));
    assertThat(s.get("A").depth()).isEqualTo(100.0);
    assertThat(s.get("B").depth()).isEqualTo(0.0);
  }

  @Test
  void weightsCountWithinAPillar() {
    MethodIndicator heavy = indicator("trade", Pillar.INTERESTS, Side.DE_FACTO, true, 3);
    var s = score(method(Normalization.MIN_MAX, Aggregation.ARITHMETIC, heavy, treaties), table());
    // A: (3 * 0 + 1 * 100) / 4
    assertThat(s.get("A").depth()).isCloseTo(25.0, within(1e-12));
  }

  @Test
  void anIndicatorEveryPartnerSharesIsLeftOutAsUninformative() {
    var s =
        score(
            method(Normalization.MIN_MAX, Aggregation.ARITHMETIC, trade, igos),
            values(
                new Object[] {"A", "trade", 5, "igos", 1},
                new Object[] {"B", "trade", 5, "igos", 3}));
    assertThat(s.get("A").uninformative()).containsExactly("trade");
    assertThat(s.get("A").depth()).isEqualTo(0.0);
    assertThat(s.get("B").depth()).isEqualTo(100.0);
  }
}
