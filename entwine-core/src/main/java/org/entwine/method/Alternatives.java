package org.entwine.method;

import java.util.List;

/**
 * The choices a method declares it could have made differently, which the sensitivity analysis
 * varies (the OECD/JRC handbook's uncertainty analysis).
 *
 * @param weightSpread each weight (indicator and pillar) is drawn uniformly from w·(1−s) to w·(1+s)
 */
public record Alternatives(
    List<Normalization> normalizations, List<Aggregation> aggregations, double weightSpread) {
  public Alternatives {
    normalizations = List.copyOf(normalizations);
    aggregations = List.copyOf(aggregations);
    if (normalizations.isEmpty() || aggregations.isEmpty()) {
      throw new IllegalArgumentException(
          "sensitivity needs at least one normalization and one aggregation");
    }
    if (!(weightSpread >= 0 && weightSpread < 1)) {
      throw new IllegalArgumentException(
          "weightSpread must be from 0 up to (not including) 1, got " + weightSpread);
    }
  }

  /** By default: min-max, z-score and rank; both aggregations; weights ±50%. */
  public static Alternatives defaults() {
    return new Alternatives(
        List.of(Normalization.MIN_MAX, Normalization.Z_SCORE, Normalization.RANK),
        List.of(Aggregation.ARITHMETIC, Aggregation.GEOMETRIC),
        0.5);
  }
}
