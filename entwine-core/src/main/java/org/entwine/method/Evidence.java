package org.entwine.method;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.entwine.evidence.IndicatorDefinition;
import org.entwine.evidence.Observation;
import org.entwine.registry.Registry;
import org.entwine.time.DatePrecision;

/**
 * The raw values a method's indicators take for a focal actor's partners in a year, gathered from
 * the observations (within the method's lookback) and the ledgers. The reference set is every partner
 * with at least one value (or, if the method says so, every partner with a framework).
 */
public final class Evidence {
  private final Method method;
  private final Registry registry;
  private final Map<String, IndicatorDefinition> definitions = new HashMap<>();
  /** indicator|actor|partner -> year -> observation */
  private final Map<String, NavigableMap<Integer, Observation>> series = new HashMap<>();
  private final String focal;
  private static final String ABSENT = "not in the data, which lists only what exists";

  /** @param observations the observations of the focal actor's relations (as actor or partner) */
  public Evidence(Method method, Registry registry, List<Observation> observations, String focal) {
    this.method = method;
    this.registry = registry;
    this.focal = focal;
    registry.indicators().forEach(d -> definitions.put(d.id(), d));
    for (Observation o : observations) {
      if (o.period().precision() != DatePrecision.YEAR) continue; // monthly series are for stability
      series.computeIfAbsent(o.indicator() + "|" + o.actor() + "|" + o.partner(), k -> new TreeMap<>())
          .put(o.period().earliest().getYear(), o);
    }
  }

  /** partner -> indicator id -> raw value, for every partner in the reference set. */
  public Map<String, Map<String, RawValue>> values(int year) {
    Map<String, Map<String, RawValue>> out = new TreeMap<>();
    for (String partner : partners(year)) {
      Map<String, RawValue> values = new HashMap<>();
      Map<String, Double> ledger = LedgerMeasures.of(registry, focal, partner, year);
      for (MethodIndicator i : method.indicators()) {
        RawValue v = i.measure().startsWith("ledger:")
            ? (ledger.containsKey(i.measure()) ? new RawValue(ledger.get(i.measure()), year, "ledger",
                LedgerMeasures.ALL.getOrDefault(i.measure(), i.measure())) : null)
            : observed(i, partner, year);
        if (v != null) values.put(i.id(), v);
      }
      // A zero filled in for sparse data does not bring a partner into the reference set on its own.
      boolean evidenced = values.values().stream().anyMatch(v -> v.note() == null || !v.note().startsWith(ABSENT));
      if (evidenced) out.put(partner, values);
    }
    if (method.partnersWithFrameworkOnly()) {
      LocalDate end = LocalDate.of(year, 12, 31);
      out.keySet().removeIf(p -> registry.frameworks().stream()
          .noneMatch(f -> f.involves(focal) && f.involves(p) && f.existsOn(end)));
    }
    return out;
  }

  /** Every actor the focal actor has any observation or ledger record with. */
  private TreeSet<String> partners(int year) {
    TreeSet<String> p = new TreeSet<>();
    for (String key : series.keySet()) {
      String[] k = key.split("\\|");
      p.add(k[1].equals(focal) ? k[2] : k[1]);
    }
    registry.frameworks().stream().filter(f -> f.involves(focal)).forEach(f -> p.add(f.partnerOf(focal)));
    registry.documents().forEach(d -> { if (d.parties().contains(focal)) p.addAll(d.parties()); });
    registry.mechanisms().forEach(m -> { if (m.parties().contains(focal)) p.addAll(m.parties()); });
    registry.projects().forEach(m -> { if (m.parties().contains(focal)) p.addAll(m.parties()); });
    registry.contacts().forEach(c -> {
      if (c.from().equals(focal)) p.add(c.to());
      if (c.to().equals(focal)) p.add(c.from());
    });
    p.remove(focal);
    return p;
  }

  private RawValue observed(MethodIndicator i, String partner, int year) {
    RawValue from = i.orientation() == Orientation.TO_FOCAL ? null : latest(i.measure(), focal, partner, year);
    RawValue to = i.orientation() == Orientation.FROM_FOCAL ? null : latest(i.measure(), partner, focal, year);
    RawValue v = from == null ? to : to == null ? from : (to.value() > from.value() ? to : from);
    if (v != null) return v;
    IndicatorDefinition d = definitions.get(i.measure());
    if (d != null && d.absentMeansZero() && d.coveredFrom() != null && year >= d.coveredFrom() && year <= d.coveredTo()) {
      return new RawValue(0, year, d.sources().get(0),
          ABSENT + " (" + d.coveredFrom() + "-" + d.coveredTo() + "): zero");
    }
    return null;
  }

  private RawValue latest(String measure, String actor, String partner, int year) {
    NavigableMap<Integer, Observation> s = series.get(measure + "|" + actor + "|" + partner);
    if (s == null) return null;
    var e = s.floorEntry(year);
    if (e == null || e.getKey() < year - method.lookbackYears()) return null;
    return new RawValue(e.getValue().value(), e.getKey(), e.getValue().source(),
        e.getKey() == year ? null : "the latest value within " + method.lookbackYears() + " years: " + e.getKey());
  }
}
