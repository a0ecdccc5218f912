package org.entwine.method;

import java.util.Objects;
import org.entwine.source.Ids;

/**
 * A series whose swings measure how stable a relation is: the papers' stability, "the relation has
 * not been interrupted nor suspended ... possible confrontation has no considerable impact on it".
 *
 * @param years the window of years the swings are measured over
 */
public record StabilityMeasure(String measure, Orientation orientation, boolean log, int years) {
  public StabilityMeasure {
    Ids.require(measure, "a measure");
    Objects.requireNonNull(orientation, "orientation");
    if (years < 3)
      throw new IllegalArgumentException("a stability window needs at least 3 years, got " + years);
  }
}
