package org.entwine.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.entwine.app.StoreLocation;
import org.entwine.datasets.Progress;
import org.entwine.datasets.events.EventFiles;
import org.entwine.datasets.events.GdeltScan;
import org.entwine.datasets.update.Fetcher;
import org.entwine.datasets.update.GdeltUpdate;
import org.entwine.datasets.update.HttpCache;
import org.entwine.datasets.update.Period;
import org.entwine.input.UserInputException;
import org.entwine.storage.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "update",
    mixinStandardHelpOptions = true,
    description = {
      "Serves a folder of zipped GDELT 2.0 exports from a server on this machine, laid out as"
          + " GDELT's (gdeltv2/masterfilelist.txt with each file's size and MD5, and the files),"
          + " and times Entwine's whole update of a new store from it (the list, the downloads"
          + " several at once each checked against its MD5, the zips read as they arrive, the"
          + " store's transaction and close) beside the limit a shell gives: curl fetching the same"
          + " files as many at once and unzip -p inflating each (output thrown away), run as one"
          + " pipeline per file (xargs -P) and as two steps (curl --parallel, then unzip -p over"
          + " the files, one process per core); the faster of the two is the limit. Checks that"
          + " the update read every row the zips hold."
    })
final class UpdateBench implements Callable<Integer> {
  @Parameters(
      paramLabel = "DIR",
      description =
          "A folder of zipped GDELT 2.0 exports named as GDELT names them"
              + " (bench/gdelt-zipped-exports writes them).")
  Path dir;

  @Option(names = "--runs", paramLabel = "N", description = "Timed runs of each (default: 3).")
  int runs = 3;

