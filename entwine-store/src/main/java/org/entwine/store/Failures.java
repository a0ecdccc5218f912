package org.entwine.store;

/**
 * Says why the database failed in words a user can act on: DuckDB's messages name the symptom ("IO
 * Error: Could not write file … No space left on device"), and what to do is the cause.
 */
final class Failures {
  private Failures() {}

  static String explain(Throwable e) {
    String m = String.valueOf(e.getMessage());
    String cause;
    if (m.contains("No space left on device")) {
      cause = "the disk holding the database is full: free some space and try again";
    } else if (m.contains("read-only")
        || m.contains("read only")
        || m.contains("Permission denied")) {
      cause =
          "the database file or its folder cannot be written by this user: it was opened for"
              + " reading only";
    } else {
      return m;
    }
    return cause + " (" + m + ")";
  }
}
