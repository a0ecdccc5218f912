package org.entwine.registry;

/**
 * Who made a change, and how: what it came from (file names, a web request), the account or user
 * that entered it, the address it came from (null for the command line), and the reason they gave
 * (null if none). Kept with the change, in its transaction, in the store's import log: the audit
 * trail.
 */
public record Entry(String origin, String enteredBy, String address, String reason) {
  public Entry {
    if (origin == null) throw new IllegalArgumentException("an entry needs its origin");
    if (enteredBy == null) throw new IllegalArgumentException("an entry needs who entered it");
    if (reason != null && reason.isBlank()) reason = null;
  }

  /** An entry from this machine (the command line, a loader), with no reason given. */
  public static Entry of(String origin, String enteredBy) {
    return new Entry(origin, enteredBy, null, null);
  }
}
