package org.entwine.diagnostics;

/** What the diagnostics flag about a relation. */
public enum Flag {
  /** A framework at strategic level or above, with depth below the threshold of "more cooperation" (the papers' US-Georgia). */
  LABEL_ABOVE_SUBSTANCE,
  /** Depth in the top quarter of the partners, with no framework above "other partnership" (the papers' US-Singapore). */
  SUBSTANCE_WITHOUT_LABEL,
  /** Commitments fallen due and undelivered, projects overdue, or mechanisms meeting less often than planned. */
  IMPLEMENTATION_GAP,
  /** The analyst's recorded degree differs from the degree computed from the evidence. */
  JUDGEMENT_DIFFERS
}
