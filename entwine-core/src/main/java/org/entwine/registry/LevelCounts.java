package org.entwine.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.entwine.actor.Actor;
import org.entwine.framework.Framework;
import org.entwine.framework.Level;

/** Counts of partnerships per actor and level on a date, with the counts sources report. */
public final class LevelCounts {
  private LevelCounts() {}

  /** Every actor with a framework or a reported count, most partnerships first. */
  public static List<LevelCount> asOf(Registry registry, LocalDate asOf) {
    Map<String, Map<Level, Integer>> counts = new TreeMap<>();
    Map<String, java.util.Set<String>> partners = new java.util.HashMap<>();
    for (Framework f : registry.frameworks()) {
      if (!f.existsOn(asOf)) continue;
      Level level = f.changeInForce(asOf).orElseThrow().level();
      for (String p : f.parties()) {
        counts.computeIfAbsent(p, k -> new EnumMap<>(Level.class)).merge(level, 1, Integer::sum);
        if (level.rank() > 0)
          partners.computeIfAbsent(p, k -> new java.util.HashSet<>()).add(f.partnerOf(p));
      }
    }
    registry
        .reportedCounts()
        .forEach(r -> counts.computeIfAbsent(r.actor(), k -> new EnumMap<>(Level.class)));
    List<LevelCount> out = new ArrayList<>();
    counts.forEach(
        (actor, byLevel) -> {
          int partnerships =
              byLevel.entrySet().stream()
                  .filter(e -> e.getKey().rank() > 0)
                  .mapToInt(Map.Entry::getValue)
                  .sum();
          List<ReportedCount> reported =
              registry.reportedCounts().stream()
                  .filter(r -> r.actor().equals(actor) && r.asOf().isOnOrBefore(asOf))
                  .toList();
          out.add(
              new LevelCount(
                  actor,
                  registry.actor(actor).map(Actor::name).orElse(actor),
                  byLevel,
                  partnerships,
                  partners.getOrDefault(actor, java.util.Set.of()).size(),
                  byLevel.getOrDefault(Level.ALLIANCE, 0),
                  reported));
        });
    out.sort(
        Comparator.comparingInt((LevelCount c) -> -c.partnerships())
            .thenComparing(LevelCount::actor));
    return out;
  }
}
