package org.entwine.method;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.entwine.evidence.IndicatorDefinition;
import org.entwine.evidence.Observation;
import org.entwine.registry.PairLedgers;
import org.entwine.registry.Registry;
import org.entwine.time.DatePrecision;

/**
 * The raw values a method's indicators take for a focal actor's partners in a year, gathered from
 * the observations (within the method's lookback) and the ledgers. The reference set is every
 * partner with at least one value (or, if the method says so, every partner with a framework).
 *
 * <p>Each partner's series are kept as arrays by year (NaN where there is no value), built once, so
 * that scoring every year of a long record costs array reads, not map look-ups.
 */
public final class RawValues {
  /** How the note of a zero filled in for data that lists only what exists begins. */
  public static final String ABSENT = "not in the data, which lists only what exists";

  /** The source of values counted from the registry's own ledgers. */
  public static final String LEDGER = "ledger";

  private static final int FROM_FOCAL = 0;
  private static final int TO_FOCAL = 1;

  private final Method method;
  private final PairLedgers ledgers;
  private final String focal;
  private final Map<String, Integer> measureIndex = new LinkedHashMap<>();
  private final IndicatorDefinition[] definitions;
  private final String[] absentNotes;
  private final int firstYear;
  private final int years;

  /** partner -> its series, in partner order */
  private final Map<String, Series> partners = new TreeMap<>();

  private final Map<Integer, String> lookbackNotes = new HashMap<>();

  /** One partner's values: [measure][side][year - firstYear], and the source of each series. */
  private final class Series {
    final double[][][] values;
    final String[][] sources;

    Series() {
      values = new double[measureIndex.size()][2][];
      sources = new String[measureIndex.size()][2];
    }

    double[] row(int measure, int side) {
      return values[measure][side];
    }
  }

  /**
   * @param observations the observations of the focal actor's relations (as actor or partner)
   */
  public RawValues(Method method, Registry registry, List<Observation> observations, String focal) {
    this(method, registry, new PairLedgers(registry), observations, focal);
  }

  /** The same, with the registry's ledgers already indexed (when scoring many focal actors). */
  public RawValues(
      Method method,
      Registry registry,
      PairLedgers ledgers,
      List<Observation> observations,
      String focal) {
    registry
        .actors()
        .forEach(
            a -> {
              if (a.until() != null) ended.put(a.code(), a);
            });
    this.method = method;
    this.ledgers = ledgers;
    this.focal = focal;
    method
        .indicators()
        .forEach(
            i -> {
              if (!i.measure().startsWith("ledger:"))
                measureIndex.putIfAbsent(i.measure(), measureIndex.size());
            });
    method.stability().forEach(s -> measureIndex.putIfAbsent(s.measure(), measureIndex.size()));
    Map<String, IndicatorDefinition> defs = new HashMap<>();
    registry.indicators().forEach(d -> defs.put(d.id(), d));
    definitions = new IndicatorDefinition[measureIndex.size()];
    absentNotes = new String[measureIndex.size()];
    measureIndex.forEach(
        (m, k) -> {
          IndicatorDefinition d = defs.get(m);
          definitions[k] = d;
          if (d != null && d.absentMeansZero())
            absentNotes[k] = ABSENT + " (" + d.coveredFrom() + "-" + d.coveredTo() + "): zero";
        });
    int min = Integer.MAX_VALUE;
    int max = Integer.MIN_VALUE;
    for (Observation o : observations) {
      int y = o.period().earliest().getYear();
      min = Math.min(min, y);
      max = Math.max(max, y);
    }
    firstYear = min == Integer.MAX_VALUE ? 0 : min;
    years = min == Integer.MAX_VALUE ? 0 : max - min + 1;
    for (Observation o : observations) {
      if (o.period().precision() != DatePrecision.YEAR)
        continue; // monthly series are for stability
      Integer m = measureIndex.get(o.indicator());
      if (m == null) continue;
      boolean fromFocal = o.actor().equals(focal);
      if (!fromFocal && !o.partner().equals(focal)) continue;
      Series s = partners.computeIfAbsent(fromFocal ? o.partner() : o.actor(), k -> new Series());
      int side = fromFocal ? FROM_FOCAL : TO_FOCAL;
      if (s.values[m][side] == null) {
        s.values[m][side] = new double[years];
        Arrays.fill(s.values[m][side], Double.NaN);
      }
      s.values[m][side][o.period().earliest().getYear() - firstYear] = o.value();
      s.sources[m][side] = o.source();
    }
    for (String p : ledgers.partnersOf(focal)) partners.computeIfAbsent(p, k -> new Series());
    partners.remove(focal);
  }

  public PairLedgers ledgers() {
    return ledgers;
  }

  /** The years the observations span, oldest first (empty without observations). */
  public List<Integer> years() {
    List<Integer> out = new java.util.ArrayList<>();
    for (int y = firstYear; y < firstYear + years; y++) out.add(y);
    return out;
  }

  /**
   * Former states, by code: no partner in a year after they ended, whatever values the lookback
   * finds.
   */
  private final Map<String, org.entwine.actor.Actor> ended = new HashMap<>();