  @Option(
      names = "--connections",
      paramLabel = "N",
      description = "Files fetched at once, by Entwine and by curl alike (default: 4).")
  int connections = 4;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Threads reading the zips, and unzip processes (default: one per core).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--cli",
      paramLabel = "LAUNCHER|JAR",
      description =
          "Time the command line instead: 'entwine update gdelt' in a JVM of its own each run, its"
              + " start included, through the launcher as a user runs it (./entwine: its options"
              + " and class-data archive), or a jar (entwine-cli/target/entwine-cli.jar) started"
              + " with the launcher's options but no archive.")
  Path cli;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    List<Path> zips;
    try (Stream<Path> s = Files.list(dir)) {
      zips =
          s.filter(f -> f.getFileName().toString().endsWith(".export.CSV.zip")).sorted().toList();
    }
    if (zips.isEmpty())
      throw new UserInputException(dir + " holds no zipped GDELT 2.0 export (*.export.CSV.zip)");
    Path work = Files.createTempDirectory("entwine-update-bench");
    try {
      Path mirror = mirror(zips, work.resolve("mirror"));
      long bytes = 0;
      for (Path z : zips) bytes += Files.size(z);
      // what the zips hold, read from disk by the same reader: what the update must have read
      GdeltScan.Result expected =
          GdeltScan.read(EventFiles.inputs(zips), null, null, threads, Progress.NONE);
      Path template = work.resolve("template.duckdb");
      StoreLocation.open(template.toString(), note -> {}).close(); // the bundled example
      try (Served server = new Served(mirror)) {
        out.printf(
            "%s: %d zipped exports, %.1f MB, %,d rows, served at %s; %d connections, %d threads,"
                + " %d cores%n",
            dir,
            zips.size(),
            bytes / 1e6,
            expected.rows(),
            server.base(),
            connections,
            threads,
            Runtime.getRuntime().availableProcessors());
        double[] entwine = new double[runs];
        double[] pipeline = new double[runs];
        double[] steps = new double[runs];
        for (int i = 0; i < runs; i++) {
          Path run = Files.createDirectories(work.resolve("run-" + i));
          Path db = run.resolve("e.duckdb");
          Files.copy(template, db);
          System.gc();
          long t0 = System.nanoTime();
          Read r =
              cli == null
                  ? update(db, run, server.base(), zips)
                  : command(db, run, server.base(), zips);
          entwine[i] = (System.nanoTime() - t0) / 1e9;
          if (r.rows() != expected.rows()
              || r.relations() != expected.relations()
              || r.files() != zips.size()) {
            out.printf(
                "the update read %,d rows (%,d relation events) of %d files; the zips hold %,d rows"
                    + " (%,d) in %d files%n",
                r.rows(),
                r.relations(),
                r.files(),
                expected.rows(),
                expected.relations(),
                zips.size());
            return Bench.DIFFERENT;
          }
          pipeline[i] =
              curlPipeline(server.base(), zips, Files.createDirectories(run.resolve("p")));
          steps[i] = curlThenUnzip(server.base(), zips, Files.createDirectories(run.resolve("s")));
          out.printf(
              "run %d: entwine update %.3f s (%s; %,d relation-months stored); curl | unzip -p per"
                  + " file %.3f s; curl --parallel, then unzip -p %.3f s%n",
              i + 1,
              entwine[i],
              cli != null
                  ? "the command line, its JVM's start included"
                  : String.format(
                      "in this JVM: open %.2f s, registry %.2f s, list and plan %.2f s, fetch, read"
                          + " and store %.2f s of which storing %.2f s, close %.2f s",
                      phases[0], phases[4], phases[1], phases[2], phases[5], phases[3]),
              r.months(),
              pipeline[i],
              steps[i]);
          out.flush();
          delete(run);
        }
        double e = median(entwine);
        double p = median(pipeline);
        double s = median(steps);
        double limit = Math.min(p, s);
        out.printf(
            "median: entwine update %.3f s (%.0f MB/s of zips), curl | unzip -p %.3f s, curl then"
                + " unzip -p %.3f s%n",
            e, bytes / 1e6 / e, p, s);
        out.printf(
            "entwine's whole update takes %.2fx the time of the shell's limit (fetch and inflate"
                + " only, %.3f s)%n",
            e / limit, limit);
      }
      return Bench.OK;
    } finally {
      delete(work);
    }
  }

  /** Where an update's time went: opening the store, the plan, the rest, closing. */
  private final double[] phases = new double[6];

  /** What an update read and stored, as the check compares it. */
  private record Read(long rows, long relations, int files, long months) {}

  private static final java.util.regex.Pattern LOADED =
      java.util.regex.Pattern.compile(
          "loaded gdelt: ([\\d,]+) files?, ([\\d,]+) rows, ([\\d,]+) relation events counted.*?,"
              + " ([\\d,]+) relation-months stored");

  /** The command line's update of a new store, in a JVM of its own, as the launcher starts it. */
  private Read command(Path db, Path run, URI base, List<Path> zips) throws Exception {
    String first = zips.get(0).getFileName().toString();
    String last = zips.get(zips.size() - 1).getFileName().toString();
    List<String> start =
        cli.toString().endsWith(".jar")
            ? List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-modules",
                "jdk.incubator.vector",
                "-Xms1g",
                "-jar",
                cli.toString())
            : List.of(cli.toString()); // the launcher, with its options and class-data archive
    List<String> command = new java.util.ArrayList<>(start);
    command.addAll(
        List.of(
            "update",
            "gdelt",
            "--db",
            db.toString(),
            "--mirror",
            base.toString(),
            "--from",
            day(first),
            "--to",
            day(last),
            "--connections",
            "" + connections,
            "--threads",
            "" + threads,
            "--cache",
            run.resolve("cache").toString(),
            "--quarantine",
            run.resolve("quarantine.txt").toString()));
    Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) throw new IllegalStateException("entwine update failed: " + said);
    java.util.regex.Matcher m = LOADED.matcher(said);
    if (!m.find()) throw new IllegalStateException("no 'loaded gdelt' in: " + said);
    return new Read(
        number(m.group(2)), number(m.group(3)), (int) number(m.group(1)), number(m.group(4)));
  }

  private static long number(String text) {
    return Long.parseLong(text.replace(",", ""));
  }

  /** Entwine's update of a new store (the bundled example) from the server, as the command does. */
  private Read update(Path db, Path run, URI base, List<Path> zips) {
    String first = zips.get(0).getFileName().toString();
    String last = zips.get(zips.size() - 1).getFileName().toString();
    long t0 = System.nanoTime();
    Store store = StoreLocation.open(db.toString(), note -> {});
    try {
      phases[0] = (System.nanoTime() - t0) / 1e9;
      Store.Hold hold = store.hold("update");
      try {
        long tr = System.nanoTime();
        var crosswalk = store.load().crosswalk();
        phases[4] = (System.nanoTime() - tr) / 1e9;
        try (Fetcher fetcher =
            new Fetcher(
                new Fetcher.Settings(
                    connections,
                    3,
                    Duration.ofSeconds(30),
                    Duration.ofSeconds(1),
                    "Entwine/bench",
                    Map.of()),
                note -> {})) {
          // the store, its additions timed: what of the update is storing
          Store timed =
              (Store)
                  java.lang.reflect.Proxy.newProxyInstance(
                      Store.class.getClassLoader(),
                      new Class<?>[] {Store.class},
                      (proxy, method, args) -> {
                        long ts = System.nanoTime();
                        try {
                          return method.invoke(store, args);
                        } catch (java.lang.reflect.InvocationTargetException e) {
                          throw e.getCause();
                        } finally {
                          if (method.getName().equals("addEvents"))
                            phases[5] = (System.nanoTime() - ts) / 1e9;
                        }
                      });
          GdeltUpdate update =
              new GdeltUpdate(
                  timed,
                  crosswalk,
                  fetcher,
                  new HttpCache(run.resolve("cache")),
                  new GdeltUpdate.Settings(
                      base,
                      run.resolve("downloads"),
                      false,
                      threads,
                      run.resolve("quarantine.txt"),
                      "bench",
                      null,
                      false));
          long t1 = System.nanoTime();
          GdeltUpdate.Plan plan = update.plan(Period.of(day(first), day(last)), n -> {});
          long t2 = System.nanoTime();
          GdeltUpdate.Result r = update.run(plan, n -> {});
          phases[1] = (t2 - t1) / 1e9;
          phases[2] = (System.nanoTime() - t2) / 1e9;
          return new Read(r.load().rows(), r.load().relations(), r.fetched(), r.load().months());
        }
      } finally {
        hold.close();
      }
    } finally {
      long t3 = System.nanoTime();
      store.close();
      phases[3] = (System.nanoTime() - t3) / 1e9;
    }
  }

  /** "2017-10-01" of "20171001000000.export.CSV.zip". */
  private static String day(String name) {
    return name.substring(0, 4) + "-" + name.substring(4, 6) + "-" + name.substring(6, 8);
  }

  /** Each file fetched by curl and inflated by unzip -p in one pipeline, as many at once. */
  private double curlPipeline(URI base, List<Path> zips, Path into) throws Exception {
    String urls = urls(base, zips);
    long t0 = System.nanoTime();
    Process p =
        new ProcessBuilder(
                "sh",
                "-c",
                "xargs -P "
                    + connections
                    + " -n 1 sh -c 'f=\"$0/${1##*/}\"; curl -sSf -o \"$f\" \"$1\" && unzip -p"
                    + " \"$f\" > /dev/null' '"
                    + into
                    + "'")
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    try (OutputStream in = p.getOutputStream()) {
      in.write(urls.getBytes(StandardCharsets.UTF_8));
    }
    if (p.waitFor() != 0) throw new IllegalStateException("curl or unzip failed (installed?)");
    return (System.nanoTime() - t0) / 1e9;
  }

  /** curl --parallel fetching every file, then unzip -p over them, one process per core. */
  private double curlThenUnzip(URI base, List<Path> zips, Path into) throws Exception {
    List<String> curl =
        new ArrayList<>(
            List.of(
                "curl",
                "-sSf",
                "--no-progress-meter",
                "--parallel",
                "--parallel-max",
                "" + connections));
    for (Path z : zips) {
      curl.add("-o");
      curl.add(into.resolve(z.getFileName()).toString());
      curl.add(base.resolve("gdeltv2/" + z.getFileName()).toString());
    }
    long t0 = System.nanoTime();
    Process c = new ProcessBuilder(curl).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    if (c.waitFor() != 0) throw new IllegalStateException("curl failed");
    List<Process> unzips = new ArrayList<>();
    for (int k = 0; k < threads; k++) {
      StringBuilder sh = new StringBuilder();
      for (int i = k; i < zips.size(); i += threads)
        sh.append("unzip -p '").append(into.resolve(zips.get(i).getFileName())).append("';");
      unzips.add(
          new ProcessBuilder("sh", "-c", sh.toString())
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .redirectError(ProcessBuilder.Redirect.INHERIT)
              .start());
    }
    for (Process u : unzips) if (u.waitFor() != 0) throw new IllegalStateException("unzip failed");
    return (System.nanoTime() - t0) / 1e9;
  }

  private static String urls(URI base, List<Path> zips) {
    StringBuilder b = new StringBuilder();
    for (Path z : zips) b.append(base.resolve("gdeltv2/" + z.getFileName())).append('\n');
    return b.toString();
  }

  /** The folder laid out as GDELT's: the zips (linked) and a masterfilelist of their MD5s. */
  private static Path mirror(List<Path> zips, Path mirror) throws Exception {
    Path v2 = Files.createDirectories(mirror.resolve("gdeltv2"));
    List<String> list = new ArrayList<>();
    for (Path z : zips) {
      Path linked = v2.resolve(z.getFileName());
      Files.createSymbolicLink(linked, z.toAbsolutePath());
      MessageDigest md5 = MessageDigest.getInstance("MD5");
      try (InputStream in = Files.newInputStream(z)) {
        byte[] buf = new byte[1 << 16];
        for (int n; (n = in.read(buf)) > 0; ) md5.update(buf, 0, n);
      }
      list.add(
          Files.size(z)
              + " "
              + HexFormat.of().formatHex(md5.digest())
              + " http://data.gdeltproject.org/gdeltv2/"
              + z.getFileName());
    }
    Files.write(v2.resolve("masterfilelist.txt"), list);
    return mirror;
  }

  private static double median(double[] xs) {
    double[] s = xs.clone();
    Arrays.sort(s);
    return s[s.length / 2];
  }

  private static void delete(Path p) throws IOException {
    if (!Files.exists(p)) return;
    try (Stream<Path> all = Files.walk(p)) {
      for (Path f : all.sorted(Comparator.reverseOrder()).toList()) Files.delete(f);
    }
  }

  /** The folder's files over HTTP from this machine, as a publisher's plain file server does. */
  private static final class Served implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(16);

    Served(Path root) throws IOException {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
      server.setExecutor(threads);
      server.createContext("/", x -> send(root, x));
      server.start();
    }

    URI base() {
      return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    private static void send(Path root, HttpExchange x) throws IOException {
      try (x) {
        Path f = root.resolve(x.getRequestURI().getPath().replaceFirst("^/+", "")).normalize();
        if (!f.startsWith(root) || !Files.isRegularFile(f)) {
          x.sendResponseHeaders(404, -1);
          return;
        }
        x.sendResponseHeaders(200, Files.size(f));
        try (OutputStream out = x.getResponseBody()) {
          Files.copy(f, out);
        }
      }
    }

    @Override
    public void close() {
      server.stop(0);
      threads.shutdownNow();
    }
  }
}
