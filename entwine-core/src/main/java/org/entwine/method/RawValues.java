package org.entwine.method;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.entwine.actor.Actor;
import org.entwine.actor.ActorKind;
import org.entwine.evidence.IndicatorDefinition;
import org.entwine.evidence.Observation;
import org.entwine.registry.PairLedgers;
import org.entwine.registry.Registry;
import org.entwine.time.DatePrecision;

/**
 * The raw values a method's indicators take for a focal actor's partners as of the end of a year,
 * gathered from the observations and the ledgers. Each indicator takes its freshest value on or
 * before the year within its own lookback (a value older than that is missing, never stale), the
 * mean over its window of years where it has one, and where it has none, its bridged series scaled
 * over the two publishers' overlap. An organization partner takes values from its members' as the
 * method says per indicator, or has none. The reference set is every partner with at least one
 * value (or, if the method says so, every partner with a framework).
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

  /** Actors by code, for their kind and members. */
  private final Map<String, Actor> actors = new HashMap<>();

  /**
   * Former states, by code: no partner in a year after they ended, whatever values the lookback
   * finds.
   */
  private final Map<String, Actor> ended = new HashMap<>();

  /** One partner's values: [measure][side][year - firstYear], and the source of each value. */
  private final class Series {
    final double[][][] values;
    final String[][][] sources;

    Series() {
      values = new double[measureIndex.size()][2][];
      sources = new String[measureIndex.size()][2][];
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
              actors.put(a.code(), a);
              if (a.until() != null) ended.put(a.code(), a);
            });
    this.method = method;
    this.ledgers = ledgers;
    this.focal = focal;
    method
        .indicators()
        .forEach(
            i -> {
              if (i.kind() == MeasureKind.LEDGER) return;
              measureIndex.putIfAbsent(i.measure(), measureIndex.size());
              if (i.bridge() != null) measureIndex.putIfAbsent(i.bridge(), measureIndex.size());
            });
    // the event record's stability measures come from the relation-months, not from observations
    method.stability().stream()
        .filter(s -> s.kind() == MeasureKind.DATASET)
        .forEach(s -> measureIndex.putIfAbsent(s.measure(), measureIndex.size()));
    for (Baselines.Series b :
        List.of(method.baselines().trade(), method.baselines().partnerShare())) {
      measureIndex.putIfAbsent(b.measure(), measureIndex.size());
      if (b.bridge() != null) measureIndex.putIfAbsent(b.bridge(), measureIndex.size());
    }
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
      int at = o.period().earliest().getYear() - firstYear;
      put(s, m, fromFocal ? FROM_FOCAL : TO_FOCAL, at, o);
      // a measure of the pair reads the same from either side (stored once, in the codes' order)
      if (definitions[m] != null && !definitions[m].directed())
        put(s, m, fromFocal ? TO_FOCAL : FROM_FOCAL, at, o);
    }
    for (String p : ledgers.partnersOf(focal)) partners.computeIfAbsent(p, k -> new Series());
    partners.remove(focal);
  }

  private void put(Series s, int m, int side, int at, Observation o) {
    if (s.values[m][side] == null) {
      s.values[m][side] = new double[years];
      s.sources[m][side] = new String[years];
      Arrays.fill(s.values[m][side], Double.NaN);
    }
    s.values[m][side][at] = o.value();
    s.sources[m][side][at] = o.source();
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

  /** partner -> indicator id -> raw value, for every partner in the reference set. */
  public Map<String, Map<String, RawValue>> values(int year) {
    Map<String, Map<String, RawValue>> out = new TreeMap<>();
    LocalDate end = LocalDate.of(year, 12, 31);
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
        if (i.kind() == MeasureKind.LEDGER) {
          Double x = ledger.get(i.measure());
          v =
              x == null
                  ? null
                  : new RawValue(
                      x, year, LEDGER, LedgerMeasures.ALL.getOrDefault(i.measure(), i.measure()));
        } else {
          v = observed(i, e.getValue(), partner, year);
          if (v == null && i.organizations() != Aggregate.NONE) v = fromMembers(i, partner, end);
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
      out.keySet()
          .removeIf(
              p -> ledgers.of(focal, p).frameworks().stream().noneMatch(f -> f.existsOn(end)));
    }
    return out;
  }

  /**
   * One observation series read alone as an indicator would read it (its lookback and bridge), for
   * every partner with a value: what the validation's baselines (trade alone) are measured with.
   */
  public Map<String, RawValue> series(Baselines.Series series, Orientation orientation, int year) {
    Map<String, RawValue> out = new TreeMap<>();
    if (!measureIndex.containsKey(series.measure())
        || (series.bridge() != null && !measureIndex.containsKey(series.bridge()))) return out;
    MethodIndicator reading =
        new MethodIndicator(
            "series",
            series.measure(),
            MeasureKind.of(series.measure()),
            Pillar.INTERESTS,
            Side.DE_FACTO,
            orientation,
            true,
            false,
            1,
            null,
            "a series read alone",
            null,
            series.lookback(),
            1,
            series.bridge(),
            Aggregate.NONE);
    partners.forEach(
        (p, s) -> {
          if (ended.containsKey(p) && !ended.get(p).existsIn(year)) return;
          RawValue v = observed(reading, s, p, year);
          if (v != null && (v.note() == null || !v.note().startsWith(ABSENT))) out.put(p, v);
        });
    return out;
  }

  /** partner -> stability measure -> volatility over its window ending in {@code year}. */
  public Map<String, Map<String, Double>> volatility(int year) {
    Map<String, Map<String, Double>> out = new TreeMap<>();
    for (var e : partners.entrySet()) {
      for (StabilityMeasure s : method.stability()) {
        if (s.kind() != MeasureKind.DATASET) continue;
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
    RawValue from =
        i.orientation() == Orientation.TO_FOCAL ? null : freshest(i, s, FROM_FOCAL, year);
    RawValue to = i.orientation() == Orientation.FROM_FOCAL ? null : freshest(i, s, TO_FOCAL, year);
    RawValue v = from == null ? to : to == null ? from : (to.value() > from.value() ? to : from);
    int m = measureIndex.get(i.measure());
    IndicatorDefinition d = definitions[m];
    if (absentNotes[m] == null || !d.covers(focal, partner) || !speaksFor(d, partner)) return v;
    // Data that lists only what exists says "none" for every year it covers; within the lookback
    // the latest covered year speaks, as a value would, and a later year of none is fresher than
    // an earlier value (a treaty that ended).
    int lookback = i.lookbackOr(method.lookbackYears());
    int y = Math.min(year, d.coveredTo());
    if (v != null && v.year() >= y) return v;
    if (y >= d.coveredFrom() && y >= year - lookback) {
      return new RawValue(
          0,
          y,
          d.sources().get(0),
          y == year
              ? absentNotes[m]
              : absentNotes[m] + "; the latest year covered within " + lookback + " years: " + y);
    }
    return v;
  }

  /**
   * Whether data that lists only what exists speaks for the partner: it lists states, so a partner
   * of another kind (the European Union) is not covered unless the data says it is.
   */
  private boolean speaksFor(IndicatorDefinition d, String partner) {
    Actor a = actors.get(partner);
    return a == null || a.kind() == ActorKind.STATE || d.coversOrganizations();
  }

  /**
   * The freshest value of the indicator's series on one side within its lookback (the mean over its
   * window of years where it has one), else its bridged series' scaled by the pair's ratio of the
   * two over their overlap years.
   */
  private RawValue freshest(MethodIndicator i, Series s, int side, int year) {
    int lookback = i.lookbackOr(method.lookbackYears());
    int m = measureIndex.get(i.measure());
    RawValue own = freshest(s, m, side, year, lookback, i.years());
    if (own != null || i.bridge() == null) return own;
    int b = measureIndex.get(i.bridge());
    RawValue older = freshest(s, b, side, year, lookback, i.years());
    if (older == null) return null;
    Bridge ratio = ratio(s, m, b, side);
    if (ratio == null && hasAny(s.row(m, side))) return null; // no overlap: never spliced blind
    if (ratio == null) {
      // the measure itself has no value for the pair at all: the older series stands alone
      String alone =
          i.bridge() + " alone (" + i.measure() + " has no value for the pair in any year)";
      return new RawValue(
          older.value(),
          older.year(),
          older.source(),
          older.note() == null ? alone : alone + "; " + older.note());
    }
    String note =
        String.format(
            java.util.Locale.ROOT,
            "%s x %.3f, the pair's ratio of %s to it over %d overlap years (%d-%d)%s",
            i.bridge(),
            ratio.ratio(),
            i.measure(),
            ratio.years(),
            ratio.from(),
            ratio.to(),
            older.note() == null ? "" : "; " + older.note());
    return new RawValue(older.value() * ratio.ratio(), older.year(), older.source(), note);
  }

  private static boolean hasAny(double[] row) {
    if (row == null) return false;
    for (double v : row) if (!Double.isNaN(v)) return true;
    return false;
  }

  /** The ratio of two series of the same quantity over the years both have a value above zero. */
  private record Bridge(double ratio, int years, int from, int to) {}

  private Bridge ratio(Series s, int measure, int bridge, int side) {
    double[] a = s.row(measure, side);
    double[] b = s.row(bridge, side);
    if (a == null || b == null) return null;
    List<Double> ratios = new java.util.ArrayList<>();
    int from = 0;
    int to = 0;
    for (int k = 0; k < years; k++) {
      if (a[k] > 0 && b[k] > 0) {
        ratios.add(a[k] / b[k]);
        if (from == 0) from = firstYear + k;
        to = firstYear + k;
      }
    }
    if (ratios.isEmpty()) return null;
    return new Bridge(org.entwine.indicator.Medians.of(ratios), ratios.size(), from, to);
  }

  /**
   * The freshest year's value within the lookback, or the mean of the {@code window} years ending
   * with it (each within the lookback too).
   */
  private RawValue freshest(Series s, int m, int side, int year, int lookback, int window) {
    double[] row = s.row(m, side);
    if (row == null) return null;
    int oldest = Math.max(year - lookback, firstYear);
    for (int y = Math.min(year, firstYear + years - 1); y >= oldest; y--) {
      double v = row[y - firstYear];
      if (Double.isNaN(v)) continue;
      String source = s.sources[m][side][y - firstYear];
      if (window == 1) {
        return new RawValue(
            v,
            y,
            source,
            y == year ? null : "the latest value within " + lookback + " years: " + y);
      }
      double sum = 0;
      int n = 0;
      int first = y;
      for (int x = y; x > y - window && x >= oldest; x--) {
        double w = row[x - firstYear];
        if (Double.isNaN(w)) continue;
        sum += w;
        n++;
        first = x;
      }
      return new RawValue(
          sum / n,
          y,
          source,
          n == 1
              ? "the value of " + y + " alone (no other year within " + lookback + " years)"
              : "the mean of " + n + " years, " + first + "-" + y);
    }
    return null;
  }

  /**
   * An organization's value from its members' on the date: their sum, or the largest, as the method
   * says; missing unless every member has a value (a sum over some members would understate it).
   */
  private RawValue fromMembers(MethodIndicator i, String organization, LocalDate day) {
    Actor org = actors.get(organization);
    if (org == null || org.kind() == ActorKind.STATE) return null;
    List<String> members = org.membersOn(day);
    if (members.isEmpty() || members.contains(focal)) return null;
    double total = 0;
    double max = Double.NEGATIVE_INFINITY;
    int oldest = Integer.MAX_VALUE;
    String source = null;
    for (String member : members) {
      Series s = partners.get(member);
      RawValue v = s == null ? null : observed(i, s, member, day.getYear());
      if (v == null) return null;
      total += v.value();
      max = Math.max(max, v.value());
      oldest = Math.min(oldest, v.year());
      if (source == null) source = v.source();
    }
    boolean sum = i.organizations() == Aggregate.SUM;
    return new RawValue(
        sum ? total : max,
        oldest,
        source,
        (sum ? "the sum of its " : "the largest of its ")
            + members.size()
            + " members' values (the oldest from "
            + oldest
            + ")");
  }
}
