package org.entwine.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.entwine.events.EventEvidence;
import org.entwine.events.RelationMonth;
import org.entwine.evidence.Observation;
import org.entwine.method.DepthScorer;
import org.entwine.method.Method;
import org.entwine.method.RawValue;
import org.entwine.method.RawValues;
import org.entwine.method.Score;
import org.entwine.method.ScoringRules;
import org.entwine.registry.ObservationQuery;
import org.entwine.registry.Registry;
import org.entwine.storage.Store;
import org.entwine.time.Month;

/** Gathers a focal actor's evidence from the store and scores its partners for a year. */
public final class Scoring {
  private final Method method;

  /**
   * What scoring reads: the stored registry without its illustrative records, unless they were
   * asked for.
   */
  private final Registry registry;

  /** The illustrative records: how many the store holds, and whether this scoring used them. */
  private final org.entwine.registry.Illustrative.Evidence illustrative;

  private final String focal;
  private final int year;
  private final List<Score> scores;
  private final Map<String, Map<String, RawValue>> values;

  /** partner -> stability measure -> volatility, and partner -> stability 0-100 */
  private final Map<String, Map<String, Double>> volatility;

  private final Map<String, Double> stability;

  /** partner -> what the event record says of the relation (empty without events loaded) */
  private final Map<String, EventEvidence.Relation> events;

  /** the event dataset read ("gdelt" or "icews"), null if none is loaded */
  private final String eventDataset;

  /** the months of the event window */
  private final Month eventsFrom;

  private final Month eventsTo;
  private final String eventsLatest;

  /**
   * the focal actor's relation-months in the event window, both directions (empty without events
   * loaded)
   */
  private final List<RelationMonth> eventMonths;

  private final java.util.SortedMap<Month, String> eventGaps;

  /**
   * The observations scoring read: the focal actor's, illustrative ones left out unless asked for.
   */
  private final List<Observation> observations;

  private final RawValues evidence;

  public Method method() {
    return method;
  }

  /**
   * What scoring reads: the stored registry without its illustrative records, unless they were
   * asked for.
   */
  public Registry registry() {
    return registry;
  }

  /** The illustrative records: how many the store holds, and whether this scoring used them. */
  public org.entwine.registry.Illustrative.Evidence illustrative() {
    return illustrative;
  }

  public String focal() {
    return focal;
  }

  /** The year scored. */
  public int year() {
    return year;
  }

  /**
   * Every partner's score in the year: ranked partners first, deepest first; those on thin evidence
   * after them.
   */
  public List<Score> scores() {
    return scores;
  }

  /** partner -> indicator -> raw value, in the year scored */
  public Map<String, Map<String, RawValue>> values() {
    return values;
  }

  /** partner -> stability measure -> volatility */
  public Map<String, Map<String, Double>> volatility() {
    return volatility;
  }

  /** partner -> stability, 0-100 */
  public Map<String, Double> stability() {
    return stability;
  }

  /** partner -> what the event record says of the relation (empty without events loaded) */
  public Map<String, EventEvidence.Relation> events() {
    return events;
  }

  /** The event dataset read ("gdelt" or "icews"), null if none is loaded. */
  public String eventDataset() {
    return eventDataset;
  }

  /**
   * The period of the latest file of the event dataset loaded ("2019-10-24 14:30 UTC", or a month),
   * or null when its files are not recorded: how fresh the event evidence is.
   */
  public String eventsLatest() {
    return eventsLatest;
  }

  /** The first month of the event window. */
  public Month eventsFrom() {
    return eventsFrom;
  }

  /** The last month of the event window. */
  public Month eventsTo() {
    return eventsTo;
  }

  /**
   * The focal actor's relation-months in the event window, both directions (empty without events
   * loaded).
   */
  public List<RelationMonth> eventMonths() {
    return eventMonths;
  }

  /**
   * The months of the event window whose files are not all loaded, with why: the event evidence
   * leaves them out (empty where the dataset's files do not name their months).
   */
  public java.util.SortedMap<Month, String> eventGaps() {
    return eventGaps;
  }

  /**
   * The observations scoring read: the focal actor's, illustrative ones left out unless asked for.
   */
  public List<Observation> observations() {
    return observations;
  }

  /** The level of each partner's framework on {@code day} (partners without one are absent). */
  public java.util.Map<String, org.entwine.framework.Level> levelsOn(java.time.LocalDate day) {
    return org.entwine.registry.Portfolio.pairLevels(registry, focal, day);
  }

  /** The registry's ledgers indexed by pair (built once, with the evidence). */
  public org.entwine.registry.PairLedgers ledgers() {
    return evidence.ledgers();
  }

  /**
   * The partners whose evidence clears the method's coverage floor, deepest first: those ranked.
   */
  public List<Score> ranked() {
    return scores.stream().filter(x -> !x.thin()).toList();
  }

  /** The ids of the ranked partners. */
  public java.util.Set<String> rankedPartners() {
    java.util.Set<String> out = new java.util.HashSet<>();
    ranked().forEach(x -> out.add(x.partner()));
    return out;
  }

  /**
   * Every partner's score in another year, by the same method and evidence (for depth over time).
   */
  public List<Score> scoresIn(int otherYear) {
    return DepthScorer.score(
        method, evidence.ledgers(), evidence.values(otherYear), focal, otherYear);
  }

  /**
   * The binding treaties in force with a partner in the year scored, as the datasets the method
   * reads record them (a value above zero of an ATOP, DCAD, DESTA or UNCTAD series), each with its
   * year.
   */
  public List<org.entwine.trust.Reason> treatiesInForce(String partner) {
    return ScoringRules.treatiesInForce(method, values.getOrDefault(partner, Map.of()));
  }

