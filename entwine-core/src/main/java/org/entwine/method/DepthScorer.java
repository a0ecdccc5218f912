package org.entwine.method;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entwine.framework.Framework;
import org.entwine.framework.FrameworkStatus;
import org.entwine.framework.LevelChange;
import org.entwine.registry.PairLedgers;
import org.entwine.registry.Registry;

/**
 * Scores every partner in the reference set, the way the composite-indicator literature builds an
 * index: transform, normalize over the reference set, weight, reweight for what is missing,
 * aggregate. The framework's level is never an input to depth, so label and substance can be
 * compared.
 */
public final class DepthScorer {
  private DepthScorer() {}

  public static List<Score> score(
      Method m,
      Registry registry,
      Map<String, Map<String, RawValue>> values,
      String focal,
      int year) {
    return score(m, new PairLedgers(registry), values, focal, year);
  }

  public static List<Score> score(
      Method m,
      PairLedgers ledgers,
      Map<String, Map<String, RawValue>> values,
      String focal,
      int year) {
    List<String> uninformative = new ArrayList<>();
    Map<String, Map<String, Double>> normalized = normalize(m, values, uninformative);
    java.util.Set<String> common = common(m, values);
    List<Score> out = new ArrayList<>();
    for (String p : values.keySet()) {
      out.add(
          scoreOne(
              m, ledgers, focal, p, year, values.get(p), normalized.get(p), uninformative, common));
    }
    return out;
  }

  /**
   * The common evidence: the indicators with values for at least half of the reference set. The
   * coverage floor is judged on them, so that measures recorded for a few pairs only (a ledger, one
   * country's visits) neither hide a partner nor lift it.
   */
  static java.util.Set<String> common(Method m, Map<String, Map<String, RawValue>> values) {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (MethodIndicator i : m.indicators()) {
      long have = values.values().stream().filter(v -> v.containsKey(i.id())).count();
      if (have > 0 && 2 * have >= values.size()) out.add(i.id());
    }
    return out;
  }

  /**
   * How much evidence a year holds: the partners' coverages summed, each the pillar-weighted share
   * of the method's weight it has values for. A year of thin data (a dataset's last sliver) holds
   * little.
   */
  public static double evidence(Method m, Map<String, Map<String, RawValue>> values) {
    java.util.Set<String> all = new java.util.HashSet<>();
    m.indicators().forEach(i -> all.add(i.id()));
    return values.values().stream().mapToDouble(raw -> commonCoverage(m, raw, all)).sum();
  }

  /**
   * The pillar-weighted share of the given indicators' weight the partner has values for; 0 without
   * them.
   */
  static double commonCoverage(Method m, Map<String, RawValue> raw, java.util.Set<String> common) {
    Map<Pillar, double[]> w = new EnumMap<>(Pillar.class);
    for (MethodIndicator i : m.indicators()) {
      if (!common.contains(i.id())) continue;
      double[] x = w.computeIfAbsent(i.pillar(), k -> new double[2]);
      x[0] += i.weight();
      if (raw.containsKey(i.id())) x[1] += i.weight();
    }
    double total = 0;
    double have = 0;
    for (var e : w.entrySet()) {
      double pw = m.pillarWeights().get(e.getKey());
      total += pw;
      have += pw * e.getValue()[1] / e.getValue()[0];
    }
    return total == 0 ? 0 : have / total;
  }

  /** The depth index alone, for each partner: the fast path sensitivity runs take. */
  public static Map<String, Double> depths(Method m, Map<String, Map<String, RawValue>> values) {
    Map<String, Map<String, Double>> normalized = normalize(m, values, new ArrayList<>());
    Map<String, Double> out = new HashMap<>();
    normalized.forEach((p, norm) -> out.put(p, aggregate(m, pillarScores(m, norm), null)));
    return out;
  }

  /** Normalized score per partner and indicator over the reference set (direction applied). */
  static Map<String, Map<String, Double>> normalize(
      Method m, Map<String, Map<String, RawValue>> values, List<String> uninformative) {
    List<String> partners = new ArrayList<>(values.keySet());
    Map<String, Map<String, Double>> normalized = new HashMap<>();
    partners.forEach(p -> normalized.put(p, new HashMap<>()));
    for (MethodIndicator i : m.indicators()) {
      List<String> have = partners.stream().filter(p -> values.get(p).containsKey(i.id())).toList();
      double[] x =
          have.stream().mapToDouble(p -> i.transform(values.get(p).get(i.id()).value())).toArray();
      Double target = i.target() == null ? null : i.transform(i.target());
      double[] s = Normalizer.normalize(m.normalization(), x, target);
      if (s == null) { // constant over the reference set: no information this year
        if (!have.isEmpty()) uninformative.add(i.id());
        continue;
      }
      for (int k = 0; k < have.size(); k++) {
        normalized.get(have.get(k)).put(i.id(), i.positive() ? s[k] : 100 - s[k]);
      }
    }
    return normalized;
  }

