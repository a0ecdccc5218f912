package org.entwine.time;

/** How much of a date the evidence actually gives. */
public enum DatePrecision {
  /** The day is known. */
  DAY,
  /** Only the month is known ("July 2012"). */
  MONTH,
  /** Only the year is known ("in 2007"). */
  YEAR,
  /** Only an upper bound is known: the fact held on or before this day (a paper's "as of" date). */
  NOT_AFTER
}
