package org.entwine.method;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.entwine.events.EventEvidence;
import org.entwine.events.RelationMonth;
import org.entwine.events.RelationScore;
import org.entwine.time.Month;
import org.entwine.trust.Confidence;
import org.entwine.trust.EventConfidence;
import org.entwine.trust.NewsConfidence;
import org.entwine.trust.Reason;

/**
 * The rules a scoring by a method follows that need no store: the observation series it reads, the
 * year it scores, the months of the event record it reads and what it takes from them, how the
 * event record's measures join the stability series, which treaties bind a partner, and the order
 * of the scores. The app's {@code Scoring} gathers the evidence from the store by these rules.
 */
public final class ScoringRules {
  /** The years of the event window where the method names no measure of the event record. */
  static final int EVENT_YEARS = 5;

  /**
   * The months of the event record a scoring reads, both ends included: the stability measures from
   * events and the degree from events' families.
   */
  public record EventWindow(Month from, Month to) {}

  private ScoringRules() {}

  /**
   * The observation series a scoring reads: the method's indicators (their bridges too) and
   * stability series, the validation's baselines, the event counts the degree from events weighs,
   * and the treaty series that bind a partner. Ledger counts and the event record's measures are
   * not observations.
   */
  public static Set<String> series(Method method) {
    Set<String> out = new TreeSet<>();
    for (MethodIndicator i : method.indicators()) {
      if (i.kind() != MeasureKind.DATASET) continue;
      out.add(i.measure());
      if (i.bridge() != null) out.add(i.bridge());
    }
    for (StabilityMeasure s : method.stability())
      if (s.kind() == MeasureKind.DATASET) out.add(s.measure());
    for (Baselines.Series b :
        List.of(method.baselines().trade(), method.baselines().partnerShare())) {
      out.add(b.measure());
      if (b.bridge() != null) out.add(b.bridge());
    }
    out.addAll(
        List.of(
            EventConfidence.WORDS,
            EventConfidence.DEEDS,
            EventConfidence.VERBAL_CONFLICT,
            EventConfidence.MATERIAL_CONFLICT,
            NewsConfidence.COOPERATION,
            NewsConfidence.FRICTION));
    out.addAll(Confidence.TREATY_SERIES.keySet());
    return out;
  }

  /**
   * The year scored: the year asked for; else the year of the date asked for; else this year. Each
   * indicator then takes its freshest value within its own lookback, and the scores say how old
   * that evidence is.
   */
  public static int year(Integer asked, Integer ofDate, LocalDate today) {
    return asked != null ? asked : ofDate != null ? ofDate : today.getYear();
  }

  /** The method's stability measures read from the event record rather than from observations. */
  public static List<StabilityMeasure> eventMeasures(Method method) {
    return method.stability().stream().filter(s -> s.kind() == MeasureKind.EVENTS).toList();
  }

  /**
   * The window of the event record read for {@code year}: the years the degree from events weighs
   * or the longest window of the event record's stability measures, whichever is longer, ending
   * with December of the year.
   */
  public static EventWindow eventWindow(Method method, int year) {
    int years =
        Math.max(
            method.trust().events().years(),
            eventMeasures(method).stream()
                .mapToInt(StabilityMeasure::years)
                .max()
                .orElse(EVENT_YEARS));
    return new EventWindow(Month.first(year - years + 1), Month.last(year));
  }

  /**
   * What the event record says of each of the focal actor's relations in the window, the months not
   * loaded whole ({@code missing}) left out, by the method's shock threshold.
   */
  public static Map<String, EventEvidence.Relation> eventEvidence(
      Method method,
      String focal,
      List<RelationMonth> months,
      EventWindow window,
      Set<Month> missing) {
    return EventEvidence.of(
        focal,
        months,
        window.from(),
        window.to(),
        RelationScore.DEFAULT_HALF_LIFE,
        method.trust().eventShock(),
        missing);
  }

  /**
   * partner -> stability measure -> volatility: the observation series' with the event record's
   * measures where the method names them, each partner's in the measures' order (a map's own order
   * would change from one run to the next).
   */
  public static Map<String, Map<String, Double>> volatility(
      Method method,
      Map<String, Map<String, Double>> observed,
      Map<String, EventEvidence.Relation> events) {
    Map<String, Map<String, Double>> out = new HashMap<>();
    observed.forEach((partner, v) -> out.put(partner, new HashMap<>(v)));
    Set<String> named = new java.util.HashSet<>();
    eventMeasures(method).forEach(m -> named.add(m.measure()));
    events.forEach(
        (partner, e) -> {
          if (e.swings() != null && named.contains(EventEvidence.SCORE_SWINGS))
            out.computeIfAbsent(partner, p -> new HashMap<>())
                .put(EventEvidence.SCORE_SWINGS, e.swings());
          if (e.materialConflictShare() != null && named.contains(EventEvidence.MATERIAL_CONFLICT))
            out.computeIfAbsent(partner, p -> new HashMap<>())
                .put(EventEvidence.MATERIAL_CONFLICT, e.materialConflictShare());
        });
    Map<String, Map<String, Double>> frozen = new HashMap<>();
    out.forEach(
        (partner, v) -> frozen.put(partner, Collections.unmodifiableSortedMap(new TreeMap<>(v))));
    return Collections.unmodifiableMap(frozen);
  }

  /**
   * The binding treaties in force with a partner, as the datasets the method reads record them (a
   * value above zero of an ATOP, DCAD, DESTA or UNCTAD series among its raw values), each with its
   * year.
   */
  public static List<Reason> treatiesInForce(Method method, Map<String, RawValue> values) {
    List<Reason> out = new ArrayList<>();
    for (MethodIndicator i : method.indicators()) {
      RawValue v = values.get(i.id());
      if (Confidence.TREATY_SERIES.containsKey(i.measure()) && v != null && v.value() > 0)
        out.add(Confidence.treaty(i.measure(), v.year()));
    }
    return out;
  }

  /**
   * The order scores are listed in: ranked partners first, deepest first (a partner without a depth
   * after those with one); those on thin evidence after them; ties by partner.
   */
  public static final Comparator<Score> RANKING =
      Comparator.comparing(Score::thin)
          .thenComparing(
              Comparator.comparing((Score s) -> s.depth() == null ? -1 : s.depth()).reversed())
          .thenComparing(Score::partner);
}
