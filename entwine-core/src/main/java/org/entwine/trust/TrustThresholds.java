package org.entwine.trust;

/**
 * The thresholds that turn the evidence into a degree: part of the method file.
 *
 * @param minimumFallenDue fewer commitments fallen due than this is insufficient evidence
 * @param high a consistency (fulfilled share) at or above this, with a binding institution, is degree 1
 * @param less at or above this (or high without a binding institution) is degree 2
 * @param deep below this, with nothing binding, is degree 4; between deep and less it is degree 3
 * @param cooperation the depth from which cooperation counts as "more"; null: the median depth among
 *     the focal actor's partners
 * @param eventShock a fall of the monthly relation score (from event data) by this many points within
 *     one month is flagged as a shock
 */
public record TrustThresholds(int minimumFallenDue, double high, double less, double deep, Double cooperation, double eventShock) {
  public TrustThresholds {
    if (!(eventShock > 0)) throw new IllegalArgumentException("eventShock must be a positive number of score points, got " + eventShock);
    if (minimumFallenDue < 1) throw new IllegalArgumentException("minimumFallenDue must be at least 1");
    if (!(0 <= deep && deep <= less && less <= high && high <= 1)) {
      throw new IllegalArgumentException("thresholds must run 0 <= deep <= less <= high <= 1, got deep " + deep
          + ", less " + less + ", high " + high);
    }
  }

  public static TrustThresholds defaults() {
    return new TrustThresholds(2, 0.8, 0.5, 0.2, null, 2.0);
  }
}