  /** The raw values of every partner in another year, by the same method and evidence. */
  public java.util.Map<String, java.util.Map<String, org.entwine.method.RawValue>> valuesIn(
      int otherYear) {
    return otherYear == year ? values : evidence.values(otherYear);
  }

  /**
   * One observation series read for every partner as the method reads it (its lookback and bridge),
   * in another year: what the validation's baselines are.
   */
  public java.util.Map<String, RawValue> series(
      org.entwine.method.Baselines.Series series,
      org.entwine.method.Orientation orientation,
      int otherYear) {
    return evidence.series(series, orientation, otherYear);
  }

  /**
   * How old the evidence of the year scored is: each source's freshest year, the partners' ages.
   */
  public org.entwine.method.Vintage vintage() {
    return org.entwine.method.Vintage.of(
        scores, year, method.indicators().stream().map(i -> i.id()).toList());
  }

  /** The years the focal actor's observations cover, oldest first. */
  public java.util.List<Integer> yearsCovered() {
    return evidence.years();
  }

  /** The depth of every partner in another year, by the same method (for trends). */
  public java.util.Map<String, Double> depthsIn(int otherYear) {
    return DepthScorer.depths(method, evidence.values(otherYear));
  }

  /**
   * The focal actor's partners scored as of the end of {@code year} (null: this year), each
   * indicator at its freshest within its lookback.
   */
  public static Scoring of(Store store, Method method, String typedActor, Integer year) {
    return of(store, method, typedActor, year, null, false);
  }

  /**
   * @param latest the year scored when {@code year} is null: the year of the date asked for (null:
   *     this year)
   * @param includeIllustrative whether records citing an illustrative source enter the scores
   */
  public static Scoring of(
      Store store,
      Method method,
      String typedActor,
      Integer year,
      Integer latest,
      boolean includeIllustrative) {
    return of(store, store.load(), method, typedActor, year, latest, includeIllustrative);
  }

  /**
   * The same, on the store's registry as already read ({@code stored}: a server keeps it between
   * writes). What it reads from the store (the focal actor's observations and event months) is read
   * here; the scoring itself is computed from what was read.
   */
  public static Scoring of(
      Store store,
      Registry stored,
      Method method,
      String typedActor,
      Integer year,
      Integer latest,
      boolean includeIllustrative) {
    var split = org.entwine.registry.Illustrative.of(stored, includeIllustrative);
    Registry registry = split.registry();
    String focal = Actors.resolve(registry, typedActor);
    List<Observation> all = new ArrayList<>();
    store.observations(ObservationQuery.of(focal, ScoringRules.series(method)), all::add);
    var illustrative = split.counting(all);
    List<Observation> observations = illustrative.scored(all);
    RawValues evidence = new RawValues(method, registry, observations, focal);
    int scored = ScoringRules.year(year, latest, java.time.LocalDate.now());
    String eventDataset = EventSeries.preferred(store.eventDatasets());
    ScoringRules.EventWindow window = ScoringRules.eventWindow(method, scored);
    List<RelationMonth> months =
        eventDataset == null
            ? List.of()
            : store.eventMonthsWith(eventDataset, focal, window.from(), window.to());
    // the window's months whose files are not all loaded: left out, not read as fewer events
    java.util.Collection<org.entwine.events.EventFile> files =
        eventDataset == null ? List.of() : store.eventFiles(eventDataset).values();
    java.util.SortedMap<Month, String> gaps =
        org.entwine.events.FileCoverage.gaps(
            org.entwine.events.FileCoverage.of(files), window.from(), window.to());
    return new Scoring(
        method,
        registry,
        illustrative,
        focal,
        scored,
        observations,
        evidence,
        eventDataset,
        window,
        Freshness.latest(files),
        months,
        gaps);
  }

  private Scoring(
      Method method,
      Registry registry,
      org.entwine.registry.Illustrative.Evidence illustrative,
      String focal,
      int year,
      List<Observation> observations,
      RawValues evidence,
      String eventDataset,
      ScoringRules.EventWindow window,
      String eventsLatest,
      List<RelationMonth> eventMonths,
      java.util.SortedMap<Month, String> eventGaps) {
    this.eventsLatest = eventsLatest;
    this.method = method;
    this.registry = registry;
    this.illustrative = illustrative;
    this.focal = focal;
    this.year = year;
    this.observations = List.copyOf(observations);
    this.evidence = evidence;
    this.eventDataset = eventDataset;
    this.eventsFrom = window.from();
    this.eventsTo = window.to();
    this.eventMonths = List.copyOf(eventMonths);
    this.eventGaps = java.util.Collections.unmodifiableSortedMap(eventGaps);
    this.values = java.util.Collections.unmodifiableMap(evidence.values(year));
    this.events =
        eventDataset == null
            ? Map.of()
            : java.util.Collections.unmodifiableMap(
                ScoringRules.eventEvidence(method, focal, eventMonths, window, eventGaps.keySet()));
    this.volatility = ScoringRules.volatility(method, evidence.volatility(year), events);
    this.stability =
        java.util.Collections.unmodifiableMap(
            org.entwine.method.Stability.scores(method, method.normalization(), volatility));
    this.scores =
        DepthScorer.score(method, evidence.ledgers(), values, focal, year).stream()
            .sorted(ScoringRules.RANKING)
            .toList();
  }
}
