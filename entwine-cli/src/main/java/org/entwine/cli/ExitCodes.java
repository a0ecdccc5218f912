package org.entwine.cli;

/** Exit codes scripts can rely on (also listed in docs/user-guide.md). */
final class ExitCodes {
  static final int OK = 0;

  /** An unexpected internal error: a bug; --verbose shows the stack trace. */
  static final int INTERNAL = 1;

  /** The command line itself was wrong (picocli's own code for usage errors). */
  static final int USAGE = 2;

  /** Something asked for is not there: an unknown actor, no framework between two actors. */
  static final int NOT_FOUND = 3;

  /** An input file was refused; nothing was stored. */
  static final int BAD_INPUT = 4;

  /** The database could not be used (locked by another process, unreadable). */
  static final int DATABASE = 5;

  /**
   * A publisher's file could not be fetched, or failed its check against the publisher's list;
   * nothing was stored.
   */
  static final int FETCH = 6;

  private ExitCodes() {}
}
