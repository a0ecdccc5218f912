package org.entwine.indicator;

import java.util.Collection;
import java.util.Objects;
import org.hipparchus.stat.descriptive.rank.Median;

/**
 * The median of some figures, as Hipparchus takes it: the one place the core asks for one (the
 * peers' depth, the median partner's deeds or friction, a bridge's ratio, the evidence's age).
 */
public final class Medians {
  private Medians() {}

  /** The median of the figures given, nulls left out; NaN where there is none. */
  public static double of(Collection<Double> values) {
    double[] v =
        values.stream().filter(Objects::nonNull).mapToDouble(Double::doubleValue).toArray();
    return v.length == 0 ? Double.NaN : new Median().evaluate(v);
  }
}
