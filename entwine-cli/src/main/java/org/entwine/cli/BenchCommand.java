package org.entwine.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entwine.actor.CodeSystem;
import org.entwine.actor.Crosswalk;
import org.entwine.datasets.Progress;
import org.entwine.datasets.UnVotes;
import org.entwine.indicator.VoteAgreement;
import org.entwine.input.UserInputException;
import org.entwine.store.DuckDbStore;
import org.entwine.store.SqlVoteAgreement;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Benchmarks, printing what it measured.",
        "unvotes VOTES ROLL_CALLS: UN General Assembly agreement and kappa for every pair and year,",
        "  Entwine's reader and computation against DuckDB's read_csv and SQL, checked to agree.",
        "scoring: the depth of every partner of every actor for every year of the loaded data,",
        "  then a sensitivity analysis for one focal actor (--focal, --runs)."})
final class BenchCommand extends DatabaseCommand {
  @Parameters(index = "0", paramLabel = "WHAT", description = "unvotes or scoring") String what;
  @Parameters(index = "1..*", paramLabel = "FILE") List<Path> files;

  @Option(names = "--runs", description = "unvotes: timed runs of each (default 3); scoring: sensitivity runs (default 1000).")
  Integer runs;

  @Option(names = "--focal", description = "scoring: the focal actor of the sensitivity analysis (default: VNM).")
  String focal = "VNM";

  @picocli.CommandLine.Mixin MethodOption method;

  @Override
  int run(DuckDbStore store) {
    if (what.equals("scoring")) return new ScoringBench(store, method.load(), out()).run(focal, runs == null ? 1000 : runs);
    if (!what.equals("unvotes")) throw new UserInputException("bench knows 'unvotes' and 'scoring'");
    int runs = this.runs == null ? 3 : this.runs;
    if (files == null || files.size() != 2) throw new UserInputException("bench unvotes takes un_votes.csv and un_roll_calls.csv");
    Crosswalk crosswalk = store.load().crosswalk();
    Path votes = files.get(0);
    Path calls = files.get(1);
    double[] entwine = new double[runs];
    double[] duck = new double[runs];
    UnVotes.Computed mine = null;
    List<SqlVoteAgreement.Row> theirs = null;
    for (int i = 0; i < runs; i++) {
      long t0 = System.nanoTime();
      mine = UnVotes.compute(List.of(votes, calls), crosswalk, Progress.NONE);
      entwine[i] = (System.nanoTime() - t0) / 1e9;
      long t1 = System.nanoTime();
      theirs = SqlVoteAgreement.compute(votes, calls);
      duck[i] = (System.nanoTime() - t1) / 1e9;
      out().printf("run %d: entwine %.3f s, duckdb %.3f s%n", i + 1, entwine[i], duck[i]);
    }
    Check check = check(mine, theirs, crosswalk);
    Arrays.sort(entwine);
    Arrays.sort(duck);
    out().printf("pair-years: entwine %,d, duckdb %,d (compared %,d; mismatches %,d; largest difference %.2e)%n",
        mine.results().size(), theirs.size(), check.compared, check.mismatches, check.maxDiff);
    out().printf("best:   entwine %.3f s, duckdb %.3f s (%d threads): entwine is %.2fx %s%n", entwine[0], duck[0],
        SqlVoteAgreement.threads(), ratio(entwine[0], duck[0]), entwine[0] <= duck[0] ? "faster" : "slower");
    out().printf("median: entwine %.3f s, duckdb %.3f s: ratio %.2fx%n", entwine[runs / 2], duck[runs / 2],
        duck[runs / 2] / entwine[runs / 2]);
    return check.mismatches == 0 && check.compared > 0 ? ExitCodes.OK : ExitCodes.INTERNAL;
  }

  private static double ratio(double a, double b) {
    return a <= b ? b / a : a / b;
  }

  private record Check(long compared, long mismatches, double maxDiff) {}

  /** Compares the two on every pair-year both have, with the file's codes mapped to actors. */
  private static Check check(UnVotes.Computed mine, List<SqlVoteAgreement.Row> theirs, Crosswalk crosswalk) {
    Map<String, VoteAgreement.Result> byKey = new HashMap<>();
    for (var r : mine.results()) {
      if (r.period().issue() != null) continue;
      byKey.put(key(mine.codes().get(r.a()), mine.codes().get(r.b()), r.period().year()), r);
    }
    long compared = 0;
    long mismatches = 0;
    double maxDiff = 0;
    List<String> shown = new ArrayList<>();
    for (var row : theirs) {
      String a = actor(crosswalk, row.a());
      String b = actor(crosswalk, row.b());
      if (a == null || b == null) continue;
      VoteAgreement.Result m = byKey.get(key(a, b, row.year()));
      compared++;
      double d = m == null ? Double.POSITIVE_INFINITY
          : Math.max(Math.abs(m.agreement() - row.agreement()),
              row.kappa() == null ? (Double.isNaN(m.kappa()) ? 0 : 1) : Math.abs(m.kappa() - row.kappa()));
      if (m == null || m.votes() != row.votes() || d > 1e-9) {
        mismatches++;
        if (shown.size() < 5) shown.add(a + "-" + b + " " + row.year());
      }
      if (m != null && Double.isFinite(d)) maxDiff = Math.max(maxDiff, d);
    }
    if (!shown.isEmpty()) System.err.println("first mismatches: " + shown);
    return new Check(compared, mismatches, maxDiff);
  }

  private static String actor(Crosswalk c, String code) {
    var hit = c.toActor(CodeSystem.ISO2, code);
    return hit.or(() -> c.byName(code)).orElse(null);
  }

  private static String key(String a, String b, int year) {
    return org.entwine.actor.UnorderedPair.of(a, b).joined("|") + "|" + year;
  }
}
