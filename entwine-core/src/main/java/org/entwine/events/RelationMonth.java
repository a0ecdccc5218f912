package org.entwine.events;

/**
 * Events from one country to another in one month, aggregated.
 *
 * @param month as GDELT writes it, YYYYMM
 * @param quad events by QuadClass: [verbal cooperation, material cooperation, verbal conflict, material conflict]
 */
public record RelationMonth(String actor, String partner, int month, long events, long[] quad, double goldsteinSum,
    long mentions, long sources, long articles, double toneSum) {

  public double goldsteinMean() {
    return events == 0 ? Double.NaN : goldsteinSum / events;
  }

  public double toneMean() {
    return events == 0 ? Double.NaN : toneSum / events;
  }
}
