package org.entwine.events;

import org.entwine.time.Month;

/**
 * Events from one country to another in one month, aggregated.
 *
 * @param month the month of the events
 * @param quad events by QuadClass: [verbal cooperation, material cooperation, verbal conflict,
 *     material conflict]
 * @param families events by {@link CameoFamily}, in its order; null where they were not counted (a
 *     store's months loaded before families were)
 */
public record RelationMonth(
    String actor,
    String partner,
    Month month,
    long events,
    long[] quad,
    double goldsteinSum,
    long mentions,
    long sources,
    long articles,
    double toneSum,
    long[] families) {

  public double goldsteinMean() {
    return events == 0 ? Double.NaN : goldsteinSum / events;
  }

  public double toneMean() {
    return events == 0 ? Double.NaN : toneSum / events;
  }

  /** The events of one family, or null where families were not counted. */
  public Long family(CameoFamily f) {
    return families == null ? null : families[f.ordinal()];
  }

  /** The same month under other actor codes (a crosswalk's). */
  public RelationMonth between(String actor, String partner) {
    return new RelationMonth(
        actor,
        partner,
        month,
        events,
        quad,
        goldsteinSum,
        mentions,
        sources,
        articles,
        toneSum,
        families);
  }
}
