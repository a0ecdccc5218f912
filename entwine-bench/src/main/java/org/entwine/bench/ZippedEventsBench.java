package org.entwine.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.entwine.datasets.Progress;
import org.entwine.datasets.events.EventFiles;
import org.entwine.datasets.events.GdeltScan;
import org.entwine.input.UserInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "zipped",
    mixinStandardHelpOptions = true,
    description = {
      "Reads a directory of zipped GDELT exports (as GDELT publishes them: one export per zip) with"
          + " Entwine's reader, and in the same run measures the decompression limit: 'unzip -p'"
          + " over the same zips, one process per core, output thrown away; and the JDK's own"
          + " inflater over them, one thread per core. Then unzips them to a temporary folder and"
          + " has DuckDB aggregate the plain files (read_csv over a glob, GROUP BY), checks the two"
          + " agree, and prints every time and the ratios."
    })
final class ZippedEventsBench implements Callable<Integer> {
  @Parameters(paramLabel = "DIR", description = "A folder of zipped GDELT exports.")
  Path dir;

  @Option(names = "--runs", paramLabel = "N", description = "Timed runs of each (default: 3).")
  int runs = 3;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Threads and processes of each (default: one per core).")
  int threads = Runtime.getRuntime().availableProcessors();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    List<Path> zips = EventFiles.expand(List.of(dir.toString()));
    List<EventFiles.Input> inputs = EventFiles.inputs(zips);
    if (inputs.stream().anyMatch(i -> i.entry() == null || i.kind() != EventFiles.Kind.GDELT))
      throw new UserInputException(dir + " must hold zipped GDELT exports only");
    long zipped = 0;
    for (Path z : zips) zipped += Files.size(z);
    long plain = inflatedBytes(inputs);
    out.printf(
        "%s: %d zips, %d exports, %.1f MB zipped, %.1f MB unzipped; %d cores, %d threads%n",
        dir,
        zips.size(),
        inputs.size(),
        zipped / 1e6,
        plain / 1e6,
        Runtime.getRuntime().availableProcessors(),
        threads);
    double[] entwine = new double[runs];
    double[] unzip = new double[runs];
    double[] inflate = new double[runs];
    GdeltScan.Result mine = null;
    for (int i = 0; i < runs; i++) {
      mine = null;
      System.gc();
      long t0 = System.nanoTime();
      mine = GdeltScan.read(inputs, null, null, threads, Progress.NONE);
      entwine[i] = (System.nanoTime() - t0) / 1e9;
      unzip[i] = unzipSeconds(zips);
      inflate[i] = inflateSeconds(inputs);
      out.printf(
          "run %d: entwine %.3f s, unzip -p %.3f s, JDK inflate %.3f s%n",
          i + 1, entwine[i], unzip[i], inflate[i]);
      out.flush();
    }
    // DuckDB reads the same exports unzipped (it reads no zip archives)
    Path unzipped = Files.createTempDirectory("entwine-zipped-bench");
    double[] duck = new double[runs];
    SqlEventMonths.Result theirs = null;
    try {
      for (EventFiles.Input in : inputs) {
        try (InputStream s = in.open()) {
          Files.copy(s, unzipped.resolve(Path.of(in.entry()).getFileName().toString()));
        }
      }
      Path sample;
      try (var files = Files.list(unzipped)) {
        sample = files.findFirst().orElseThrow();
      }
      for (int i = 0; i < runs; i++) {
        theirs = null;
        System.gc();
        theirs = SqlEventMonths.compute(unzipped + "/*", sample);
        duck[i] = theirs.seconds();
        out.printf("run %d: duckdb on the unzipped files %.3f s%n", i + 1, duck[i]);
      }
    } finally {
      try (var files = Files.list(unzipped)) {
        for (Path f : files.toList()) Files.delete(f);
      }
      Files.delete(unzipped);
    }
    int mismatches = EventsBench.compare(mine, theirs.series(), out);
    out.printf(
        "rows %,d; relation-months %,d; agreement with duckdb: %,d compared, %d differ%n",
        mine.rows(), mine.table().size(), theirs.series().size(), mismatches);
    double e = median(entwine);
    double u = median(unzip);
    double j = median(inflate);
    double d = median(duck);
    out.printf(
        "median: entwine %.3f s (%.0f MB/s unzipped), unzip -p %.3f s, JDK inflate %.3f s, duckdb"
            + " (unzipped) %.3f s%n",
        e, plain / 1e6 / e, u, j, d);
    out.printf(
        "entwine takes %.2fx the time of unzip -p alone, %.2fx that of the JDK's inflater alone;"
            + " duckdb on the files unzipped takes %.2fx entwine's time on the zips%n",
        e / u, e / j, d / e);
    return mismatches == 0 ? Bench.OK : Bench.DIFFERENT;
  }

  private static double median(double[] xs) {
    double[] s = xs.clone();
    Arrays.sort(s);
    return s[s.length / 2];
  }

  /** The bytes the entries inflate to. */
  private static long inflatedBytes(List<EventFiles.Input> inputs) throws IOException {
    long n = 0;
    for (EventFiles.Input in : inputs)
      try (var zip = new java.util.zip.ZipFile(in.file().toFile())) {
        n += zip.getEntry(in.entry()).getSize();
      }
    return n;
  }

  /** {@code unzip -p} over the zips, split among one process per thread, output thrown away. */
  private double unzipSeconds(List<Path> zips) throws Exception {
    int n = Math.min(threads, zips.size());
    long t0 = System.nanoTime();
    List<Process> ps = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      // unzip takes one archive (the names after it are entries): each process runs
      // 'unzip -p A; unzip -p B; …' over its share of the zips
      StringBuilder sh = new StringBuilder();
      for (int i = k; i < zips.size(); i += n)
        sh.append("unzip -p '").append(zips.get(i).toString().replace("'", "'\\''")).append("';");
      ps.add(
          new ProcessBuilder("sh", "-c", sh.toString())
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .redirectError(ProcessBuilder.Redirect.INHERIT)
              .start());
    }
    for (Process p : ps)
      if (p.waitFor() != 0) throw new IllegalStateException("unzip failed (is it installed?)");
    return (System.nanoTime() - t0) / 1e9;
  }

  /** The JDK's inflater over every entry, one thread per core, output thrown away. */
  private double inflateSeconds(List<EventFiles.Input> inputs) throws Exception {
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long t0 = System.nanoTime();
    try {
      List<Future<?>> fs = new ArrayList<>();
      for (int t = 0; t < threads; t++)
        fs.add(
            pool.submit(
                () -> {
                  for (int i; (i = next.getAndIncrement()) < inputs.size(); )
                    try (InputStream in = inputs.get(i).open()) {
                      in.transferTo(OutputStream.nullOutputStream());
                    }
                  return null;
                }));
      for (Future<?> f : fs) f.get();
    } finally {
      pool.shutdown();
    }
    return (System.nanoTime() - t0) / 1e9;
  }
}
