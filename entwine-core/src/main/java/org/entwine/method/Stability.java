package org.entwine.method;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Stability 0-100 from the volatility of the method's stability series: for each series, the
 * standard deviation of its year-on-year changes over the window, normalized over the reference set
 * and reversed (the least volatile relation scores 100); then the mean over the series a partner
 * has. A series needs three years in the window; a partner with none has no stability score.
 */
public final class Stability {
  private Stability() {}

  /** partner -> stability, from partner -> measure -> volatility. */
  public static Map<String, Double> scores(
      Method m, Normalization n, Map<String, Map<String, Double>> volatility) {
    Map<String, List<Double>> parts = new HashMap<>();
    for (StabilityMeasure s : m.stability()) {
      List<String> have =
          volatility.entrySet().stream()
              .filter(e -> e.getValue().containsKey(s.measure()))
              .map(Map.Entry::getKey)
              .sorted()
              .toList();
      double[] x = have.stream().mapToDouble(p -> volatility.get(p).get(s.measure())).toArray();
      double[] sc = Normalizer.normalize(n, x, null);
      for (int k = 0; k < have.size(); k++) {
        // all equally volatile: none is more stable than another, so the series tells nothing
        if (sc != null) parts.computeIfAbsent(have.get(k), p -> new ArrayList<>()).add(100 - sc[k]);
      }
    }
    Map<String, Double> out = new HashMap<>();
    parts.forEach(
        (p, v) -> out.put(p, v.stream().mapToDouble(Double::doubleValue).average().orElseThrow()));
    return out;
  }
}
