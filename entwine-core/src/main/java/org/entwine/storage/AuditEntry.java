package org.entwine.storage;

import java.time.Instant;
import java.util.List;

/**
 * One change as the audit trail keeps it: when, by whom, from where, from what, why, and each
 * record it stored with its version before (null: it was new) and after (JSON bodies).
 */
public record AuditEntry(
    long id,
    Instant at,
    String enteredBy,
    String address,
    String origin,
    String reason,
    List<RecordChange> changes) {

  /** The same change with only {@code kept} of its records. */
  public AuditEntry withChanges(List<RecordChange> kept) {
    return new AuditEntry(id, at, enteredBy, address, origin, reason, kept);
  }

  /** A record a change stored: its kind and id, and its bodies before and after. */
  public record RecordChange(String kind, String id, String before, String after) {}
}
