package org.entwine.diagnostics;

import java.util.Collection;
import java.util.Objects;
import org.entwine.framework.Level;
import org.hipparchus.stat.descriptive.rank.Percentile;

/** Label against substance: the framework's level beside the depth the evidence gives. */
public final class LabelSubstance {
  /**
   * A depth resting on less than this share of the method's weight is not enough to diagnose a
   * label.
   */
  public static final double MINIMUM_COVERAGE = 1.0 / 3;

  private LabelSubstance() {}

  /**
   * The depth from which a relation counts as deep: the 75th percentile of the partners' depths.
   */
  public static double deepThreshold(Collection<Double> depths) {
    double[] d =
        depths.stream().filter(Objects::nonNull).mapToDouble(Double::doubleValue).toArray();
    return d.length == 0 ? Double.NaN : new Percentile().evaluate(d, 75);
  }

  /** The flag, if any, for a level (null: no framework) and a depth resting on {@code coverage}. */
  public static Flag of(
      Level level,
      Double depth,
      double coverage,
      double cooperationThreshold,
      double deepThreshold) {
    if (depth == null || coverage < MINIMUM_COVERAGE) return null;
    int rank = level == null || !level.isOnLadder() ? 0 : level.rank();
    if (rank >= Level.STRATEGIC.rank() && depth < cooperationThreshold)
      return Flag.LABEL_ABOVE_SUBSTANCE;
    if (rank <= Level.OTHER_PARTNERSHIP.rank() && depth >= deepThreshold && level != Level.ALLIANCE)
      return Flag.SUBSTANCE_WITHOUT_LABEL;
    return null;
  }
}
