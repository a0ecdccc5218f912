package org.entwine.diagnostics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entwine.framework.Level;
import org.entwine.method.Contribution;
import org.entwine.method.Pillar;
import org.entwine.method.Score;
import org.hipparchus.stat.descriptive.rank.Median;

/**
 * Readiness: how far a partner's pillar profile is from the typical profile (the median of each
 * pillar) of the focal actor's partners at the next level of the ordinary ladder ({@link
 * #ORDINARY_LADDER}: comprehensive, strategic, comprehensive strategic), and which pillar and
 * indicators hold it back. Never toward a special relationship: that is not the rung above a
 * comprehensive strategic partnership but a tie of another kind, and a gap toward it would read as
 * advice.
 *
 * @param gap the root-mean-square shortfall over the pillars, in points (0: the profile already
 *     matches the level compared with)
 * @param holdBack the pillar with the largest shortfall, null when there is none
 * @param indicators that pillar's indicators with the lowest scores, weakest first
 */
public record UpgradeReadiness(
    Level nextLevel,
    int partnersAtNextLevel,
    double gap,
    Pillar holdBack,
    List<String> indicators) {

  /**
   * The rungs a partnership ordinarily climbs, lowest first: a partner below comprehensive
   * strategic is compared with the partners at the next of these that has any.
   */
  public static final List<Level> ORDINARY_LADDER =
      List.of(Level.COMPREHENSIVE, Level.STRATEGIC, Level.COMPREHENSIVE_STRATEGIC);

  /**
   * For every scored partner below the top of the ordinary ladder (none at a special relationship
   * or in an alliance) with partners at a rung above it.
   */
  public static Map<String, UpgradeReadiness> of(Map<String, Level> levels, List<Score> scores) {
    Map<Level, List<Score>> byLevel = new HashMap<>();
    for (Score s : scores) {
      Level l = levels.getOrDefault(s.partner(), Level.NONE);
      if (l.isOnLadder()) byLevel.computeIfAbsent(l, k -> new ArrayList<>()).add(s);
    }
    Map<Level, Map<Pillar, Double>> typical = new EnumMap<>(Level.class);
    byLevel.forEach(
        (level, group) -> {
          Map<Pillar, Double> profile = new EnumMap<>(Pillar.class);
          for (Pillar p : Pillar.values()) {
            double[] v =
                group.stream()
                    .map(s -> s.pillars().get(p).score())
                    .filter(java.util.Objects::nonNull)
                    .mapToDouble(Double::doubleValue)
                    .toArray();
            if (v.length > 0) profile.put(p, new Median().evaluate(v));
          }
          typical.put(level, profile);
        });
    Map<String, UpgradeReadiness> out = new HashMap<>();
    for (Score s : scores) {
      Level l = levels.getOrDefault(s.partner(), Level.NONE);
      if (!l.isOnLadder() || l == Level.SPECIAL) continue;
      Level next =
          ORDINARY_LADDER.stream()
              .filter(k -> k.rank() > l.rank() && byLevel.containsKey(k))
              .min(Comparator.comparingInt(Level::rank))
              .orElse(null);
      if (next == null) continue;
      Map<Pillar, Double> target = typical.get(next);
      double sum = 0;
      int n = 0;
      Pillar worst = null;
      double worstShortfall = 0;
      for (var e : target.entrySet()) {
        Double mine = s.pillars().get(e.getKey()).score();
        if (mine == null) continue;
        double shortfall = Math.max(0, e.getValue() - mine);
        sum += shortfall * shortfall;
        n++;
        if (shortfall > worstShortfall) {
          worstShortfall = shortfall;
          worst = e.getKey();
        }
      }
      if (n == 0) continue;
      Pillar holdBack = worst;
      List<String> weakest =
          holdBack == null
              ? List.of()
              : s.contributions().stream()
                  .filter(c -> c.pillar() == holdBack)
                  .sorted(Comparator.comparingDouble(Contribution::normalized))
                  .limit(2)
                  .map(Contribution::indicator)
                  .toList();
      out.put(
          s.partner(),
          new UpgradeReadiness(
              next, byLevel.get(next).size(), Math.sqrt(sum / n), holdBack, weakest));
    }
    return out;
  }
}
