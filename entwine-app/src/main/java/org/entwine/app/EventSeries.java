package org.entwine.app;

import java.util.List;
import java.util.Map;
import org.entwine.events.CameoFamily;
import org.entwine.events.EventStore;
import org.entwine.events.RelationMonth;
import org.entwine.events.RelationPoint;
import org.entwine.events.RelationScore;
import org.entwine.input.UserInputException;
import org.entwine.time.Month;

/**
 * The monthly relation between two actors from the stored events, as the command line and the web
 * show it.
 */
public final class EventSeries {
  /**
   * @param dataset the event dataset read
   * @param points every month from the first asked (or with events) to the last
   * @param gaps the months whose files are not all loaded, with why: their points are missing, not
   *     months of fewer events (only datasets whose files name their month tell)
   */
  public record Series(
      String actor,
      String partner,
      String dataset,
      double halfLife,
      List<RelationPoint> points,
      java.util.SortedMap<Month, String> gaps) {
    public Series(
        String actor, String partner, String dataset, double halfLife, List<RelationPoint> points) {
      this(actor, partner, dataset, halfLife, points, new java.util.TreeMap<>());
    }

    /** Whether the month's files are all loaded (or nothing tells otherwise). */
    public boolean whole(Month month) {
      return !gaps.containsKey(month);
    }
  }

  /**
   * A year of the series: the months' counts added up.
   *
   * @param families by {@link CameoFamily}; null when a month of the year with events had them
   *     uncounted
   * @param goldsteinMean the mean Goldstein score of the year's events (NaN without events)
   * @param score the relation score in the year's last month given
   */
  public record Year(
      int year,
      long events,
      long fromActor,
      long toActor,
      long[] quad,
      long[] families,
      double goldsteinMean,
      double score) {}

  private EventSeries() {}

  /** The series by year, in year order. */
  public static List<Year> yearly(Series series) {
    java.util.Map<Integer, List<RelationPoint>> byYear = new java.util.TreeMap<>();
    series
        .points()
        .forEach(
            p -> byYear.computeIfAbsent(p.month().year(), y -> new java.util.ArrayList<>()).add(p));
    List<Year> out = new java.util.ArrayList<>();
    byYear.forEach(
        (y, points) -> {
          long events = 0;
          long from = 0;
          long to = 0;
          long[] quad = new long[4];
          long[] families = new long[CameoFamily.values().length];
          double goldstein = 0;
          for (RelationPoint p : points) {
            events += p.events();
            from += p.fromActor();
            to += p.toActor();
            for (int i = 0; i < 4; i++) quad[i] += p.quad()[i];
            if (p.events() > 0) goldstein += p.goldsteinMean() * p.events();
            if (families != null && p.events() > 0 && p.families() == null) families = null;
            if (families != null && p.families() != null)
              for (int i = 0; i < families.length; i++) families[i] += p.families()[i];
          }
          out.add(
              new Year(
                  y,
                  events,
                  from,
                  to,
                  quad,
                  families,
                  events == 0 ? Double.NaN : goldstein / events,
                  points.get(points.size() - 1).score()));
        });
    return out;
  }

  /**
   * The dataset read when none is asked for: GDELT if loaded, else the one loaded; null when none
   * is.
   */
  public static String preferred(Map<String, Long> datasets) {
    return datasets.containsKey("gdelt")
        ? "gdelt"
        : datasets.isEmpty() ? null : datasets.keySet().iterator().next();
  }

  /** The dataset to read: the one asked for, else {@link #preferred}. */
  public static String dataset(EventStore store, String asked) {
    Map<String, Long> datasets = store.eventDatasets();
    if (datasets.isEmpty())
      throw new NotFoundException(
          "no events are loaded: load some with 'entwine events load FILE...'");
    String d = asked != null ? asked : preferred(datasets);
    if (!datasets.containsKey(d)) {
      throw new NotFoundException(
          "no " + d + " events are loaded (loaded: " + String.join(", ", datasets.keySet()) + ")");
    }
    return d;
  }

  /**
   * The series from the dataset asked for; without one, from the first loaded dataset (GDELT first)
   * that holds months of the pair, so that a pair GDELT misses still shows what ICEWS has. Empty,
   * with a null dataset, when no loaded dataset holds any.
   *
   * @param from the first month, or null for the first with events
   * @param to the last month, or null for the last with events
   */
  public static Series of(
      EventStore store,
      String actor,
      String partner,
      String askedDataset,
      Month from,
      Month to,
      double halfLife) {
    if (askedDataset != null)
      return in(store, dataset(store, askedDataset), actor, partner, from, to, halfLife);
    Map<String, Long> loaded = store.eventDatasets();
    String first = preferred(loaded);
    java.util.List<String> order = new java.util.ArrayList<>();
    if (first != null) order.add(first);
    loaded.keySet().stream().filter(d -> !d.equals(first)).forEach(order::add);
    for (String d : order) {
      Series s = in(store, d, actor, partner, from, to, halfLife);
      if (!s.points().isEmpty()) return s;
    }
    return new Series(actor, partner, null, halfLife, List.of());
  }

  private static Series in(
      EventStore store,
      String d,
      String actor,
      String partner,
      Month from,
      Month to,
      double halfLife) {
    List<RelationMonth> out =
        store.eventMonths(
            d, actor, partner, from == null ? Month.MIN : from, to == null ? Month.MAX : to);
    List<RelationMonth> in =
        store.eventMonths(
            d, partner, actor, from == null ? Month.MIN : from, to == null ? Month.MAX : to);
    if (out.isEmpty() && in.isEmpty()) return new Series(actor, partner, d, halfLife, List.of());
    // the stored months come in month order: the first and last with events are at the ends
    Month first = from != null ? from : earliest(first(out), first(in));
    Month last = to != null ? to : latest(last(out), last(in));
    var gaps = org.entwine.events.FileCoverage.gaps(store, d, first, last);
    List<RelationPoint> points =
        RelationScore.series(
            out,
            in,
            store.eventTotals(d, actor, first, last),
            store.eventTotals(d, partner, first, last),
            first,
            last,
            halfLife,
            d.equals("gdelt"),
            gaps.keySet());
    return new Series(actor, partner, d, halfLife, points, gaps);
  }

  /** A month typed YYYY-MM; {@code what} names it in the message when it is not one. */
  public static Month month(String text, String what) {
    try {
      return Month.parse(text);
    } catch (IllegalArgumentException e) {
      throw new UserInputException(what + " expects a month YYYY-MM, got '" + text + "'");
    }
  }

  private static Month first(List<RelationMonth> months) {
    return months.isEmpty() ? Month.MAX : months.get(0).month();
  }

  private static Month last(List<RelationMonth> months) {
    return months.isEmpty() ? Month.MIN : months.get(months.size() - 1).month();
  }

  private static Month earliest(Month a, Month b) {
    return a.isBefore(b) ? a : b;
  }

  private static Month latest(Month a, Month b) {
    return a.isAfter(b) ? a : b;
  }
}
