package org.entwine.method;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entwine.registry.Registry;

/** Small methods and value tables for tests. */
final class Methods {
  private Methods() {}

  static MethodIndicator indicator(
      String id, Pillar p, Side side, boolean positive, double weight) {
    return new MethodIndicator(
        id, "m." + id, p, side, Orientation.EITHER, positive, false, weight, null, "test");
  }

  /** An indicator of {@code measure}, its kind decided from its name. */
  static MethodIndicator indicator(String id, String measure) {
    return indicator(id, measure, null);
  }

  /** The same, bridged to an older series of the same quantity. */
  static MethodIndicator indicator(String id, String measure, String bridge) {
    return new MethodIndicator(
        id,
        measure,
        MeasureKind.of(measure),
        Pillar.INTERESTS,
        Side.DE_FACTO,
        Orientation.EITHER,
        true,
        false,
        1,
        null,
        "test",
        null,
        null,
        1,
        bridge,
        Aggregate.NONE);
  }

  static Method method(Normalization n, Aggregation a, MethodIndicator... indicators) {
    return method(n, a, List.of(), indicators);
  }

  /** The same, stable by {@code stability}. */
  static Method method(
      Normalization n,
      Aggregation a,
      List<StabilityMeasure> stability,
      MethodIndicator... indicators) {
    return new Method(
        "t",
        1,
        null,
        n,
        a,
        0,
        false,
        null,
        List.of(indicators),
        List.of(),
        stability,
        null,
        null,
        null,
        "hash");
  }

  /** partner -> indicator -> value, from rows "partner", id, value, id, value… */
  static Map<String, Map<String, RawValue>> values(Object[]... rows) {
    Map<String, Map<String, RawValue>> out = new java.util.TreeMap<>();
    for (Object[] row : rows) {
      Map<String, RawValue> v = new HashMap<>();
      for (int i = 1; i < row.length; i += 2)
        v.put((String) row[i], new RawValue(((Number) row[i + 1]).doubleValue(), 2020, "s", null));
      out.put((String) row[0], v);
    }
    return out;
  }

  static Map<String, Score> score(Method m, Map<String, Map<String, RawValue>> values) {
    Map<String, Score> out = new HashMap<>();
    DepthScorer.score(m, Registry.empty(), values, "F", 2020).forEach(s -> out.put(s.partner(), s));
    return out;
  }
}