  /**
   * Each pillar's score (weighted mean of its indicators with values); pillars with none are
   * absent.
   */
  static Map<Pillar, Double> pillarScores(Method m, Map<String, Double> norm) {
    return scoresOf(pillars(m, norm));
  }

  private static Map<Pillar, Double> scoresOf(Map<Pillar, PillarScore> pillars) {
    Map<Pillar, Double> out = new EnumMap<>(Pillar.class);
    pillars.forEach(
        (p, ps) -> {
          if (ps.score() != null) out.put(p, ps.score());
        });
    return out;
  }

  /** In one pass over the indicators: each pillar's score, its two sides, and its coverage. */
  static Map<Pillar, PillarScore> pillars(Method m, Map<String, Double> norm) {
    int np = Pillar.values().length;
    double[] all = new double[np];
    double[] avail = new double[np];
    double[][] sideW = new double[np][2];
    double[][] sideSum = new double[np][2];
    for (MethodIndicator i : m.indicators()) {
      int p = i.pillar().ordinal();
      all[p] += i.weight();
      Double s = norm.get(i.id());
      if (s == null) continue;
      avail[p] += i.weight();
      sideW[p][i.side().ordinal()] += i.weight();
      sideSum[p][i.side().ordinal()] += i.weight() * s;
    }
    Map<Pillar, PillarScore> out = new EnumMap<>(Pillar.class);
    for (Pillar pillar : Pillar.values()) {
      int p = pillar.ordinal();
      double w = sideW[p][0] + sideW[p][1];
      out.put(
          pillar,
          new PillarScore(
              w == 0 ? null : (sideSum[p][0] + sideSum[p][1]) / w,
              sideW[p][0] == 0 ? null : sideSum[p][0] / sideW[p][0],
              sideW[p][1] == 0 ? null : sideSum[p][1] / sideW[p][1],
              all[p] == 0 ? 0 : avail[p] / all[p],
              null,
              null));
    }
    return out;
  }

  /**
   * The depth index from the pillar scores by the method's aggregation; null without pillars.
   *
   * @param points if given, filled with each pillar's share of the index in points
   */
  static Double aggregate(Method m, Map<Pillar, Double> pillarScores, Map<Pillar, Double> points) {
    if (pillarScores.isEmpty()) return null;
    double w = pillarScores.keySet().stream().mapToDouble(p -> m.pillarWeights().get(p)).sum();
    if (m.aggregation() == Aggregation.ARITHMETIC) {
      double depth = 0;
      for (var e : pillarScores.entrySet()) {
        double pts = m.pillarWeights().get(e.getKey()) / w * e.getValue();
        if (points != null) points.put(e.getKey(), pts);
        depth += pts;
      }
      return depth;
    }
    boolean zero = pillarScores.values().stream().anyMatch(v -> v <= 0);
    double logSum = 0;
    for (var e : pillarScores.entrySet()) {
      if (!zero) logSum += m.pillarWeights().get(e.getKey()) / w * Math.log(e.getValue());
    }
    double depth = zero ? 0.0 : Math.exp(logSum);
    if (points != null) {
      // Share the index among pillars by their weighted logs, so the points still sum to it.
      for (var e : pillarScores.entrySet()) {
        double share =
            zero || logSum == 0
                ? m.pillarWeights().get(e.getKey()) / w
                : m.pillarWeights().get(e.getKey()) / w * Math.log(e.getValue()) / logSum;
        points.put(e.getKey(), zero ? 0 : depth * share);
      }
    }
    return depth;
  }

  private static Score scoreOne(
      Method m,
      PairLedgers ledgers,
      String focal,
      String partner,
      int year,
      Map<String, RawValue> raw,
      Map<String, Double> norm,
      List<String> uninformative,
      java.util.Set<String> common) {
    Map<Pillar, PillarScore> pillars = pillars(m, norm);
    Map<Pillar, Double> pillarScores = scoresOf(pillars);
    Map<Pillar, Double> pillarPoints = new EnumMap<>(Pillar.class);
    Double depth = aggregate(m, pillarScores, pillarPoints);
    // per pillar: the weight with values, and the weighted sum of scores
    Map<Pillar, double[]> sums = new EnumMap<>(Pillar.class);
    for (MethodIndicator i : m.indicators()) {
      if (!norm.containsKey(i.id())) continue;
      double[] ws = sums.computeIfAbsent(i.pillar(), k -> new double[2]);
      ws[0] += i.weight();
      ws[1] += i.weight() * norm.get(i.id());
    }
    List<Contribution> contributions = new ArrayList<>();
    for (MethodIndicator i : m.indicators()) {
      if (!norm.containsKey(i.id())) continue;
      double[] ws = sums.get(i.pillar());
      double share = ws[1] == 0 ? i.weight() / ws[0] : i.weight() * norm.get(i.id()) / ws[1];
      contributions.add(
          new Contribution(
              i.id(),
              i.pillar(),
              i.side(),
              raw.get(i.id()),
              norm.get(i.id()),
              i.weight() / ws[0],
              pillarPoints.getOrDefault(i.pillar(), 0.0) * share));
    }
    Double evenness = null;
    if (pillarScores.size() >= 2) {
      double max = pillarScores.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
      double min = pillarScores.values().stream().mapToDouble(Double::doubleValue).min().orElse(0);
      evenness = 100 - (max - min);
    }
    double coverage = commonCoverage(m, raw, common);
    return new Score(
        focal,
        partner,
        year,
        depth,
        withCoverageAndAge(m, pillars, raw, common, contributions, year),
        coverage,
        Width.of(m, ledgers.of(focal, partner), year, raw),
        m.areas().size(),
        evenness,
        durableYears(ledgers, focal, partner, year),
        contributions,
        uninformative.stream().filter(raw::containsKey).toList(),
        m.isThin(coverage),
        evidenceAge(m, contributions, year),
        m.id(),
        m.version(),
        m.hash());
  }

