package org.entwine.framework;

/**
 * The canonical levels of a partnership framework, highest first (SPEC §1, after Tran Viet Thai).
 * {@link #ALLIANCE} is recorded but stands outside the ladder: the papers place strategic
 * partnership below alliance and treat alliance as a different kind of tie.
 */
public enum Level {
  SPECIAL(6),
  COMPREHENSIVE_STRATEGIC(5),
  STRATEGIC(4),
  SECTORAL_STRATEGIC(3),
  COMPREHENSIVE(2),
  OTHER_PARTNERSHIP(1),
  NONE(0),
  ALLIANCE(-1);

  private final int rank;

  Level(int rank) {
    this.rank = rank;
  }

  /** Position on the ladder, higher is higher; -1 off the ladder. */
  public int rank() {
    return rank;
  }

  public boolean isOnLadder() {
    return rank >= 0;
  }

  /** Parses a level name, accepting lower case and spaces or hyphens for underscores. */
  public static Level parse(String text) {
    String t =
        text == null ? "" : text.strip().toUpperCase(java.util.Locale.ROOT).replaceAll("[ -]", "_");
    for (Level l : values()) {
      if (l.name().equals(t)) return l;
    }
    throw new IllegalArgumentException(
        "expected a level (" + java.util.Arrays.toString(values()) + "), got '" + text + "'");
  }
}
