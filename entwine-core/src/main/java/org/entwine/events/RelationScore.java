package org.entwine.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entwine.time.Month;

/**
 * A monthly relation score on a -9 to +9 scale, in the spirit of the monthly scores of China's
 * relations with the great powers published by Tsinghua University's Institute of International
 * Relations (which scores events by expert judgement; this score uses the Goldstein weights of
 * machine-coded events instead, and is not a replication).
 *
 * <pre>
 *   g(t) = mean Goldstein score of the month's events, both directions (-10..+10)
 *   S(t) = λ·S(t-1) + (1-λ)·g(t)   in a month with events
 *   S(t) = λ·S(t-1)                in a month without: the relation drifts back to neutral
 *   S(t) = S(t-1)                  in a month whose files are not all loaded: nothing is known of it
 *   score(t) = 0.9·S(t)            so that -10..+10 maps onto -9..+9
 *   λ = 0.5^(1/h), h the half-life in months (3 unless the method says otherwise)
 * </pre>
 *
 * A month's news thus moves the score by a share (1-λ) of its distance from the score so far, and
 * an event's effect halves every h months: one hostile month dents a good relation, a year of them
 * turns it. The series starts at 0 in the first month given.
 */
public final class RelationScore {
  public static final double DEFAULT_HALF_LIFE = 3;

  private RelationScore() {}

  public static double decay(double halfLifeMonths) {
    if (!(halfLifeMonths > 0))
      throw new IllegalArgumentException(
          "a half-life must be a positive number of months, got " + halfLifeMonths);
    return Math.pow(0.5, 1 / halfLifeMonths);
  }

  /**
   * The months from {@code from} to {@code to}, every one of them, with the relation score.
   *
   * @param out the actor's events to the partner, by month
   * @param in the partner's events to the actor
   * @param actorTotals the actor's events with any country, by month (for the shares)
   * @param partnerTotals the partner's
   * @param withTone whether the data has a tone (GDELT does, ICEWS does not)
   */
  public static List<RelationPoint> series(
      List<RelationMonth> out,
      List<RelationMonth> in,
      Map<Month, Long> actorTotals,
      Map<Month, Long> partnerTotals,
      Month from,
      Month to,
      double halfLifeMonths,
      boolean withTone) {
    return series(
        out, in, actorTotals, partnerTotals, from, to, halfLifeMonths, withTone, Set.of());
  }

  /**
   * The same, the months of {@code missing} (their files not all loaded) left out: each keeps a
   * point, with no events, no means and the score held where it stood, since a month partly loaded
   * would read as fewer events (and a fall as a shock) and a month not loaded as none.
   */
  public static List<RelationPoint> series(
      List<RelationMonth> out,
      List<RelationMonth> in,
      Map<Month, Long> actorTotals,
      Map<Month, Long> partnerTotals,
      Month from,
      Month to,
      double halfLifeMonths,
      boolean withTone,
      Set<Month> missing) {
    double lambda = decay(halfLifeMonths);
    Map<Month, RelationMonth> byOut = byMonth(out);
    Map<Month, RelationMonth> byIn = byMonth(in);
    List<RelationPoint> points = new ArrayList<>();
    double s = 0;
    for (Month m = from; !m.isAfter(to); m = m.next()) {
      if (missing.contains(m)) {
        points.add(
            new RelationPoint(
                m,
                0,
                0,
                new long[4],
                Double.NaN,
                Double.NaN,
                Double.NaN,
                Double.NaN,
                0.9 * s,
                null));
        continue;
      }
      RelationMonth a = byOut.get(m);
      RelationMonth b = byIn.get(m);
      long fromActor = a == null ? 0 : a.events();
      long toActor = b == null ? 0 : b.events();
      long events = fromActor + toActor;
      long[] quad = new long[4];
      long[] families = new long[CameoFamily.values().length];
      double goldstein = 0;
      double tone = 0;
      for (RelationMonth r : new RelationMonth[] {a, b}) {
        if (r == null) continue;
        for (int i = 0; i < 4; i++) quad[i] += r.quad()[i];
        if (families != null && r.families() == null) families = null;
        if (families != null)
          for (int i = 0; i < families.length; i++) families[i] += r.families()[i];
        goldstein += r.goldsteinSum();
        tone += r.toneSum();
      }
      double g = events == 0 ? Double.NaN : goldstein / events;
      s = events == 0 ? lambda * s : lambda * s + (1 - lambda) * g;
      points.add(
          new RelationPoint(
              m,
              fromActor,
              toActor,
              quad,
              g,
              events > 0 && withTone ? tone / events : Double.NaN,
              share(events, actorTotals.get(m)),
              share(events, partnerTotals.get(m)),
              0.9 * s,
              families));
    }
    return points;
  }

  private static double share(long events, Long total) {
    return total == null || total == 0 ? Double.NaN : (double) events / total;
  }

  private static Map<Month, RelationMonth> byMonth(List<RelationMonth> months) {
    Map<Month, RelationMonth> out = new HashMap<>();
    months.forEach(m -> out.put(m.month(), m));
    return out;
  }
}
