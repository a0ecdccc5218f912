package org.entwine.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.entwine.datasets.Progress;
import org.entwine.datasets.events.EventFiles;
import org.entwine.datasets.events.GdeltScan;
import org.entwine.events.RelationMonth;
import org.entwine.input.UserInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "events",
    mixinStandardHelpOptions = true,
    description = {
      "Aggregates a GDELT export to relation-months with Entwine's reader and with DuckDB's"
          + " read_csv and GROUP BY in the same run (QuadClasses and the CAMEO families of dealings"
          + " between governments, counted by both), checks the two agree, and prints both times,"
          + " the ratio, the throughput beside what 'wc -l' reaches on the same file, and the heap"
          + " Entwine's reader used."
    })
final class EventsBench implements Callable<Integer> {
  @Parameters(paramLabel = "FILE")
  Path file;

  @Option(names = "--runs", paramLabel = "N", description = "Timed runs of each (default: 3).")
  int runs = 3;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Entwine's threads (default: one per core).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--no-peer",
      description = "Time Entwine alone (for inputs DuckDB would take minutes over).")
  boolean noPeer;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    List<EventFiles.Input> inputs = EventFiles.inputs(List.of(file));
    if (inputs.size() != 1
        || inputs.get(0).entry() != null
        || inputs.get(0).kind() != EventFiles.Kind.GDELT) {
      throw new UserInputException(
          "bench takes one plain (unzipped) GDELT export, which DuckDB can read too");
    }
    double megabytes = Files.size(file) / 1e6;
    out.printf(
        "%s: %.1f MB; %d cores; Entwine with %d threads, DuckDB with %d%n",
        file,
        megabytes,
        Runtime.getRuntime().availableProcessors(),
        threads,
        SqlEventMonths.threads());
    double[] entwine = new double[runs];
    double[] duck = new double[runs];
    GdeltScan.Result mine = null;
    SqlEventMonths.Result theirs = null;
    long heap = 0;
    for (int i = 0; i < runs; i++) {
      mine =
          null; // the last run's result goes before this run starts, so runs do not add up in the
      // heap
      System.gc();
      resetPeaks();
      long t0 = System.nanoTime();
      mine = GdeltScan.read(inputs, null, null, threads, Progress.NONE);
      entwine[i] = (System.nanoTime() - t0) / 1e9;
      heap = Math.max(heap, peakHeap());
      if (!noPeer) {
        theirs = null;
        System.gc();
        theirs = SqlEventMonths.compute(List.of(file));
        duck[i] = theirs.seconds();
        out.printf("run %d: entwine %.3f s, duckdb %.3f s%n", i + 1, entwine[i], duck[i]);
      } else {
        out.printf("run %d: entwine %.3f s%n", i + 1, entwine[i]);
      }
      out.flush();
    }
    out.printf(
        "rows %,d; relation events %,d; relation-months %,d; repeated ids %,d; bad rows %,d%n",
        mine.rows(), mine.relations(), mine.table().size(), mine.duplicates(), mine.quarantined());
    int mismatches = 0;
    if (!noPeer) {
      mismatches = compare(mine, theirs.series(), out);
      out.printf(
          "agreement: %,d relation-months compared, %d differ%n",
          theirs.series().size(), mismatches);
    }
    Arrays.sort(entwine);
    Arrays.sort(duck);
    double wc = wcSeconds(file);
    out.printf(
        "best:   entwine %.3f s (%.0f MB/s)%s%n",
        entwine[0],
        megabytes / entwine[0],
        noPeer
            ? ""
            : String.format(", duckdb %.3f s: entwine is %s", duck[0], ratio(entwine[0], duck[0])));
    if (!noPeer) {
      out.printf(
          "median: entwine %.3f s, duckdb %.3f s: entwine is %s%n",
          entwine[runs / 2], duck[runs / 2], ratio(entwine[runs / 2], duck[runs / 2]));
    }
    if (wc > 0) out.printf("wc -l:  %.3f s (%.0f MB/s) on the same file%n", wc, megabytes / wc);
    out.printf(
        "heap:   entwine's reader peaked at %.0f MB of a %.0f MB maximum heap%n",
        heap / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
    return mismatches == 0 ? Bench.OK : Bench.DIFFERENT;
  }

  private static String ratio(double entwine, double duck) {
    return entwine <= duck
        ? String.format("%.2fx faster", duck / entwine)
        : String.format("%.2fx slower", entwine / duck);
  }

  /** Walks both ordered series together; prints the first few differences. */
  static int compare(GdeltScan.Result mine, List<RelationMonth> theirs, PrintWriter out) {
    List<RelationMonth> ours = new ArrayList<>(theirs.size());
    mine.forEach(ours::add);
    int differ = Math.abs(ours.size() - theirs.size());
    for (int i = 0; i < Math.min(ours.size(), theirs.size()); i++) {
      RelationMonth a = ours.get(i);
      RelationMonth b = theirs.get(i);
      boolean same =
          a.actor().equals(b.actor())
              && a.partner().equals(b.partner())
              && a.month().equals(b.month())
              && a.events() == b.events()
              && Arrays.equals(a.quad(), b.quad())
              && Arrays.equals(a.families(), b.families())
              && a.mentions() == b.mentions()
              && a.sources() == b.sources()
              && a.articles() == b.articles()
              && close(a.goldsteinSum(), b.goldsteinSum())
              && close(a.toneSum(), b.toneSum());
      if (!same && differ++ < 5) out.printf("  differs: entwine %s, duckdb %s%n", a, b);
    }
    return differ;
  }

  /** Sums in another order differ in the last bits. */
  private static boolean close(double a, double b) {
    return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
  }

  private static void resetPeaks() {
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  private static long peakHeap() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP)
        .mapToLong(p -> p.getPeakUsage().getUsed())
        .sum();
  }

  /** The best of three runs of {@code wc -l}; 0 where wc is absent. */
  private static double wcSeconds(Path file) {
    double best = Double.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      try {
        long t0 = System.nanoTime();
        Process p =
            new ProcessBuilder("wc", "-l", file.toString()).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        if (p.waitFor() != 0) return 0;
        best = Math.min(best, (System.nanoTime() - t0) / 1e9);
      } catch (java.io.IOException e) {
        return 0;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return 0;
      }
    }
    return best;
  }
}
