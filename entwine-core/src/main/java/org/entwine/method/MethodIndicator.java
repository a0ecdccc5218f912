package org.entwine.method;

import java.util.Objects;
import org.entwine.source.Ids;

/**
 * One indicator of a method.
 *
 * @param measure where its values come from: an observation indicator id ({@code trade.share}) or a
 *     ledger measure ({@code ledger:binding-documents}, see {@link LedgerMeasures})
 * @param positive true when more means deeper
 * @param log true to take log(1 + x) first, for volumes
 * @param target for distance-to-target normalization; null: the reference set's maximum
 * @param paper the sentence of the papers this indicator measures
 * @param area the cooperation area a value above zero evidences, for width ("trade", "defence and
 *     security"…); null when the indicator evidences none on its own
 */
public record MethodIndicator(
    String id,
    String measure,
    Pillar pillar,
    Side side,
    Orientation orientation,
    boolean positive,
    boolean log,
    double weight,
    Double target,
    String paper,
    String area) {

  public MethodIndicator {
    Ids.require(id, "an indicator id");
    Ids.require(measure, "a measure");
    Objects.requireNonNull(pillar, "pillar");
    Objects.requireNonNull(side, "side");
    Objects.requireNonNull(orientation, "orientation");
    if (!(weight > 0) || !Double.isFinite(weight)) {
      throw new IllegalArgumentException("weight must be a positive number, got " + weight);
    }
    if (target != null && !(target > 0))
      throw new IllegalArgumentException("target must be above 0, got " + target);
    if (paper == null || paper.isBlank()) {
      throw new IllegalArgumentException(
          "say which sentence of the papers (or which source) the indicator measures");
    }
  }

  /** An indicator that evidences no cooperation area on its own. */
  public MethodIndicator(
      String id,
      String measure,
      Pillar pillar,
      Side side,
      Orientation orientation,
      boolean positive,
      boolean log,
      double weight,
      Double target,
      String paper) {
    this(id, measure, pillar, side, orientation, positive, log, weight, target, paper, null);
  }

  public MethodIndicator withWeight(double w) {
    return new MethodIndicator(
        id, measure, pillar, side, orientation, positive, log, w, target, paper, area);
  }

  /** The value after the transformation. */
  public double transform(double raw) {
    return log ? Math.log1p(Math.max(0, raw)) : raw;
  }
}
