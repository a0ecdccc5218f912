package org.entwine.method;

import static org.entwine.method.Methods.indicator;
import static org.entwine.method.Methods.method;
import static org.entwine.method.Methods.score;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.assertj.core.api.Assertions;

/**
 * Properties of the depth index over generated reference sets (bounded values, fixed seeds, so a
 * failure reproduces and never shrinks for long).
 */
class DepthPropertiesTest {
  private static final List<MethodIndicator> INDICATORS =
      List.of(
          indicator("a", Pillar.INTERESTS, Side.DE_FACTO, true, 1),
          indicator("b", Pillar.INTERESTS, Side.DE_JURE, false, 2),
          indicator("c", Pillar.INSTITUTIONS, Side.DE_JURE, true, 1),
          indicator("d", Pillar.IDENTITY, Side.DE_FACTO, true, 0.5),
          indicator("e", Pillar.IDENTITY, Side.DE_JURE, true, 1));

  /** A random reference set: up to 8 partners, values 0-100, some missing. */
  private static Map<String, Map<String, RawValue>> table(long seed) {
    Random r = new Random(seed);
    Map<String, Map<String, RawValue>> t = new LinkedHashMap<>();
    int n = 2 + r.nextInt(7);
    for (int p = 0; p < n; p++) {
      Map<String, RawValue> v = new HashMap<>();
      for (MethodIndicator i : INDICATORS) {
        if (r.nextDouble() < 0.8)
          v.put(i.id(), new RawValue(Math.round(r.nextDouble() * 1000) / 10.0, 2020, "s", null));
      }
      if (v.isEmpty()) v.put("a", new RawValue(r.nextInt(100), 2020, "s", null));
      t.put("P" + p, v);
    }
    return t;
  }

  private static Method anyMethod(int which) {
    Normalization n = Normalization.values()[which % Normalization.values().length];
    Aggregation a = Aggregation.values()[(which / 4) % 2];
    return method(n, a, INDICATORS.toArray(new MethodIndicator[0]));
  }

  @Property(tries = 300, seed = "42")
  void scoresStayBetween0And100(
      @ForAll @IntRange(min = 0, max = 100_000) int seed,
      @ForAll @IntRange(min = 0, max = 7) int m) {
    for (Score s : score(anyMethod(m), table(seed)).values()) {
      if (s.depth() != null) Assertions.assertThat(s.depth()).isBetween(0.0, 100.0 + 1e-9);
      s.pillars()
          .values()
          .forEach(
              p -> {
                if (p.score() != null)
                  Assertions.assertThat(p.score()).isBetween(0.0, 100.0 + 1e-9);
              });
      Assertions.assertThat(s.coverage()).isBetween(0.0, 1.0 + 1e-12);
    }
  }

  @Property(tries = 300, seed = "42")
  void raisingAnIndicatorInItsDeeperDirectionNeverLowersItsPillarOrTheDepth(
      @ForAll @IntRange(min = 0, max = 100_000) int seed,
      @ForAll @IntRange(min = 0, max = 7) int m,
      @ForAll @IntRange(min = 0, max = 4) int which,
      @ForAll @IntRange(min = 1, max = 500) int step) {
    Method method = anyMethod(m);
    var before = table(seed);
    String partner = before.keySet().iterator().next();
    MethodIndicator i = INDICATORS.get(which);
    RawValue old = before.get(partner).get(i.id());
    if (old == null) return;
    var after = new LinkedHashMap<String, Map<String, RawValue>>();
    before.forEach((p, v) -> after.put(p, new HashMap<>(v)));
    double raised = old.value() + (i.positive() ? step / 10.0 : -step / 10.0);
    after.get(partner).put(i.id(), new RawValue(raised, 2020, "s", null));
    Score s0 = score(method, before).get(partner);
    Score s1 = score(method, after).get(partner);
    Double p0 = s0.pillars().get(i.pillar()).score();
    Double p1 = s1.pillars().get(i.pillar()).score();
    if (p0 != null && p1 != null) Assertions.assertThat(p1).isGreaterThanOrEqualTo(p0 - 1e-9);
    if (s0.depth() != null && s1.depth() != null)
      Assertions.assertThat(s1.depth()).isGreaterThanOrEqualTo(s0.depth() - 1e-9);
  }

  @Property(tries = 300, seed = "42")
  void theWeightsOfTheIndicatorsWithDataSumToOneInEachPillar(
      @ForAll @IntRange(min = 0, max = 100_000) int seed,
      @ForAll @IntRange(min = 0, max = 7) int m) {
    for (Score s : score(anyMethod(m), table(seed)).values()) {
      Map<Pillar, Double> sums = new HashMap<>();
      s.contributions().forEach(c -> sums.merge(c.pillar(), c.weight(), Double::sum));
      sums.values().forEach(w -> Assertions.assertThat(w).isCloseTo(1.0, Assertions.within(1e-9)));
    }
  }

  @Property(tries = 200, seed = "42")
  void resultsDoNotDependOnTheOrderOfTheInput(
      @ForAll @IntRange(min = 0, max = 100_000) int seed,
      @ForAll @IntRange(min = 0, max = 7) int m) {
    var t = table(seed);
    List<String> keys = new ArrayList<>(t.keySet());
    Collections.shuffle(keys, new Random(seed));
    var shuffled = new LinkedHashMap<String, Map<String, RawValue>>();
    keys.forEach(k -> shuffled.put(k, t.get(k)));
    var a = score(anyMethod(m), t);
    var b = score(anyMethod(m), shuffled);
    a.forEach(
        (p, s) -> {
          Assertions.assertThat(b.get(p).depth()).isEqualTo(s.depth());
          Assertions.assertThat(b.get(p).pillars()).isEqualTo(s.pillars());
        });
  }
}
