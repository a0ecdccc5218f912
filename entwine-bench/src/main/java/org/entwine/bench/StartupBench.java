package org.entwine.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.entwine.input.UserInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * How long the short commands take at the terminal, beside the bare start of the same JVM ({@code
 * java -version}) in the same run: {@code entwine portfolio VNM} and {@code entwine brief VNM CHN}
 * through the launcher, on the bundled example in a new database, and {@code portfolio} started as
 * the launcher started it before (no class-data archive, the DuckDB driver unpacking its library).
 * The commands take turns, so that the machine's load falls on all of them alike; the medians are
 * compared.
 */
@Command(
    name = "startup",
    mixinStandardHelpOptions = true,
    description = {
      "Times a bare JVM start (java -version), 'entwine portfolio VNM' and 'entwine brief VNM CHN'"
          + " on the bundled example, taking turns; prints the medians and the differences."
    })
final class StartupBench implements Callable<Integer> {
  /** The goals of issue 30: how much longer than a bare start each command may take. */
  static final double PORTFOLIO_GOAL = 0.6;

  static final double BRIEF_GOAL = 1.5;

  @Option(names = "--runs", paramLabel = "N", description = "Timed runs of each (default: 9).")
  int runs = 9;

  @Option(
      names = "--entwine",
      paramLabel = "FILE",
      description = "The launcher (default: the entwine script of this checkout).")
  Path launcher;

  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (runs < 1) throw new UserInputException("--runs must be at least 1");
    Path root = checkout();
    Path entwine = launcher != null ? launcher : root.resolve("entwine");
    if (!Files.isExecutable(entwine))
      throw new UserInputException("no launcher at " + entwine + " (give --entwine FILE)");
    PrintWriter out = spec.commandLine().getOut();
    Path dir = Files.createTempDirectory("entwine-startup");
    try {
      String db = dir.resolve("example.duckdb").toString();
      // the example database, and a first run of each (it builds, and records the archive)
      run(List.of(entwine.toString(), "init", "--db", db), dir);
      Map<String, List<String>> commands = new LinkedHashMap<>();
      commands.put("java -version", List.of(java(), "-version"));
      commands.put(
          "entwine portfolio VNM", List.of(entwine.toString(), "portfolio", "VNM", "--db", db));
      commands.put(
          "entwine brief VNM CHN", List.of(entwine.toString(), "brief", "VNM", "CHN", "--db", db));
      List<String> before = before(root, db);
      if (before != null) commands.put("portfolio VNM as started before", before);
      Map<String, String> outputs = new LinkedHashMap<>();
      for (var c : commands.entrySet()) outputs.put(c.getKey(), run(c.getValue(), dir).output);
      if (before != null
          && !outputs
              .get("portfolio VNM as started before")
              .equals(outputs.get("entwine portfolio VNM"))) {
        out.println("the two starts of portfolio printed different outputs");
        return Bench.DIFFERENT;
      }
      Map<String, double[]> times = new LinkedHashMap<>();
      commands.keySet().forEach(k -> times.put(k, new double[runs]));
      String loadBefore = load();
      for (int i = 0; i < runs; i++) {
        for (var c : commands.entrySet()) {
          Run r = run(c.getValue(), dir);
          if (!r.output.equals(outputs.get(c.getKey()))) {
            out.println(c.getKey() + " printed something else on run " + (i + 1));
            return Bench.DIFFERENT;
          }
          times.get(c.getKey())[i] = r.seconds;
        }
      }
      String loadAfter = load();
      out.printf(
          "start-up, median of %d runs each, taking turns (load average before: %s, after: %s;"
              + " %d cores)%n",
          runs, loadBefore, loadAfter, Runtime.getRuntime().availableProcessors());
      double bare = median(times.get("java -version"));
      for (var t : times.entrySet()) {
        double m = median(t.getValue());
        String line = String.format("  %-34s %6.3f s", t.getKey(), m);
        if (!t.getKey().equals("java -version"))
          line += String.format("   %+.3f s over java -version (%.1fx)", m - bare, m / bare);
        double goal = 0;
        if (t.getKey().startsWith("entwine portfolio")) goal = PORTFOLIO_GOAL;
        if (t.getKey().startsWith("entwine brief")) goal = BRIEF_GOAL;
        if (goal > 0)
          line +=
              String.format(
                  "; goal: within %.1f s: %s", goal, m - bare <= goal ? "met" : "NOT met");
        out.println(line);
      }
      return Bench.OK;
    } finally {
      try (Stream<Path> s = Files.walk(dir)) {
        s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /**
   * The command as the launcher started it before issue 30's start-up work, less its archive of
   * each command: the first compiler only, the published DuckDB driver first on the class path (so
   * that it unpacks its library to a temporary file, as published). Null where the build has no
   * published driver beside the command line's.
   */
  private static List<String> before(Path root, String db) throws IOException {
    Path target = root.resolve("entwine-cli").resolve("target");
    Path published = target.resolve("lib").resolve("duckdb-native");
    if (!Files.isDirectory(published)) return null;
    Path driver;
    try (Stream<Path> s = Files.list(published)) {
      driver = s.filter(p -> p.toString().endsWith(".jar")).findFirst().orElse(null);
    }
    if (driver == null) return null;
    return List.of(
        java(),
        "-XX:TieredStopAtLevel=1",
        "-cp",
        driver + java.io.File.pathSeparator + target.resolve("entwine-cli.jar"),
        "org.entwine.cli.Main",
        "portfolio",
        "VNM",
        "--db",
        db);
  }

  private record Run(double seconds, String output) {}

  private static Run run(List<String> command, Path dir) throws IOException, InterruptedException {
    Path log = dir.resolve("out.txt");
    long t0 = System.nanoTime();
    Process p =
        new ProcessBuilder(command)
            .redirectOutput(log.toFile())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    int code = p.waitFor();
    double seconds = (System.nanoTime() - t0) / 1e9;
    String output = Files.readString(log);
    if (code != 0)
      throw new IllegalStateException(
          String.join(" ", command) + " exited " + code + ": " + output);
    return new Run(seconds, output);
  }

  private static double median(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }

  /** The java the launcher runs: the first on the PATH. */
  private static String java() {
    return "java";
  }

  private static String load() {
    try {
      List<String> f =
          new ArrayList<>(
              Arrays.asList(Files.readString(Path.of("/proc/loadavg")).trim().split(" ")));
      return String.join(" ", f.subList(0, 3));
    } catch (IOException | UncheckedIOException e) {
      return "unknown";
    }
  }

  /** The checkout this bench was built in: entwine-bench/target/entwine-bench.jar's. */
  private static Path checkout() throws URISyntaxException {
    Path jar =
        Path.of(StartupBench.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    return jar.toAbsolutePath().getParent().getParent().getParent();
  }
}
