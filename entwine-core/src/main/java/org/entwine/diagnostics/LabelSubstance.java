package org.entwine.diagnostics;

import java.util.Map;
import org.entwine.framework.Level;

/**
 * Label against substance, judged among peers: the framework's level beside the depth the evidence
 * gives, against the partners the focal actor placed at the levels around it. A strategic (or
 * higher) label over a depth below the median of the level beneath it is a label above its
 * substance; a relation with no framework (or an "other" partnership) as deep as the median
 * strategic partner is substance without a label.
 */
public final class LabelSubstance {
  /**
   * A depth resting on less than this share of the method's weight is not enough to diagnose a
   * label.
   */
  public static final double MINIMUM_COVERAGE = 1.0 / 3;

  private LabelSubstance() {}

  /**
   * The flag, if any, for a level (null: no framework) and a depth resting on {@code coverage}.
   *
   * @param peers the median depth of the ranked partners at each level (see {@link
   *     org.entwine.trust.Peers#thresholds})
   */
  public static Flag of(Level level, Double depth, double coverage, Map<Level, Double> peers) {
    if (depth == null || coverage < MINIMUM_COVERAGE) return null;
    Level l = level == null ? Level.NONE : level;
    if (l.rank() >= Level.STRATEGIC.rank()) {
      Double beneath = peers.get(beneath(l));
      return beneath != null && depth < beneath ? Flag.LABEL_ABOVE_SUBSTANCE : null;
    }
    if (l.rank() <= Level.OTHER_PARTNERSHIP.rank() && l != Level.ALLIANCE) {
      Double strategic = peers.get(Level.STRATEGIC);
      return strategic != null && depth >= strategic ? Flag.SUBSTANCE_WITHOUT_LABEL : null;
    }
    return null;
  }

  /** The level a label is measured against: the one beneath it on the ordinary ladder. */
  static Level beneath(Level l) {
    return switch (l) {
      case SPECIAL -> Level.COMPREHENSIVE_STRATEGIC;
      case COMPREHENSIVE_STRATEGIC -> Level.STRATEGIC;
      default -> Level.COMPREHENSIVE;
    };
  }
}
