package org.entwine.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.entwine.method.Pillar;
import org.entwine.method.Score;

/**
 * Each partner's depth and pillars in each of the twenty years to the scoring's year: the history a
 * partner's page charts and the API lists, computed once for every partner (the pillars are
 * normalised across a year's partners, so one partner's history needs all of theirs). A year
 * without a depth is left out, never read as zero.
 */
public final class DepthHistory {
  /** How many years a history goes back. */
  public static final int YEARS = 20;

  /** One year of a relation's depth and pillars. */
  public record Year(
      int year,
      Double depth,
      Double interests,
      Double institutions,
      Double identity,
      double coverage) {}

  private final Map<String, List<Year>> byPartner;

  private DepthHistory(Map<String, List<Year>> byPartner) {
    this.byPartner = byPartner;
  }

  /**
   * The twenty years to {@code s}'s year, each scored on its own, on every core at once; gathered
   * in their order, the answer is the same as one year after another.
   */
  public static DepthHistory of(Scoring s) {
    int first = s.year() - YEARS + 1;
    List<List<Score>> byYear =
        IntStream.rangeClosed(first, s.year()).parallel().mapToObj(s::scoresIn).toList();
    Map<String, List<Year>> out = new LinkedHashMap<>();
    for (int i = 0; i < byYear.size(); i++)
      for (Score x : byYear.get(i))
        if (x.depth() != null)
          out.computeIfAbsent(x.partner(), k -> new ArrayList<>())
              .add(
                  new Year(
                      first + i,
                      x.depth(),
                      x.pillars().get(Pillar.INTERESTS).score(),
                      x.pillars().get(Pillar.INSTITUTIONS).score(),
                      x.pillars().get(Pillar.IDENTITY).score(),
                      x.coverage()));
    out.replaceAll((p, years) -> List.copyOf(years));
    return new DepthHistory(out);
  }

  /** A partner's years with a depth, oldest first (none where the evidence never covered it). */
  public List<Year> of(String partner) {
    return byPartner.getOrDefault(partner, List.of());
  }

  /** A partner's depth by year, oldest first, or null where no year has one. */
  public Map<Integer, Double> depths(String partner) {
    List<Year> years = byPartner.get(partner);
    if (years == null) return null;
    Map<Integer, Double> out = new LinkedHashMap<>();
    years.forEach(y -> out.put(y.year(), y.depth()));
    return out;
  }

  /** The partners with at least one year of depth. */
  public java.util.Set<String> partners() {
    return byPartner.keySet();
  }
}
