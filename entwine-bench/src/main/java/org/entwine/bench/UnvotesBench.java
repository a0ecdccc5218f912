package org.entwine.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.entwine.actor.CodeSystem;
import org.entwine.actor.Crosswalk;
import org.entwine.datasets.Progress;
import org.entwine.datasets.readers.UnVotes;
import org.entwine.indicator.VoteAgreement;
import org.entwine.storage.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "unvotes",
    mixinStandardHelpOptions = true,
    description = {
      "UN General Assembly agreement and kappa for every pair and year: Entwine's reader and"
          + " computation against DuckDB's read_csv and SQL on the same actors; fails unless both"
          + " give the same pair-years and figures."
    })
final class UnvotesBench implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "VOTES", description = "un_votes.csv")
  Path votes;

  @Parameters(index = "1", paramLabel = "ROLL_CALLS", description = "un_roll_calls.csv")
  Path calls;

  @Option(names = "--runs", description = "Timed runs of each (default: 3).")
  int runs = 3;

  @Mixin BenchDatabase database;
  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Crosswalk crosswalk;
    try (Store store = database.open(spec.commandLine().getErr())) {
      crosswalk = store.load().crosswalk();
    }
    // DuckDB maps the file's countries to actors as Entwine does (untimed: the mapping is the
    // peer's input)
    List<SqlVoteAgreement.Standing> standing = standing(SqlVoteAgreement.keys(votes), crosswalk);
    double[] entwine = new double[runs];
    double[] duck = new double[runs];
    UnVotes.Computed mine = null;
    List<SqlVoteAgreement.Row> theirs = null;
    for (int i = 0; i < runs; i++) {
      long t0 = System.nanoTime();
      mine = UnVotes.compute(List.of(votes, calls), crosswalk, Progress.NONE);
      entwine[i] = (System.nanoTime() - t0) / 1e9;
      long t1 = System.nanoTime();
      theirs = SqlVoteAgreement.compute(votes, calls, standing);
      duck[i] = (System.nanoTime() - t1) / 1e9;
      out.printf("run %d: entwine %.3f s, duckdb %.3f s%n", i + 1, entwine[i], duck[i]);
    }
    Check check = check(mine, theirs);
    Arrays.sort(entwine);
    Arrays.sort(duck);
    out.printf(
        "pair-years: entwine %,d, duckdb %,d; only in entwine %,d, only in duckdb %,d; of the %,d"
            + " both have, %,d differ (largest difference %.2e)%n",
        check.mine,
        theirs.size(),
        check.onlyMine,
        check.onlyTheirs,
        check.compared,
        check.mismatches,
        check.maxDiff);
    out.printf(
        "best:   entwine %.3f s, duckdb %.3f s (%d threads): entwine is %.2fx %s%n",
        entwine[0],
        duck[0],
        SqlVoteAgreement.threads(),
        ratio(entwine[0], duck[0]),
        entwine[0] <= duck[0] ? "faster" : "slower");
    out.printf(
        "median: entwine %.3f s, duckdb %.3f s: ratio %.2fx%n",
        entwine[runs / 2], duck[runs / 2], duck[runs / 2] / entwine[runs / 2]);
    // the two must give the same pair-years and the same figures, or the timing compares different
    // work
    return check.agrees() ? Bench.OK : Bench.DIFFERENT;
  }

  private static double ratio(double a, double b) {
    return a <= b ? b / a : a / b;
  }

  record Check(
      long mine, long onlyMine, long onlyTheirs, long compared, long mismatches, double maxDiff) {
    boolean agrees() {
      return onlyMine == 0 && onlyTheirs == 0 && mismatches == 0 && compared > 0;
    }
  }

  /**
   * For each key of the file, the actors it stands for from day to day (the crosswalk's
   * succession), as rows for DuckDB.
   */
  static List<SqlVoteAgreement.Standing> standing(List<String> keys, Crosswalk crosswalk) {
    List<SqlVoteAgreement.Standing> out = new ArrayList<>();
    for (String key : keys) {
      var named = crosswalk.toActor(CodeSystem.ISO2, key).or(() -> crosswalk.byName(key));
      if (named.isEmpty()) continue;
      for (var s : crosswalk.succession(named.get()))
        out.add(new SqlVoteAgreement.Standing(key, s.after(), s.until(), s.actor()));
    }
    return out;
  }

  /**
   * Compares the two pair-year by pair-year, both ways: the same pair-years, the same counts and
   * figures.
   */
  static Check check(UnVotes.Computed mine, List<SqlVoteAgreement.Row> theirs) {
    Map<String, VoteAgreement.Result> byKey = new HashMap<>();
    for (var r : mine.results()) {
      if (r.period().issue() != null) continue;
      byKey.put(key(mine.codes().get(r.a()), mine.codes().get(r.b()), r.period().year()), r);
    }
    long compared = 0;
    long onlyTheirs = 0;
    long mismatches = 0;
    double maxDiff = 0;
    List<String> shown = new ArrayList<>();
    java.util.Set<String> matched = new java.util.HashSet<>();
    for (var row : theirs) {
      String k = key(row.a(), row.b(), row.year());
      VoteAgreement.Result m = byKey.get(k);
      if (m == null) {
        onlyTheirs++;
        if (shown.size() < 5) shown.add("only in duckdb: " + k);
        continue;
      }
      matched.add(k);
      compared++;
      double d =
          Math.max(
              Math.abs(m.agreement() - row.agreement()),
              row.kappa() == null
                  ? (Double.isNaN(m.kappa()) ? 0 : 1)
                  : Math.abs(m.kappa() - row.kappa()));
      if (m.votes() != row.votes() || d > 1e-9) {
        mismatches++;
        if (shown.size() < 5) shown.add("differs: " + k);
      }
      if (Double.isFinite(d)) maxDiff = Math.max(maxDiff, d);
    }
    long onlyMine = byKey.size() - matched.size();
    byKey.keySet().stream()
        .filter(k -> !matched.contains(k))
        .limit(5)
        .forEach(k -> shown.add("only in entwine: " + k));
    if (!shown.isEmpty()) System.err.println("first differences: " + shown);
    return new Check(byKey.size(), onlyMine, onlyTheirs, compared, mismatches, maxDiff);
  }

  private static String key(String a, String b, int year) {
    return org.entwine.actor.UnorderedPair.of(a, b).joined("|") + "|" + year;
  }
}
