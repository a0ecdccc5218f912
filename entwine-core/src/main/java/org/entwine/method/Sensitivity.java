package org.entwine.method;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.hipparchus.stat.descriptive.rank.Percentile;

/**
 * How much a partner's rank depends on the method's choices: Monte Carlo over the alternatives the
 * method declares (normalization, aggregation, weights), as the composite-indicator handbook
 * recommends. The evidence is gathered once; each run only re-normalizes and re-aggregates.
 */
public final class Sensitivity {
  private Sensitivity() {}

  /**
   * @param rank the partner's rank under the method itself (1 = deepest)
   * @param rankLow the 5th percentile of its rank over the runs (its best plausible rank)
   * @param rankHigh the 95th percentile (its worst plausible rank)
   */
  public record Interval(
      String partner,
      Double depth,
      int rank,
      double rankMedian,
      double rankLow,
      double rankHigh,
      double depthLow,
      double depthHigh) {}

  public record Result(List<Interval> intervals, int runs, long seed) {}

  public static Result run(
      Method m, Map<String, Map<String, RawValue>> values, int runs, long seed) {
    return run(m, values, values.keySet(), runs, seed);
  }

  /**
   * The same, ranking only {@code ranked} (partners on thin evidence are scored over the same
   * reference set but not ranked among the rest).
   */
  public static Result run(
      Method m,
      Map<String, Map<String, RawValue>> values,
      java.util.Set<String> ranked,
      int runs,
      long seed) {
    if (runs < 1) throw new IllegalArgumentException("runs must be at least 1");
    Map<String, Double> base = DepthScorer.depths(m, values);
    List<String> partners =
        base.entrySet().stream()
            .filter(e -> e.getValue() != null && ranked.contains(e.getKey()))
            .map(Map.Entry::getKey)
            .sorted()
            .toList();
    Map<String, Integer> baseRank = ranks(base, partners);
    Map<String, double[]> rankRuns = new HashMap<>();
    Map<String, double[]> depthRuns = new HashMap<>();
    partners.forEach(
        p -> {
          rankRuns.put(p, new double[runs]);
          depthRuns.put(p, new double[runs]);
        });
    SplittableRandom random = new SplittableRandom(seed);
    Alternatives alt = m.alternatives();
    // the variants are drawn in order (the seed decides them), then scored side by side
    List<Method> variants = new ArrayList<>();
    for (int r = 0; r < runs; r++) variants.add(draw(m, alt, random));
    java.util.stream.IntStream.range(0, runs)
        .parallel()
        .forEach(
            r -> {
              Map<String, Double> d = DepthScorer.depths(variants.get(r), values);
              Map<String, Integer> rk = ranks(d, partners);
              for (String p : partners) {
                rankRuns.get(p)[r] = rk.get(p);
                depthRuns.get(p)[r] = d.get(p) == null ? Double.NaN : d.get(p);
              }
            });
    Percentile percentile = new Percentile();
    List<Interval> out = new ArrayList<>();
    for (String p : partners) {
      double[] rk = rankRuns.get(p);
      double[] dp = depthRuns.get(p);
      out.add(
          new Interval(
              p,
              base.get(p),
              baseRank.get(p),
              percentile.evaluate(rk, 50),
              percentile.evaluate(rk, 5),
              percentile.evaluate(rk, 95),
              percentile.evaluate(dp, 5),
              percentile.evaluate(dp, 95)));
    }
    out.sort(Comparator.comparingInt(Interval::rank));
    return new Result(out, runs, seed);
  }

  private static Method draw(Method m, Alternatives alt, SplittableRandom random) {
    Normalization n = alt.normalizations().get(random.nextInt(alt.normalizations().size()));
    Aggregation a = alt.aggregations().get(random.nextInt(alt.aggregations().size()));
    double s = alt.weightSpread();
    List<MethodIndicator> indicators = new ArrayList<>();
    for (MethodIndicator i : m.indicators())
      indicators.add(i.withWeight(i.weight() * (1 - s + 2 * s * random.nextDouble())));
    Map<Pillar, Double> pillarWeights = new EnumMap<>(Pillar.class);
    // in the pillars' own order, so that a seed draws the same weights in every JVM (a map's order
    // may differ)
    for (Pillar p : Pillar.values()) {
      Double w = m.pillarWeights().get(p);
      if (w != null) pillarWeights.put(p, w * (1 - s + 2 * s * random.nextDouble()));
    }
    return m.with(n, a, pillarWeights, indicators);
  }

  /** 1 = deepest; ties share the better rank; a partner without a depth ranks last. */
  private static Map<String, Integer> ranks(Map<String, Double> depths, List<String> partners) {
    List<String> order = new ArrayList<>(partners);
    order.sort(
        Comparator.comparing(
                (String p) -> depths.get(p) == null ? Double.NEGATIVE_INFINITY : depths.get(p))
            .reversed()
            .thenComparing(p -> p));
    Map<String, Integer> out = new HashMap<>();
    for (int i = 0; i < order.size(); i++) {
      String p = order.get(i);
      Double d = depths.get(p);
      boolean tie = i > 0 && d != null && d.equals(depths.get(order.get(i - 1)));
      out.put(p, tie ? out.get(order.get(i - 1)) : i + 1);
    }
    return out;
  }
}
