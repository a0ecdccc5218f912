package org.entwine.method;

import java.util.Objects;
import org.entwine.source.Ids;

/**
 * One indicator of a method.
 *
 * @param measure where its values come from: an observation indicator id ({@code trade.share}) or a
 *     ledger measure ({@code ledger:binding-documents}, see {@link LedgerMeasures})
 * @param kind the measure's kind, decided from its name when the method is read: a dataset's series
 *     or a ledger count (the event record's measures are for stability only)
 * @param positive true when more means deeper
 * @param log true to take log(1 + x) first, for volumes
 * @param target for distance-to-target normalization; null: the reference set's maximum
 * @param paper the sentence of the papers this indicator measures
 * @param area the cooperation area a value above zero evidences, for width ("trade", "defence and
 *     security"…); null when the indicator evidences none on its own
 * @param lookback how many years before the date scored its freshest value may be from (null: the
 *     method's {@code lookbackYears}); older values are missing. A flow such as trade ages fast, a
 *     treaty in force holds until it ends: each indicator says how long its values speak for today
 * @param years how many years its value is the mean of: the freshest year within the lookback and
 *     those before it, within the lookback too (1: the freshest year alone). News over several
 *     years is not a one-year spike
 * @param bridge an older series of the same quantity from another publisher (COW trade beside IMF
 *     trade), read where the measure itself has no value within the lookback, scaled by the pair's
 *     ratio of the two over their overlap years; a pair without overlap is not bridged. Null: none
 * @param organizations how an organization partner takes a value from its members' (never zeros)
 */
public record MethodIndicator(
    String id,
    String measure,
    MeasureKind kind,
    Pillar pillar,
    Side side,
    Orientation orientation,
    boolean positive,
    boolean log,
    double weight,
    Double target,
    String paper,
    String area,
    Integer lookback,
    int years,
    String bridge,
    Aggregate organizations) {

  public MethodIndicator {
    Ids.require(id, "an indicator id");
    Ids.require(measure, "a measure");
    Objects.requireNonNull(kind, "kind").check(measure);
    if (kind == MeasureKind.EVENTS)
      throw new IllegalArgumentException(
          "'"
              + measure
              + "' is a measure of the event record, which a method reads for stability, not as"
              + " an indicator");
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
    if (lookback != null && lookback < 0)
      throw new IllegalArgumentException("lookback cannot be negative, got " + lookback);
    if (years < 1) throw new IllegalArgumentException("years must be 1 or more, got " + years);
    if (bridge != null) {
      Ids.require(bridge, "a bridged measure");
      if (bridge.equals(measure)
          || kind != MeasureKind.DATASET
          || MeasureKind.of(bridge) != MeasureKind.DATASET)
        throw new IllegalArgumentException(
            "a bridge joins two observation series of the same quantity, got '"
                + measure
                + "' and '"
                + bridge
                + "'");
    }
    if (organizations == null) organizations = Aggregate.NONE;
  }

  /**
   * An indicator with the method's lookback, read year by year, for states only, its measure's kind
   * decided here from its name.
   */
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
      String paper,
      String area) {
    this(
        id,
        measure,
        MeasureKind.of(measure),
        pillar,
        side,
        orientation,
        positive,
        log,
        weight,
        target,
        paper,
        area,
        null,
        1,
        null,
        Aggregate.NONE);
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

  /** Its lookback: its own, else the method's. */
  public int lookbackOr(int methodLookback) {
    return lookback == null ? methodLookback : lookback;
  }

  public MethodIndicator withWeight(double w) {
    return new MethodIndicator(
        id,
        measure,
        kind,
        pillar,
        side,
        orientation,
        positive,
        log,
        w,
        target,
        paper,
        area,
        lookback,
        years,
        bridge,
        organizations);
  }

  /** The value after the transformation. */
  public double transform(double raw) {
    return log ? Math.log1p(Math.max(0, raw)) : raw;
  }
}
