package org.entwine.evidence;

/** Where a commitment stands; the G7/G20 Research Group's compliance scale reads -1 / 0 / +1. */
public enum CommitmentStatus {
  PENDING,
  IN_PROGRESS,
  FULFILLED,
  PARTIALLY_FULFILLED,
  LAPSED,
  BROKEN;

  public boolean isSettled() {
    return this == FULFILLED || this == PARTIALLY_FULFILLED || this == LAPSED || this == BROKEN;
  }
}
