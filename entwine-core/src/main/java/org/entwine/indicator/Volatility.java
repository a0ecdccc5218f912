package org.entwine.indicator;

import java.util.List;
import org.hipparchus.stat.descriptive.moment.StandardDeviation;

/**
 * How much a series swings: the standard deviation (population) of its changes from one point to
 * the next. A steady trend, up or down, does not swing; a relation that goes up and down does. Used
 * for the stability of yearly series and of the monthly relation score.
 */
public final class Volatility {
  private Volatility() {}

  /**
   * The volatility of {@code series}, in order; null under three points (two changes are too few to
   * spread).
   */
  public static Double of(List<Double> series) {
    if (series.size() < 3) return null;
    double[] changes = new double[series.size() - 1];
    for (int i = 1; i < series.size(); i++) changes[i - 1] = series.get(i) - series.get(i - 1);
    return new StandardDeviation(false).evaluate(changes);
  }
}
