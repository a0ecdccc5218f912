package org.entwine.diagnostics;

/** What the diagnostics flag about a relation. */
public enum Flag {
  /**
   * A framework at strategic level or above, with depth below the threshold of "more cooperation"
   * (the papers' US-Georgia).
   */
  LABEL_ABOVE_SUBSTANCE,
  /**
   * Depth in the top quarter of the partners, with no framework above "other partnership" (the
   * papers' US-Singapore).
   */
  SUBSTANCE_WITHOUT_LABEL,
  /**
   * Commitments fallen due and undelivered, projects overdue, or mechanisms meeting less often than
   * planned.
   */
  IMPLEMENTATION_GAP,
  /** The analyst's recorded degree differs from the degree computed from the evidence. */
  JUDGEMENT_DIFFERS,
  /**
   * The degree from the commitment ledger and the degree from event data both judge, and differ.
   */
  DEGREES_DIFFER,
  /** Depth has fallen by {@link #TREND_POINTS} points or more over five years. */
  DEPTH_FALLING,
  /** Depth has risen by {@link #TREND_POINTS} points or more over five years. */
  DEPTH_RISING,
  /**
   * The monthly relation score from event data fell by the method's eventShock points within a
   * month, in the last year.
   */
  EVENT_SHOCK;

  /** The change in depth over five years that is flagged as a trend. */
  public static final double TREND_POINTS = 10;

  /** The trend flag for a depth now and five years before, if either way it moved enough. */
  public static Flag trend(Double now, Double before) {
    if (now == null || before == null) return null;
    if (now - before <= -TREND_POINTS) return DEPTH_FALLING;
    if (now - before >= TREND_POINTS) return DEPTH_RISING;
    return null;
  }
}