  /** partner -> indicator id -> raw value, for every partner in the reference set. */
  public Map<String, Map<String, RawValue>> values(int year) {
    Map<String, Map<String, RawValue>> out = new TreeMap<>();
    for (var e : partners.entrySet()) {
      String partner = e.getKey();
      if (ended.containsKey(partner) && !ended.get(partner).existsIn(year)) continue;
      Map<String, RawValue> values = new HashMap<>();
      var pair = ledgers.of(focal, partner);
      Map<String, Double> ledger =
          pair == PairLedgers.Pair.EMPTY ? Map.of() : LedgerMeasures.of(pair, focal, partner, year);
      boolean evidenced = false;
      for (MethodIndicator i : method.indicators()) {
        RawValue v;
        if (i.measure().startsWith("ledger:")) {
          Double x = ledger.get(i.measure());
          v =
              x == null
                  ? null
                  : new RawValue(
                      x, year, LEDGER, LedgerMeasures.ALL.getOrDefault(i.measure(), i.measure()));
        } else {
          v = observed(i, e.getValue(), partner, year);
        }
        if (v != null) {
          values.put(i.id(), v);
          // a zero filled in for sparse data does not bring a partner into the reference set on its
          // own
          evidenced |= v.note() == null || !v.note().startsWith(ABSENT);
        }
      }
      if (evidenced) out.put(partner, values);
    }
    if (method.partnersWithFrameworkOnly()) {
      LocalDate end = LocalDate.of(year, 12, 31);
      out.keySet()
          .removeIf(
              p -> ledgers.of(focal, p).frameworks().stream().noneMatch(f -> f.existsOn(end)));
    }
    return out;
  }

  /** partner -> stability measure -> volatility over its window ending in {@code year}. */
  public Map<String, Map<String, Double>> volatility(int year) {
    Map<String, Map<String, Double>> out = new TreeMap<>();
    for (var e : partners.entrySet()) {
      for (StabilityMeasure s : method.stability()) {
        int m = measureIndex.get(s.measure());
        double[] from =
            s.orientation() == Orientation.TO_FOCAL ? null : e.getValue().row(m, FROM_FOCAL);
        double[] to =
            s.orientation() == Orientation.FROM_FOCAL ? null : e.getValue().row(m, TO_FOCAL);
        if (from == null && to == null) continue;
        List<Double> series = new java.util.ArrayList<>();
        for (int y = Math.max(year - s.years() + 1, firstYear);
            y <= year && y - firstYear < years;
            y++) {
          double a = from == null ? Double.NaN : from[y - firstYear];
          double b = to == null ? Double.NaN : to[y - firstYear];
          double v =
              Double.isNaN(a)
                  ? b
                  : Double.isNaN(b) ? a : Math.max(a, b); // the larger when both exist
          if (!Double.isNaN(v)) series.add(s.log() ? Math.log1p(Math.max(0, v)) : v);
        }
        Double vol = org.entwine.indicator.Volatility.of(series);
        if (vol != null)
          out.computeIfAbsent(e.getKey(), p -> new HashMap<>()).put(s.measure(), vol);
      }
    }
    return out;
  }

  private RawValue observed(MethodIndicator i, Series s, String partner, int year) {
    int m = measureIndex.get(i.measure());
    RawValue from = i.orientation() == Orientation.TO_FOCAL ? null : latest(s, m, FROM_FOCAL, year);
    RawValue to = i.orientation() == Orientation.FROM_FOCAL ? null : latest(s, m, TO_FOCAL, year);
    RawValue v = from == null ? to : to == null ? from : (to.value() > from.value() ? to : from);
    if (v != null) return v;
    IndicatorDefinition d = definitions[m];
    if (absentNotes[m] == null || !d.covers(focal, partner)) return null;
    // Data that lists only what exists says "none" for every year it covers; within the lookback
    // the
    // latest covered year speaks, as a value would.
    int y = Math.min(year, d.coveredTo());
    if (y >= d.coveredFrom() && y >= year - method.lookbackYears()) {
      return new RawValue(
          0,
          y,
          d.sources().get(0),
          y == year
              ? absentNotes[m]
              : absentNotes[m]
                  + "; the latest year covered within "
                  + method.lookbackYears()
                  + " years: "
                  + y);
    }
    return null;
  }

  /** The value of the year, else the latest within the lookback. */
  private RawValue latest(Series s, int m, int side, int year) {
    double[] row = s.row(m, side);
    if (row == null) return null;
    for (int y = Math.min(year, firstYear + years - 1);
        y >= year - method.lookbackYears() && y >= firstYear;
        y--) {
      double v = row[y - firstYear];
      if (!Double.isNaN(v)) {
        return new RawValue(
            v,
            y,
            s.sources[m][side],
            y == year
                ? null
                : lookbackNotes.computeIfAbsent(
                    y, k -> "the latest value within " + method.lookbackYears() + " years: " + k));
      }
    }
    return null;
  }
}
