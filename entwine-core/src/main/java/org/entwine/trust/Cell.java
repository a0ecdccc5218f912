package org.entwine.trust;

/**
 * The papers' trust × cooperation matrix: a high level of confidence (degree 1) or a lower one
 * (degrees 2 to 4), against more or less cooperation than the partners at the same level. Each cell
 * has the papers' name and a neutral wording for documents that leave the ministry.
 */
public enum Cell {
  GOOD_FRIEND(1, "good friend / reliable partner", "high confidence, more cooperation"),
  BAD_FRIEND(2, "bad friend / temporary partner", "lower confidence, more cooperation"),
  GOOD_PARTNER(3, "good partner / potential friend", "high confidence, less cooperation"),
  BAD_PARTNER(4, "bad partner / enemy", "lower confidence, less cooperation");

  private final int number;
  private final String label;
  private final String neutral;

  Cell(int number, String label, String neutral) {
    this.number = number;
    this.label = label;
    this.neutral = neutral;
  }

  /** The neutral wording: the two axes, without the papers' words for the partner. */
  public String neutral() {
    return neutral;
  }

  /** Whether the cell is on the matrix's "more cooperation" side. */
  public boolean more() {
    return this == GOOD_FRIEND || this == BAD_FRIEND;
  }

  public int number() {
    return number;
  }

  public String label() {
    return label;
  }

  /**
   * The cell for a degree and a depth against the threshold of "more cooperation"; null when the
   * degree is insufficient evidence or the depth is unknown: the matrix does not guess either.
   */
  public static Cell of(Degree degree, Double depth, double threshold) {
    if (degree == Degree.INSUFFICIENT_EVIDENCE || depth == null || Double.isNaN(threshold))
      return null;
    boolean more = depth >= threshold;
    if (degree.isHighConfidence()) return more ? GOOD_FRIEND : GOOD_PARTNER;
    return more ? BAD_FRIEND : BAD_PARTNER;
  }
}
