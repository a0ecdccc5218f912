package org.entwine.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.entwine.time.Month;

/**
 * What the event record says about each of a focal actor's relations over a window of months: how
 * much the relation swings (stability), how much of it is material conflict, whether the partner's
 * cooperation is deeds or words, and whether the relation took a sudden turn for the worse.
 *
 * <p>Sparse pairs are left out rather than scored: a pair that seldom makes the news has a flat
 * relation score, and flat is not the same as stable. A pair needs {@link #MINIMUM_MONTHS} months
 * with events in the window for the stability measures, and {@link #MINIMUM_COOPERATION}
 * cooperation events from the partner for the deeds-to-words balance.
 */
public final class EventEvidence {
  public static final int MINIMUM_MONTHS = 12;
  public static final int MINIMUM_COOPERATION = 10;

  /** The stability measures the method file can name. */
  public static final String SCORE_SWINGS = "events.score";

  public static final String MATERIAL_CONFLICT = "events.material-conflict";

  /** Every measure of the event record a method file can name, for stability. */
  public static final List<String> MEASURES = List.of(SCORE_SWINGS, MATERIAL_CONFLICT);

  /**
   * One relation's event evidence.
   *
   * @param swings the standard deviation of the monthly relation score's changes (null when too
   *     sparse)
   * @param materialConflictShare material conflict as a share of all the pair's events (null when
   *     too sparse)
   * @param deedsToWords the partner's material cooperation with the focal actor as a share of all
   *     its cooperation with it, verbal and material (null under {@link #MINIMUM_COOPERATION}
   *     events)
   * @param latestScore the relation score in the window's last month
   * @param shock the sharpest one-month fall of the score in the window's last twelve months, if
   *     any reached the threshold
   */
  public record Relation(
      String partner,
      long events,
      int monthsWithEvents,
      Double swings,
      Double materialConflictShare,
      Double deedsToWords,
      double latestScore,
      Shock shock) {}

  /** A fall of the relation score from one month to the next. */
  public record Shock(Month month, double before, double after) {
    public double drop() {
      return before - after;
    }
  }

  private EventEvidence() {}

  /**
   * @param months the focal actor's relation-months with its partners, both directions, within
   *     [from, to]
   * @param shockDrop the fall in score points, within one month, that counts as a shock
   */
  public static Map<String, Relation> of(
      String focal,
      List<RelationMonth> months,
      Month from,
      Month to,
      double halfLife,
      double shockDrop) {
    return of(focal, months, from, to, halfLife, shockDrop, java.util.Set.of());
  }

  /**
   * The same, the months of {@code missing} (their files not all loaded) left out: they count no
   * events, take no part in the swings, and cannot make a shock.
   */
  public static Map<String, Relation> of(
      String focal,
      List<RelationMonth> months,
      Month from,
      Month to,
      double halfLife,
      double shockDrop,
      java.util.Set<Month> missing) {
    Map<String, List<RelationMonth>> out = new HashMap<>();
    Map<String, List<RelationMonth>> in = new HashMap<>();
    for (RelationMonth m : months) {
      if (m.actor().equals(focal)) out.computeIfAbsent(m.partner(), p -> new ArrayList<>()).add(m);
      else if (m.partner().equals(focal))
        in.computeIfAbsent(m.actor(), p -> new ArrayList<>()).add(m);
    }
    java.util.Set<String> partners = new java.util.TreeSet<>(out.keySet());
    partners.addAll(in.keySet());
    Map<String, Relation> result = new TreeMap<>();
    for (String p : partners) {
      List<RelationMonth> o = sorted(out.getOrDefault(p, List.of()));
      List<RelationMonth> i = sorted(in.getOrDefault(p, List.of()));
      List<RelationPoint> series =
          RelationScore.series(o, i, Map.of(), Map.of(), from, to, halfLife, false, missing);
      long events = 0;
      long materialConflict = 0;
      int active = 0;
      for (RelationPoint x : series) {
        events += x.events();
        materialConflict += x.quad()[3];
        if (x.events() > 0) active++;
      }
      long verbal = 0;
      long material = 0;
      for (RelationMonth m : i) {
        if (missing.contains(m.month())) continue;
        verbal += m.quad()[0];
        material += m.quad()[1];
      }
      boolean enough = active >= MINIMUM_MONTHS;
      Double swings =
          enough
              ? org.entwine.indicator.Volatility.of(
                  series.stream()
                      .filter(x -> !missing.contains(x.month()))
                      .map(RelationPoint::score)
                      .toList())
              : null;
      Double conflict = enough ? (double) materialConflict / events : null;
      Double deeds =
          verbal + material >= MINIMUM_COOPERATION ? (double) material / (verbal + material) : null;
      result.put(
          p,
          new Relation(
              p,
              events,
              active,
              swings,
              conflict,
              deeds,
              series.get(series.size() - 1).score(),
              shock(series, shockDrop)));
    }
    return result;
  }

  private static List<RelationMonth> sorted(List<RelationMonth> months) {
    List<RelationMonth> s = new ArrayList<>(months);
    s.sort(java.util.Comparator.comparing(RelationMonth::month));
    return s;
  }

  private static Shock shock(List<RelationPoint> series, double shockDrop) {
    Shock worst = null;
    for (int k = Math.max(1, series.size() - 12); k < series.size(); k++) {
      double before = series.get(k - 1).score();
      double after = series.get(k).score();
      if (before - after >= shockDrop && (worst == null || before - after > worst.drop())) {
        worst = new Shock(series.get(k).month(), before, after);
      }
    }
    return worst;
  }
}
