package org.entwine.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.entwine.actor.Actor;
import org.entwine.framework.Framework;
import org.entwine.framework.FrameworkStatus;
import org.entwine.framework.Level;
import org.entwine.framework.LevelChange;
import org.entwine.source.Source;

/** An actor's partnership frameworks as they stood on a date. */
public final class Portfolio {
  private Portfolio() {}

  /**
   * Every framework in force on the date, the pairs at the highest level first, then by partner,
   * each pair's primary framework first. Ended frameworks are left out; suspended ones stay.
   */
  public static List<PortfolioEntry> of(Registry registry, String actor, LocalDate asOf) {
    List<Framework> live =
        registry.frameworks().stream().filter(f -> f.involves(actor) && f.existsOn(asOf)).toList();
    Map<String, Framework> primary = new HashMap<>();
    for (Framework f : live) primary.merge(f.partnerOf(actor), f, (a, b) -> higher(a, b, asOf));
    Map<String, Source> sources = new HashMap<>();
    registry.sources().forEach(s -> sources.put(s.id(), s));
    List<PortfolioEntry> out = new ArrayList<>();
    for (Framework f : live) {
      Framework top = primary.get(f.partnerOf(actor));
      out.add(entry(registry, sources, f, actor, asOf, top.levelOn(asOf).orElseThrow(), top == f));
    }
    out.sort(
        Comparator.comparing((PortfolioEntry e) -> -rank(e.pairLevel()))
            .thenComparing(PortfolioEntry::partner)
            .thenComparing(e -> !e.primary())
            .thenComparing(e -> -rank(e.level()))
            .thenComparing(PortfolioEntry::framework));
    return out;
  }

  /**
   * Each partner's level on the date: that of its highest active framework (a suspended one if none
   * is active).
   */
  public static Map<String, Level> pairLevels(Registry registry, String actor, LocalDate asOf) {
    Map<String, Level> levels = new HashMap<>();
    for (PortfolioEntry e : of(registry, actor, asOf))
      levels.putIfAbsent(e.partner(), e.pairLevel());
    return levels;
  }

  /** The framework that gives a pair its level: active before suspended, then the higher level. */
  private static Framework higher(Framework a, Framework b, LocalDate day) {
    boolean activeA = a.statusOn(day) == FrameworkStatus.ACTIVE;
    boolean activeB = b.statusOn(day) == FrameworkStatus.ACTIVE;
    if (activeA != activeB) return activeA ? a : b;
    int byLevel =
        Integer.compare(rank(a.levelOn(day).orElseThrow()), rank(b.levelOn(day).orElseThrow()));
    if (byLevel != 0) return byLevel > 0 ? a : b;
    return a.id().compareTo(b.id()) <= 0 ? a : b;
  }

  /**
   * The ladder's order, with an alliance (off the ladder) below every partnership but above none.
   */
  private static int rank(Level l) {
    return l == Level.ALLIANCE ? 0 : l.rank() + 1;
  }

  private static PortfolioEntry entry(
      Registry registry,
      Map<String, Source> sources,
      Framework f,
      String actor,
      LocalDate asOf,
      Level pairLevel,
      boolean primary) {
    LevelChange c = f.changeInForce(asOf).orElseThrow();
    String partner = f.partnerOf(actor);
    Optional<Actor> p = registry.actor(partner);
    return new PortfolioEntry(
        asOf,
        partner,
        p.map(Actor::name).orElse(partner),
        p.map(Actor::kind).orElse(null),
        c.level(),
        c.officialName(),
        c.sectors(),
        c.date(),
        f.established(),
        f.statusOn(asOf),
        f.id(),
        c.document(),
        c.sources(),
        c.confidence(),
        c.sideNames(),
        pairLevel,
        primary,
        c.sources().stream().map(sources::get).filter(java.util.Objects::nonNull).toList());
  }

  /** How many partners held a framework at each level at the end of a year (its last day). */
  public record LevelsInYear(int year, Map<Level, Integer> byLevel) {}

  /**
   * The focal actor's partners by level at the end of each year from {@code from} to the year of
   * {@code to} (that year on the day itself): how its frameworks grew, rung by rung.
   */
  public static List<LevelsInYear> levelsByYear(
      Registry registry, String actor, int from, LocalDate to) {
    List<LevelsInYear> out = new java.util.ArrayList<>();
    for (int y = from; y <= to.getYear(); y++) {
      LocalDate day = y == to.getYear() ? to : LocalDate.of(y, 12, 31);
      Map<Level, Integer> byLevel = new java.util.EnumMap<>(Level.class);
      pairLevels(registry, actor, day).values().forEach(l -> byLevel.merge(l, 1, Integer::sum));
      out.add(new LevelsInYear(y, byLevel));
    }
    return out;
  }
}
