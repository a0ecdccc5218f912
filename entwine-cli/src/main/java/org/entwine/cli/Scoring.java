package org.entwine.cli;

import java.util.Comparator;
import java.util.List;
import org.entwine.evidence.Observation;
import org.entwine.method.DepthScorer;
import org.entwine.method.Evidence;
import org.entwine.method.Method;
import org.entwine.method.Score;
import org.entwine.registry.Registry;
import org.entwine.store.DuckDbStore;

/** Gathers a focal actor's evidence from the store and scores its partners for a year. */
final class Scoring {
  final Method method;
  final Registry registry;
  final String focal;
  final int year;
  final List<Score> scores;
  final java.util.Map<String, java.util.Map<String, org.entwine.method.RawValue>> values;
  /** partner -> stability measure -> volatility, and partner -> stability 0-100 */
  final java.util.Map<String, java.util.Map<String, Double>> volatility;
  final java.util.Map<String, Double> stability;

  Scoring(DuckDbStore store, Method method, String typedActor, Integer year) {
    this.method = method;
    this.registry = store.load();
    this.focal = Actors.resolve(registry, typedActor);
    List<Observation> observations = store.observations(focal, null);
    // Default: the latest year the loaded data covers for this actor (the current year without data).
    this.year = year != null ? year : observations.stream().mapToInt(o -> o.period().earliest().getYear()).max()
        .orElse(java.time.LocalDate.now().getYear());
    Evidence evidence = new Evidence(method, registry, observations, focal);
    this.values = evidence.values(this.year);
    this.volatility = evidence.volatility(this.year);
    this.stability = org.entwine.method.Stability.scores(method, method.normalization(), volatility);
    this.scores = DepthScorer.score(method, evidence.ledgers(), values, focal, this.year).stream()
        .sorted(Comparator.comparing((Score s) -> s.depth() == null ? -1 : s.depth()).reversed()
            .thenComparing(Score::partner))
        .toList();
  }
}
