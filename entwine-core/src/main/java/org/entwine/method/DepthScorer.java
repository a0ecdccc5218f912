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
import org.entwine.registry.Registry;

/**
 * Scores every partner in the reference set, the way the composite-indicator literature builds an
 * index: transform, normalize over the reference set, weight, reweight for what is missing,
 * aggregate. The framework's level is never an input to depth, so label and substance can be compared.
 */
public final class DepthScorer {
  private DepthScorer() {}

  public static List<Score> score(Method m, Registry registry, Map<String, Map<String, RawValue>> values, String focal, int year) {
    List<String> partners = new ArrayList<>(values.keySet());
    // normalized score per partner and indicator
    Map<String, Map<String, Double>> normalized = new HashMap<>();
    List<String> uninformative = new ArrayList<>();
    partners.forEach(p -> normalized.put(p, new HashMap<>()));
    for (MethodIndicator i : m.indicators()) {
      List<String> have = partners.stream().filter(p -> values.get(p).containsKey(i.id())).toList();
      double[] x = have.stream().mapToDouble(p -> i.transform(values.get(p).get(i.id()).value())).toArray();
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
    List<Score> out = new ArrayList<>();
    for (String p : partners) out.add(scoreOne(m, registry, focal, p, year, values.get(p), normalized.get(p), uninformative));
    return out;
  }

  private static Score scoreOne(Method m, Registry registry, String focal, String partner, int year,
      Map<String, RawValue> raw, Map<String, Double> norm, List<String> uninformative) {
    Map<Pillar, PillarScore> pillars = new EnumMap<>(Pillar.class);
    Map<Pillar, Double> pillarScores = new EnumMap<>(Pillar.class);
    double coverage = 0;
    double totalPillarWeight = m.pillarWeights().values().stream().mapToDouble(Double::doubleValue).sum();
    for (Pillar pillar : Pillar.values()) {
      List<MethodIndicator> in = m.indicators().stream().filter(i -> i.pillar() == pillar).toList();
      double all = in.stream().mapToDouble(MethodIndicator::weight).sum();
      double avail = in.stream().filter(i -> norm.containsKey(i.id())).mapToDouble(MethodIndicator::weight).sum();
      Double score = mean(in, norm, null);
      pillars.put(pillar, new PillarScore(score, mean(in, norm, Side.DE_JURE), mean(in, norm, Side.DE_FACTO),
          all == 0 ? 0 : avail / all));
      if (score != null) pillarScores.put(pillar, score);
      coverage += m.pillarWeights().get(pillar) / totalPillarWeight * (all == 0 ? 0 : avail / all);
    }
    Double depth = null;
    Map<Pillar, Double> pillarPoints = new EnumMap<>(Pillar.class);
    if (!pillarScores.isEmpty()) {
      double w = pillarScores.keySet().stream().mapToDouble(p -> m.pillarWeights().get(p)).sum();
      if (m.aggregation() == Aggregation.ARITHMETIC) {
        depth = 0.0;
        for (var e : pillarScores.entrySet()) {
          double pts = m.pillarWeights().get(e.getKey()) / w * e.getValue();
          pillarPoints.put(e.getKey(), pts);
          depth += pts;
        }
      } else {
        boolean zero = pillarScores.values().stream().anyMatch(v -> v <= 0);
        double logSum = 0;
        for (var e : pillarScores.entrySet()) {
          if (!zero) logSum += m.pillarWeights().get(e.getKey()) / w * Math.log(e.getValue());
        }
        depth = zero ? 0.0 : Math.exp(logSum);
        // Share the index among pillars by their weighted logs (so the points still sum to it).
        for (var e : pillarScores.entrySet()) {
          double share = zero || logSum == 0 ? m.pillarWeights().get(e.getKey()) / w
              : m.pillarWeights().get(e.getKey()) / w * Math.log(e.getValue()) / logSum;
          pillarPoints.put(e.getKey(), zero ? 0 : depth * share);
        }
      }
    }
    List<Contribution> contributions = new ArrayList<>();
    for (MethodIndicator i : m.indicators()) {
      if (!norm.containsKey(i.id())) continue;
      Pillar p = i.pillar();
      double pillarWeight = m.indicators().stream().filter(x -> x.pillar() == p && norm.containsKey(x.id()))
          .mapToDouble(MethodIndicator::weight).sum();
      double weighted = m.indicators().stream().filter(x -> x.pillar() == p && norm.containsKey(x.id()))
          .mapToDouble(x -> x.weight() * norm.get(x.id())).sum();
      double share = weighted == 0 ? i.weight() / pillarWeight : i.weight() * norm.get(i.id()) / weighted;
      contributions.add(new Contribution(i.id(), p, i.side(), raw.get(i.id()), norm.get(i.id()),
          i.weight() / pillarWeight, pillarPoints.getOrDefault(p, 0.0) * share));
    }
    Double evenness = null;
    if (pillarScores.size() >= 2) {
      double max = pillarScores.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
      double min = pillarScores.values().stream().mapToDouble(Double::doubleValue).min().orElse(0);
      evenness = 100 - (max - min);
    }
    return new Score(focal, partner, year, depth, pillars, coverage, Width.of(m, registry, focal, partner, year),
        m.areas().size(), evenness, durableYears(registry, focal, partner, year), contributions,
        uninformative.stream().filter(raw::containsKey).toList(), m.id(), m.version(), m.hash());
  }

  /** Weighted mean of the normalized scores of a pillar's indicators (of one side, or both). */
  private static Double mean(List<MethodIndicator> in, Map<String, Double> norm, Side side) {
    double w = 0;
    double sum = 0;
    for (MethodIndicator i : in) {
      if ((side == null || i.side() == side) && norm.containsKey(i.id())) {
        w += i.weight();
        sum += i.weight() * norm.get(i.id());
      }
    }
    return w == 0 ? null : sum / w;
  }

  /**
   * Years since the relation's framework last started unbroken: its establishment, or the latest
   * downgrade or resumption after a suspension, whichever is later; null with no framework then.
   */
  static Integer durableYears(Registry r, String focal, String partner, int year) {
    LocalDate end = LocalDate.of(year, 12, 31);
    Integer best = null;
    for (Framework f : r.frameworks()) {
      if (!(f.involves(focal) && f.involves(partner)) || !f.existsOn(end)) continue;
      if (f.statusOn(end) == FrameworkStatus.SUSPENDED) continue;
      LocalDate since = f.established().earliest();
      LevelChange prev = null;
      for (LevelChange c : f.changes()) {
        if (!c.date().isOnOrBefore(end)) break;
        if (prev != null && c.level().rank() < prev.level().rank()) since = c.date().earliest();
        prev = c;
      }
      for (var s : f.statusChanges()) {
        if (s.date().isOnOrBefore(end) && s.status() == FrameworkStatus.ACTIVE && s.date().earliest().isAfter(since)) {
          since = s.date().earliest();
        }
      }
      int years = end.getYear() - since.getYear();
      best = best == null ? years : Math.max(best, years);
    }
    return best;
  }
}
