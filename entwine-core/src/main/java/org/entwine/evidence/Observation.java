package org.entwine.evidence;

import java.util.Comparator;
import java.util.Objects;
import org.entwine.source.Ids;
import org.entwine.time.DatePrecision;
import org.entwine.time.PartialDate;

/**
 * One value of an indicator for a relation (or directed relation) and period. A period a dataset
 * does not cover has no observation: missing is never zero.
 *
 * @param period a year ({@code 2014}) or month ({@code 2014-03})
 */
public record Observation(
    String indicator,
    String actor,
    String partner,
    PartialDate period,
    double value,
    String source) {
  /**
   * By indicator, actor, partner and period: the order of an observation's key, in which the
   * observations are listed and exported.
   */
  public static final Comparator<Observation> KEY_ORDER =
      Comparator.comparing(Observation::indicator)
          .thenComparing(Observation::actor)
          .thenComparing(Observation::partner)
          .thenComparing(Observation::period);

  public Observation {
    Ids.require(indicator, "an indicator id");
    Ids.require(actor, "an actor code");
    Ids.require(partner, "an actor code");
    if (actor.equals(partner)) throw new IllegalArgumentException("actor and partner are the same");
    Objects.requireNonNull(period, "period");
    if (period.precision() != DatePrecision.YEAR && period.precision() != DatePrecision.MONTH) {
      throw new IllegalArgumentException(
          "a period is a year (YYYY) or a month (YYYY-MM), got " + period);
    }
    if (!Double.isFinite(value))
      throw new IllegalArgumentException("value must be a finite number");
    Ids.require(source, "a source id");
  }
}
