package org.entwine.cli;

import org.entwine.app.Scoring;
import org.entwine.method.Method;
import org.entwine.method.Sensitivity;
import org.entwine.storage.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "sensitivity",
    mixinStandardHelpOptions = true,
    description = {
      "How much each partner's rank depends on the method's choices.",
      "Monte Carlo runs draw the normalization, the aggregation and the weights from the"
          + " alternatives the method file declares; rankLow-rankHigh is the interval (5th to 95th"
          + " percentile) the rank moves in."
    })
final class SensitivityCommand extends DatabaseCommand {
  @Parameters(index = "0", paramLabel = "ACTOR")
  String actor;

  @Option(names = "--runs", paramLabel = "N", description = "Monte Carlo runs (default: 1000).")
  int runs = 1000;

  @Option(
      names = "--seed",
      paramLabel = "S",
      description = "Random seed, so a result can be repeated (default: 1).")
  long seed = 1;

  @Mixin MethodOption method;
  @Mixin FormatOption output;

  @Override
  int run(Store store) {
    Scoring s = method.score(store, actor);
    Method m = s.method();
    long t0 = System.nanoTime();
    Sensitivity.Result r = Sensitivity.run(m, s.values(), runs, seed);
    double seconds = (System.nanoTime() - t0) / 1e9;
    Table t =
        new Table(
            "partner",
            "depth",
            "rank",
            "rankMedian",
            "rankLow",
            "rankHigh",
            "depthLow",
            "depthHigh",
            "year",
            "runs",
            "seed",
            "method",
            "methodHash");
    for (var i : r.intervals()) {
      t.row(
          i.partner(),
          i.depth(),
          i.rank(),
          i.rankMedian(),
          i.rankLow(),
          i.rankHigh(),
          i.depthLow(),
          i.depthHigh(),
          s.year(),
          runs,
          seed,
          m.id(),
          m.hash());
    }
    if (output.format == Format.TABLE) {
      out()
          .printf(
              "%s, %d: %d runs (seed %d) over %s × %s, weights ±%.0f%%, in %.2f s%n",
              s.focal(),
              s.year(),
              runs,
              seed,
              m.alternatives().normalizations(),
              m.alternatives().aggregations(),
              100 * m.alternatives().weightSpread(),
              seconds);
      Table brief =
          new Table(
              "partner", "depth", "rank", "rank interval (5-95%)", "median", "depth interval");
      for (var i : r.intervals()) {
        brief.row(
            i.partner(),
            ScoreCommand.fmt(i.depth()),
            i.rank(),
            String.format("%.0f-%.0f", i.rankLow(), i.rankHigh()),
            String.format("%.0f", i.rankMedian()),
            String.format("%.1f-%.1f", i.depthLow(), i.depthHigh()));
      }
      brief.print(Format.TABLE, out());
    } else {
      t.print(output.format, out());
    }
    MethodOption.notice(s, out(), err(), output.format);
    return ExitCodes.OK;
  }
}
