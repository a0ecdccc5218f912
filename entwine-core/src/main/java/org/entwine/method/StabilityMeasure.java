package org.entwine.method;

import java.util.Objects;
import org.entwine.source.Ids;

/**
 * A series whose swings measure how stable a relation is: the papers' stability, "the relation has
 * not been interrupted nor suspended ... possible confrontation has no considerable impact on it".
 *
 * @param kind the measure's kind, decided from its name when the method is read: a dataset's series
 *     or a measure of the event record (a ledger count has no swings to measure)
 * @param years the window of years the swings are measured over
 */
public record StabilityMeasure(
    String measure, MeasureKind kind, Orientation orientation, boolean log, int years) {
  public StabilityMeasure {
    Ids.require(measure, "a measure");
    Objects.requireNonNull(kind, "kind").check(measure);
    if (kind == MeasureKind.LEDGER)
      throw new IllegalArgumentException(
          "'" + measure + "' is a count from the ledgers, which has no swings to measure");
    Objects.requireNonNull(orientation, "orientation");
    if (years < 3)
      throw new IllegalArgumentException("a stability window needs at least 3 years, got " + years);
  }

  /** A stability measure whose kind is decided here, from its name. */
  public StabilityMeasure(String measure, Orientation orientation, boolean log, int years) {
    this(measure, MeasureKind.of(measure), orientation, log, years);
  }
}
