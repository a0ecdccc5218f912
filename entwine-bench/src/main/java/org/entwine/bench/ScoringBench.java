package org.entwine.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IntSummaryStatistics;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.entwine.app.Actors;
import org.entwine.app.DefaultMethod;
import org.entwine.evidence.Observation;
import org.entwine.exchange.MethodReader;
import org.entwine.method.DepthScorer;
import org.entwine.method.MeasureKind;
import org.entwine.method.Method;
import org.entwine.method.MethodIndicator;
import org.entwine.method.RawValues;
import org.entwine.method.Sensitivity;
import org.entwine.method.Stability;
import org.entwine.registry.ObservationQuery;
import org.entwine.registry.PairLedgers;
import org.entwine.registry.Registry;
import org.entwine.storage.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Scores every partner of every actor for every year the loaded data covers, then runs a
 * sensitivity analysis for one focal actor, and prints the counts and times.
 */
@Command(
    name = "scoring",
    mixinStandardHelpOptions = true,
    description = {
      "The depth of every partner of every actor for every year of the loaded data, then a"
          + " sensitivity analysis for one focal actor; prints the counts and times."
    })
final class ScoringBench implements Callable<Integer> {
  @Option(
      names = "--focal",
      paramLabel = "ACTOR",
      description = "The focal actor of the sensitivity analysis (default: VNM).")
  String typedFocal = "VNM";

  @Option(names = "--runs", paramLabel = "N", description = "Sensitivity runs (default: 1000).")
  int runs = 1000;

  @Option(
      names = "--method",
      paramLabel = "FILE",
      description = "A method file (default: the bundled entwine-default).")
  Path methodFile;

  @Mixin BenchDatabase database;
  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Method method = methodFile != null ? MethodReader.read(methodFile) : DefaultMethod.load();
    PrintWriter out = spec.commandLine().getOut();
    try (Store store = database.open(spec.commandLine().getErr())) {
      return run(store, method, out);
    }
  }

  private int run(Store store, Method method, PrintWriter out) {
    long t0 = System.nanoTime();
    Registry registry = store.load();
    PairLedgers ledgers = new PairLedgers(registry);
    Set<String> measures = new LinkedHashSet<>();
    method.indicators().stream()
        .filter(i -> i.kind() != MeasureKind.LEDGER)
        .map(MethodIndicator::measure)
        .forEach(measures::add);
    method.stability().forEach(s -> measures.add(s.measure()));
    Map<String, List<Observation>> byActor = new HashMap<>();
    long[] n = {0};
    store.observations(
        ObservationQuery.of(measures),
        o -> {
          byActor.computeIfAbsent(o.actor(), k -> new ArrayList<>()).add(o);
          byActor.computeIfAbsent(o.partner(), k -> new ArrayList<>()).add(o);
          n[0]++;
        });
    double read = (System.nanoTime() - t0) / 1e9;
    out.printf(
        "read %,d observations of %d measures and the registry in %.2f s%n",
        n[0], measures.size(), read);

    long t1 = System.nanoTime();
    java.util.concurrent.atomic.LongAdder scores = new java.util.concurrent.atomic.LongAdder();
    java.util.concurrent.atomic.LongAdder focalYears = new java.util.concurrent.atomic.LongAdder();
    Set<String> actors = new LinkedHashSet<>(byActor.keySet());
    registry
        .actors()
        .forEach(
            a -> {
              if (!ledgers.partnersOf(a.code()).isEmpty()) actors.add(a.code());
            });
    // Focal actors are independent: score them on every core.
    actors.parallelStream()
        .forEach(
            focal -> {
              List<Observation> obs = byActor.getOrDefault(focal, List.of());
              IntSummaryStatistics years =
                  obs.stream().mapToInt(o -> o.period().earliest().getYear()).summaryStatistics();
              if (years.getCount() == 0) return;
              RawValues evidence = new RawValues(method, registry, ledgers, obs, focal);
              for (int y = years.getMin(); y <= years.getMax(); y++) {
                var values = evidence.values(y);
                scores.add(DepthScorer.score(method, ledgers, values, focal, y).size());
                Stability.scores(method, method.normalization(), evidence.volatility(y));
                focalYears.increment();
              }
            });
    double scoring = (System.nanoTime() - t1) / 1e9;
    out.printf(
        "scored %,d partner-years for %,d actor-years of %,d actors in %.2f s on %d cores (%,.0f"
            + " scores a second)%n",
        scores.sum(),
        focalYears.sum(),
        actors.size(),
        scoring,
        Runtime.getRuntime().availableProcessors(),
        scores.sum() / scoring);

    String focal = Actors.resolve(registry, typedFocal);
    List<Observation> obs = byActor.getOrDefault(focal, List.of());
    int year =
        obs.stream()
            .mapToInt(o -> o.period().earliest().getYear())
            .max()
            .orElse(java.time.LocalDate.now().getYear());
    var values = new RawValues(method, registry, ledgers, obs, focal).values(year);
    long t2 = System.nanoTime();
    var result = Sensitivity.run(method, values, runs, 1);
    double sens = (System.nanoTime() - t2) / 1e9;
    out.printf(
        "sensitivity for %s in %d: %,d runs over %d partners in %.2f s%n",
        focal, year, runs, result.intervals().size(), sens);
    out.printf("total %.2f s%n", (System.nanoTime() - t0) / 1e9);
    return Bench.OK;
  }
}
