package org.entwine.trust;

/** The papers' trust × cooperation matrix. */
public enum Cell {
  GOOD_FRIEND(1, "good friend / reliable partner"),
  BAD_FRIEND(2, "bad friend / temporary partner"),
  GOOD_PARTNER(3, "good partner / potential friend"),
  BAD_PARTNER(4, "bad partner / enemy");

  private final int number;
  private final String label;

  Cell(int number, String label) {
    this.number = number;
    this.label = label;
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
    if (degree == Degree.INSUFFICIENT_EVIDENCE || depth == null) return null;
    boolean more = depth >= threshold;
    if (degree.isHighConfidence()) return more ? GOOD_FRIEND : GOOD_PARTNER;
    return more ? BAD_FRIEND : BAD_PARTNER;
  }

  /** The default threshold of "more cooperation": the median depth among the partners. */
  public static double medianThreshold(java.util.Collection<Double> depths) {
    double[] d =
        depths.stream()
            .filter(java.util.Objects::nonNull)
            .mapToDouble(Double::doubleValue)
            .sorted()
            .toArray();
    if (d.length == 0) return Double.NaN;
    return new org.hipparchus.stat.descriptive.rank.Median().evaluate(d);
  }
}