  /**
   * The age of the evidence behind a depth: each value's years before the year scored, weighted as
   * it weighs in the index (its weight within its pillar times its pillar's share of the weight of
   * the pillars with values); null without values.
   */
  static Double evidenceAge(Method m, List<Contribution> contributions, int year) {
    java.util.Set<Pillar> present = java.util.EnumSet.noneOf(Pillar.class);
    contributions.forEach(c -> present.add(c.pillar()));
    double pillarWeight = present.stream().mapToDouble(p -> m.pillarWeights().get(p)).sum();
    double weight = 0;
    double age = 0;
    for (Contribution c : contributions) {
      double w = m.pillarWeights().get(c.pillar()) / pillarWeight * c.weight();
      weight += w;
      age += w * (year - c.raw().year());
    }
    return weight == 0 ? null : age / weight;
  }

  /**
   * Each pillar with its coverage of the common evidence, the latest year its scored values are
   * from, and their age: stale data shows as an older year and a greater age.
   */
  private static Map<Pillar, PillarScore> withCoverageAndAge(
      Method m,
      Map<Pillar, PillarScore> pillars,
      Map<String, RawValue> raw,
      java.util.Set<String> common,
      List<Contribution> contributions,
      int year) {
    Map<Pillar, Integer> latest = new EnumMap<>(Pillar.class);
    Map<Pillar, double[]> age = new EnumMap<>(Pillar.class);
    for (Contribution c : contributions) {
      latest.merge(c.pillar(), c.raw().year(), Math::max);
      double[] a = age.computeIfAbsent(c.pillar(), k -> new double[2]);
      a[0] += c.weight();
      a[1] += c.weight() * (year - c.raw().year());
    }
    Map<Pillar, double[]> cover = new EnumMap<>(Pillar.class);
    for (MethodIndicator i : m.indicators()) {
      if (!common.contains(i.id())) continue;
      double[] x = cover.computeIfAbsent(i.pillar(), k -> new double[2]);
      x[0] += i.weight();
      if (raw.containsKey(i.id())) x[1] += i.weight();
    }
    Map<Pillar, PillarScore> out = new EnumMap<>(Pillar.class);
    pillars.forEach(
        (p, s) -> {
          double[] x = cover.get(p);
          double[] a = age.get(p);
          out.put(
              p,
              new PillarScore(
                  s.score(),
                  s.deJure(),
                  s.deFacto(),
                  x == null ? 0 : x[1] / x[0],
                  latest.get(p),
                  a == null ? null : a[1] / a[0]));
        });
    return out;
  }

  /**
   * Years since the relation's framework last started unbroken: its establishment, or the latest
   * downgrade or resumption after a suspension, whichever is later; null with no framework then.
   */
  static Integer durableYears(PairLedgers r, String focal, String partner, int year) {
    LocalDate end = LocalDate.of(year, 12, 31);
    Integer best = null;
    for (Framework f : r.of(focal, partner).frameworks()) {
      if (!f.existsOn(end)) continue;
      if (f.statusOn(end) == FrameworkStatus.SUSPENDED) continue;
      LocalDate since = f.established().earliest();
      LevelChange prev = null;
      for (LevelChange c : f.changes()) {
        if (!c.date().isOnOrBefore(end)) break;
        if (prev != null && c.level().rank() < prev.level().rank()) since = c.date().earliest();
        prev = c;
      }
      for (var s : f.statusChanges()) {
        if (s.date().isOnOrBefore(end)
            && s.status() == FrameworkStatus.ACTIVE
            && s.date().earliest().isAfter(since)) {
          since = s.date().earliest();
        }
      }
      int years = end.getYear() - since.getYear();
      best = best == null ? years : Math.max(best, years);
    }
    return best;
  }
}
