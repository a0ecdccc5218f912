package org.entwine.method;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.entwine.source.Ids;

/**
 * A scoring method, read from a versioned file the analyst can change. Every result records the
 * method's id, version and hash.
 *
 * @param lookbackYears how many years back a missing value may be taken from (0: only the year
 *     itself); the explanation says which year each value is from
 * @param partnersWithFrameworkOnly true: the reference set is the focal actor's partners with a
 *     framework; false (default): every actor with any evidence with the focal actor that year
 * @param pillarWeights the pillars' weights in the depth index
 * @param areas the cooperation areas width counts
 * @param stability the series whose swings measure stability
 * @param alternatives what the sensitivity analysis varies
 * @param trust the thresholds of the degrees of confidence and of "more cooperation"
 * @param priorities named groups of partners to put first (the papers: big powers and ASEAN); a
 *     group lists its members, or names an actor whose members it is
 * @param minimumCoverage a partner whose values cover less than this share of the common evidence
 *     (the indicators with values for at least half of the reference set) rests on thin evidence:
 *     it is listed apart, never ranked among the rest (0: no floor)
 * @param baselines what the depth is validated beside (trade alone, the partner's size alone)
 * @param hash SHA-256 of the method file, as read
 */
public record Method(
    String id,
    int version,
    String description,
    Normalization normalization,
    Aggregation aggregation,
    int lookbackYears,
    boolean partnersWithFrameworkOnly,
    Map<Pillar, Double> pillarWeights,
    List<MethodIndicator> indicators,
    List<String> areas,
    List<StabilityMeasure> stability,
    Alternatives alternatives,
    org.entwine.trust.TrustThresholds trust,
    List<PriorityGroup> priorities,
    double minimumCoverage,
    Baselines baselines,
    String hash) {

  public Method {
    Ids.require(id, "a method id");
    if (version < 1) throw new IllegalArgumentException("version must be 1 or more");
    Objects.requireNonNull(normalization, "normalization");
    Objects.requireNonNull(aggregation, "aggregation");
    if (lookbackYears < 0) throw new IllegalArgumentException("lookbackYears cannot be negative");
    Map<Pillar, Double> w = new EnumMap<>(Pillar.class);
    for (Pillar p : Pillar.values()) {
      double v = pillarWeights == null ? 1.0 : pillarWeights.getOrDefault(p, 1.0);
      if (!(v > 0)) throw new IllegalArgumentException("the weight of " + p + " must be above 0");
      w.put(p, v);
    }
    // in the pillars' order: Map.copyOf's order changes from one JVM to the next, and what iterates
    // it must not
    pillarWeights = java.util.Collections.unmodifiableMap(w);
    indicators = List.copyOf(indicators);
    if (indicators.isEmpty())
      throw new IllegalArgumentException("a method needs at least one indicator");
    var ids = new HashSet<String>();
    for (MethodIndicator i : indicators) {
      if (!ids.add(i.id()))
        throw new IllegalArgumentException("indicator '" + i.id() + "' is defined twice");
    }
    areas = areas == null ? List.of() : List.copyOf(areas);
    stability = stability == null ? List.of() : List.copyOf(stability);
    if (alternatives == null) alternatives = Alternatives.defaults();
    if (trust == null) trust = org.entwine.trust.TrustThresholds.defaults();
    priorities = priorities == null ? List.of() : List.copyOf(priorities);
    if (baselines == null) baselines = Baselines.defaults();
    if (!(minimumCoverage >= 0 && minimumCoverage < 1)) {
      throw new IllegalArgumentException(
          "minimumCoverage is a share of the weight from 0 to below 1, got " + minimumCoverage);
    }
  }

  /** A method without a coverage floor. */
  public Method(
      String id,
      int version,
      String description,
      Normalization normalization,
      Aggregation aggregation,
      int lookbackYears,
      boolean partnersWithFrameworkOnly,
      Map<Pillar, Double> pillarWeights,
      List<MethodIndicator> indicators,
      List<String> areas,
      List<StabilityMeasure> stability,
      Alternatives alternatives,
      org.entwine.trust.TrustThresholds trust,
      List<PriorityGroup> priorities,
      String hash) {
    this(
        id,
        version,
        description,
        normalization,
        aggregation,
        lookbackYears,
        partnersWithFrameworkOnly,
        pillarWeights,
        indicators,
        areas,
        stability,
        alternatives,
        trust,
        priorities,
        0,
        null,
        hash);
  }

  /** A method without its own baselines (the defaults). */
  public Method(
      String id,
      int version,
      String description,
      Normalization normalization,
      Aggregation aggregation,
      int lookbackYears,
      boolean partnersWithFrameworkOnly,
      Map<Pillar, Double> pillarWeights,
      List<MethodIndicator> indicators,
      List<String> areas,
      List<StabilityMeasure> stability,
      Alternatives alternatives,
      org.entwine.trust.TrustThresholds trust,
      List<PriorityGroup> priorities,
      double minimumCoverage,
      String hash) {
    this(
        id,
        version,
        description,
        normalization,
        aggregation,
        lookbackYears,
        partnersWithFrameworkOnly,
        pillarWeights,
        indicators,
        areas,
        stability,
        alternatives,
        trust,
        priorities,
        minimumCoverage,
        null,
        hash);
  }

  /** Whether a coverage rests on thin evidence by this method's floor. */
  public boolean isThin(double coverage) {
    return coverage < minimumCoverage;
  }

  /** The same method with another normalization, aggregation and weights: one sensitivity run. */
  public Method with(
      Normalization n,
      Aggregation a,
      Map<Pillar, Double> pillarWeights,
      List<MethodIndicator> reweighted) {
    return new Method(
        id,
        version,
        description,
        n,
        a,
        lookbackYears,
        partnersWithFrameworkOnly,
        pillarWeights,
        reweighted,
        areas,
        stability,
        alternatives,
        trust,
        priorities,
        minimumCoverage,
        baselines,
        hash);
  }
}
