package org.entwine.cli;

import org.entwine.time.DatePrecision;
import org.entwine.time.PartialDate;

/** Partial dates in output. */
final class Dates {
  private Dates() {}

  /** The ISO day a partial date counts from (machine-readable; see {@link #precision}). */
  static String iso(PartialDate d) {
    return d == null ? null : d.earliest().toString();
  }

  /**
   * How precise the source was: DAY, MONTH, YEAR, or NOT_AFTER (known only to hold by that day).
   */
  static String precision(PartialDate d) {
    return d == null ? null : d.precision().name();
  }

  /** The date as the source gives it: 2007, 2012-07, 2013-07-25, by 2013-08-30. */
  static String asGiven(PartialDate d) {
    return d == null ? null : d.toString();
  }

  static boolean isExact(PartialDate d) {
    return d.precision() == DatePrecision.DAY;
  }
}
