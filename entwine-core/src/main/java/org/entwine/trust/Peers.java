package org.entwine.trust;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.entwine.framework.Level;

/**
 * "More cooperation" judged among peers: a partner's depth against the median depth of the ranked
 * partners at the same framework level on the date, not of all partners (a comprehensive strategic
 * partner is compared with the others the focal actor chose to call so). A level with fewer than
 * {@link #MINIMUM} ranked partners borrows the partners of the level below it until it has them.
 */
public final class Peers {
  /** The fewest partners a median of peers is taken over. */
  public static final int MINIMUM = 3;

  private Peers() {}

  /**
   * The threshold of "more cooperation" for each level: the method's number for every level where
   * it gives one, else the median depth of the ranked partners at that level (and below, where too
   * few); a level with no ranked partner at or below it is absent.
   *
   * @param levels each ranked partner's level (absent: none)
   * @param depths each ranked partner's depth
   */
  public static Map<Level, Double> thresholds(
      Map<String, Level> levels, Map<String, Double> depths, Double fixed) {
    Map<Level, Double> out = new EnumMap<>(Level.class);
    for (Level l : Level.values()) {
      if (fixed != null) {
        out.put(l, fixed);
        continue;
      }
      List<Double> peers = new ArrayList<>();
      for (Level at = l; at != null && peers.size() < MINIMUM; at = below(at)) {
        Level here = at;
        depths.forEach(
            (p, d) -> {
              if (d != null && levels.getOrDefault(p, Level.NONE) == here) peers.add(d);
            });
      }
      double median = org.entwine.indicator.Medians.of(peers);
      if (!Double.isNaN(median)) out.put(l, median);
    }
    return out;
  }

  /** The level below on the ladder; an alliance stands apart and counts with no partnership. */
  static Level below(Level l) {
    return switch (l) {
      case SPECIAL -> Level.COMPREHENSIVE_STRATEGIC;
      case COMPREHENSIVE_STRATEGIC -> Level.STRATEGIC;
      case STRATEGIC -> Level.SECTORAL_STRATEGIC;
      case SECTORAL_STRATEGIC -> Level.COMPREHENSIVE;
      case COMPREHENSIVE -> Level.OTHER_PARTNERSHIP;
      case OTHER_PARTNERSHIP, ALLIANCE -> Level.NONE;
      case NONE -> null;
    };
  }
}
