package org.entwine.bench;

import io.javalin.Javalin;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entwine.app.DefaultMethod;
import org.entwine.app.StoreLocation;
import org.entwine.app.accounts.Accounts;
import org.entwine.evidence.Commitment;
import org.entwine.registry.Entry;
import org.entwine.storage.Role;
import org.entwine.storage.Store;
import org.entwine.web.WebApp;
import org.hipparchus.stat.descriptive.rank.Percentile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * A team at work on one server: each client signs in with an analyst account of its own (half of
 * them with a session cookie, as a browser, half with an API token, as a script) and, for the time
 * given, reads the portfolio, the assessment and partner pages and enters commitments, over HTTP.
 * Then it counts what was stored against what the clients were told was stored: no write may be
 * lost or stored twice. Several stores are measured in one run, one after the other, and, where wrk
 * is installed, the token and the cookie are timed against each other on one route with it.
 */
@Command(
    name = "load",
    mixinStandardHelpOptions = true,
    description = {
      "Many analysts at once on the server, each signed in with an account of their own, by"
          + " session cookie or API token: reads of the portfolio, the assessment and partner"
          + " pages mixed with ledger entries; prints the latencies by route and by how the"
          + " clients signed in, the errors and the count of writes lost or stored twice; for"
          + " each store given, in one run."
    })
final class LoadBench implements Callable<Integer> {
  @Option(names = "--clients", paramLabel = "N", description = "Clients at once (default: 50).")
  int clients = 50;

  @Option(names = "--seconds", paramLabel = "S", description = "How long (default: 60).")
  int seconds = 60;

  @Option(
      names = "--warm-up",
      paramLabel = "S",
      description =
          "Seconds of the same load before the measured ones, not counted (default: 15): the"
              + " server's JIT and first answers.")
  int warmUp = 15;

  @Option(
      names = "--writes",
      paramLabel = "SHARE",
      description = "The share of requests that write (default: 0.1).")
  double writeShare = 0.1;

  @Option(
      names = "--tokens",
      paramLabel = "SHARE",
      description = "The share of clients that send an API token rather than a cookie (0.5).")
  double tokenShare = 0.5;

  @Option(
      names = "--db",
      paramLabel = "FILE|URL",
      description =
          "A database file or postgresql:// address; repeat it to measure several stores in one"
              + " run (default: $ENTWINE_DB, else ~/.local/share/entwine/entwine.duckdb).")
  List<String> databases = new ArrayList<>();

  @Option(
      names = "--wrk",
      paramLabel = "S",
      description =
          "Seconds of wrk (if installed) on one route with a cookie, then a token, 50 connections"
              + " (default: 20; 0: none).")
  int wrkSeconds = 20;

  @Spec CommandLine.Model.CommandSpec spec;

  private static final String PASSWORD = "load bench passphrase";
  private static final List<String> PARTNERS =
      List.of("CHN", "USA", "JPN", "RUS", "IND", "KOR", "LAO", "KHM", "FRA", "AUS");

  /** What one store gave: its mixed load's figures, and wrk's by cookie and by token. */
  private record Measured(
      String store, Figures load, Wrk cookie, Wrk token, long lost, long twice, long errors) {}

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    List<String> stores =
        databases.isEmpty() ? List.of(StoreLocation.resolve(null, System.getenv())) : databases;
    List<Measured> all = new ArrayList<>();
    for (String location : stores) {
      try (Store store = StoreLocation.open(location, spec.commandLine().getErr()::println)) {
        all.add(measure(store, out));
      }
    }
    summary(all, out);
    return all.stream().allMatch(m -> m.errors() == 0 && m.lost() == 0 && m.twice() == 0) ? 0 : 1;
  }

  private Measured measure(Store store, PrintWriter out) throws Exception {
    if (store.load().sources().stream().noneMatch(s -> s.id().equals("load-bench")))
      store.add(
          org.entwine.registry.Registry.builder()
              .sources(
                  List.of(
                      new org.entwine.source.Source(
                          "load-bench",
                          "Entered by Entwine's load benchmark",
                          null,
                          null,
                          null,
                          null,
                          null,
                          null,
                          "Not a fact: exists only in a benchmark's database.",
                          true)))
              .build(),
          "load bench",
          "bench");
    Accounts accounts = new Accounts(store);
    Entry bench = Entry.of("load bench", "bench");
    String run = Long.toString(System.currentTimeMillis(), 36);
    String[] tokens = new String[clients];
    for (int i = 0; i < clients; i++) {
      String name = "load-" + i;
      if (accounts.find(name).isEmpty())
        accounts.add(name, PASSWORD.toCharArray(), Role.ANALYST, bench);
      if (i < Math.round(clients * tokenShare))
        tokens[i] = accounts.newToken(name, "load " + run, null, bench).token();
    }
    Javalin app = WebApp.create(store, DefaultMethod.load(), "127.0.0.1", "bench").start(0);
    try {
      Load load = load(store, app.port(), tokens, run, out);
      Wrk cookie = null;
      Wrk token = null;
      if (wrkSeconds > 0 && tokens.length > 0 && tokens[0] != null) {
        String path = "/api/actors/VNM/portfolio";
        cookie = wrk(app.port(), path, "Cookie: " + signIn(app.port(), clients - 1).cookie());
        token = wrk(app.port(), path, "Authorization: Bearer " + tokens[0]);
      }
      return new Measured(
          store.location(),
          load.figures(),
          cookie,
          token,
          load.lost(),
          load.twice(),
          load.errors());
    } finally {
      app.stop();
      for (int i = 0; i < clients; i++)
        if (tokens[i] != null) accounts.revoke("load-" + i, "load " + run, bench);
    }
  }

  /** A client's way in: a session cookie and its CSRF token, or an API token. */
  private record Credentials(String cookie, String csrf, String token) {
    HttpRequest.Builder on(HttpRequest.Builder r) {
      return token != null
          ? r.header("Authorization", "Bearer " + token)
          : r.header("Cookie", cookie).header("X-Entwine-CSRF", csrf);
    }

    String how() {
      return token != null ? "token" : "cookie";
    }
  }

  private static final HttpClient SIGN_IN = HttpClient.newHttpClient();

  private static Credentials signIn(int port, int client) throws Exception {
    HttpResponse<String> r =
        SIGN_IN.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/session"))
                .header("Content-Type", "application/json")
                .header("X-Entwine-Request", "1")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"name\": \"load-" + client + "\", \"password\": \"" + PASSWORD + "\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) throw new IllegalStateException("sign-in failed: " + r.body());
    String cookie =
        r.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("entwine_session="))
            .findFirst()
            .orElseThrow()
            .split(";")[0];
    String csrf = org.entwine.json.DomainJson.json().readTree(r.body()).get("csrf").asText();
    return new Credentials(cookie, csrf, null);
  }

  /** The mixed load's figures per request kind and way in, and what became of the writes. */
  private record Load(Figures figures, long lost, long twice, long errors) {}

  /** Latencies in microseconds by "how: kind" (how: cookie or token), and the seconds they took. */
  private record Figures(Map<String, List<Long>> micros, int seconds) {
    List<Long> where(java.util.function.Predicate<String> key) {
      List<Long> out = new ArrayList<>();
      micros.forEach(
          (k, v) -> {
            if (key.test(k)) out.addAll(v);
          });
      return out;
    }
  }

  private Load load(Store store, int port, String[] tokens, String run, PrintWriter out)
      throws Exception {
    Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
    AtomicLong errors = new AtomicLong();
    Map<String, String> firstErrors = new ConcurrentHashMap<>();
    List<String> acknowledged = java.util.Collections.synchronizedList(new ArrayList<>());
    HttpClient http =
        HttpClient.newBuilder()
            .executor(Executors.newFixedThreadPool(clients))
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    long measured = System.nanoTime() + Duration.ofSeconds(warmUp).toNanos();
    long deadline = measured + Duration.ofSeconds(seconds).toNanos();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<?>> done = new ArrayList<>();
    out.printf(
        "%d clients (%d with an API token) for %d s after %d s of warm-up on %s (%.0f%%"
            + " writes)...%n",
        clients,
        java.util.Arrays.stream(tokens).filter(t -> t != null).count(),
        seconds,
        warmUp,
        store.location(),
        100 * writeShare);
    out.flush();
    for (int c = 0; c < clients; c++) {
      int client = c;
      done.add(
          pool.submit(
              () -> {
                String base = "http://127.0.0.1:" + port;
                Credentials me =
                    tokens[client] != null
                        ? new Credentials(null, null, tokens[client])
                        : signIn(port, client);
                int n = 0;
                ThreadLocalRandom random = ThreadLocalRandom.current();
                while (System.nanoTime() < deadline) {
                  double pick = random.nextDouble();
                  String partner = PARTNERS.get(random.nextInt(PARTNERS.size()));
                  HttpRequest.Builder req;
                  String kind;
                  String id = null;
                  if (pick < writeShare) {
                    kind = "write: commitment";
                    id = "load-" + run + "-" + client + "-" + n++;
                    req =
                        HttpRequest.newBuilder(URI.create(base + "/api/records?reason=load+bench"))
                            .header("Content-Type", "application/json")
                            .header("X-Entwine-Request", "1")
                            .POST(HttpRequest.BodyPublishers.ofString(commitment(id, partner)));
                  } else {
                    double read = (pick - writeShare) / (1 - writeShare);
                    String path;
                    if (read < 0.4) {
                      kind = "read: portfolio";
                      path = "/api/actors/VNM/portfolio";
                    } else if (read < 0.6) {
                      kind = "read: assessment";
                      path = "/api/actors/VNM/assessment?runs=50";
                    } else if (read < 0.8) {
                      kind = "read: partner ledgers";
                      path = "/api/actors/VNM/partners/" + partner + "/ledgers";
                    } else {
                      kind = "read: partner timeline";
                      path = "/api/actors/VNM/partners/" + partner + "/timeline";
                    }
                    req = HttpRequest.newBuilder(URI.create(base + path)).GET();
                  }
                  long t0 = System.nanoTime();
                  HttpResponse<String> r =
                      http.send(
                          me.on(req).timeout(Duration.ofSeconds(60)).build(),
                          HttpResponse.BodyHandlers.ofString());
                  long micros = (System.nanoTime() - t0) / 1000;
                  if (t0 < measured) {
                    if (id != null && r.statusCode() < 300) acknowledged.add(id);
                    continue; // warming up
                  }
                  latencies
                      .computeIfAbsent(
                          me.how() + " " + kind,
                          k -> new java.util.concurrent.CopyOnWriteArrayList<>())
                      .add(micros);
                  if (r.statusCode() >= 300) {
                    errors.incrementAndGet();
                    firstErrors.putIfAbsent(kind, r.statusCode() + " " + r.body());
                  } else if (id != null) {
                    acknowledged.add(id);
                  }
                }
                return null;
              }));
    }
    for (Future<?> f : done) f.get();
    pool.shutdown();
    // what the clients were told was stored, against what the store holds
    Map<String, Integer> stored = new HashMap<>();
    for (Commitment c : store.load().commitments())
      if (c.id().startsWith("load-" + run + "-")) stored.merge(c.id(), 1, Integer::sum);
    long lost = acknowledged.stream().filter(id -> !stored.containsKey(id)).count();
    long twice = stored.values().stream().filter(v -> v > 1).count();
    long unacknowledged = stored.size() - acknowledged.stream().distinct().count();
    Figures figures = new Figures(latencies, seconds);
    out.printf(
        "%-32s %9s %9s %9s %9s %9s%n", "request", "count", "p50 ms", "p99 ms", "max ms", "per s");
    for (var e : new java.util.TreeMap<>(latencies).entrySet())
      print(out, e.getKey(), e.getValue());
    for (String how : List.of("cookie", "token"))
      print(out, how + " all reads", figures.where(k -> k.startsWith(how + " read")));
    print(out, "all reads", figures.where(k -> k.contains(" read")));
    out.printf(
        "errors: %d%s%nwrites acknowledged: %d, stored: %d, lost: %d, stored twice: %d, stored"
            + " without an acknowledgement: %d%n",
        errors.get(),
        firstErrors.isEmpty() ? "" : " (first of each kind: " + firstErrors + ")",
        acknowledged.size(),
        stored.size(),
        lost,
        twice,
        unacknowledged);
    out.flush();
    return new Load(figures, lost, twice, errors.get());
  }

  /** What wrk measured on one route: requests a second, and latency percentiles in ms. */
  private record Wrk(double perSecond, double p50, double p99, String errors) {}

  private static final Pattern WRK_RATE = Pattern.compile("Requests/sec:\\s+([\\d.]+)");
  private static final Pattern WRK_PERCENTILE =
      Pattern.compile("\\s+(50|99)(?:\\.000)?%\\s+([\\d.]+)(us|ms|s)\\b");

  /** wrk with 2 threads and 50 connections on {@code path}, with one header; null: no wrk. */
  private Wrk wrk(int port, String path, String header) throws Exception {
    Process p;
    try {
      p =
          new ProcessBuilder(
                  "wrk",
                  "-t2",
                  "-c50",
                  "-d" + wrkSeconds + "s",
                  "--latency",
                  "-H",
                  header,
                  "http://127.0.0.1:" + port + path)
              .redirectErrorStream(true)
              .start();
    } catch (java.io.IOException e) {
      return null; // not installed
    }
    String text = new String(p.getInputStream().readAllBytes());
    p.waitFor();
    Matcher rate = WRK_RATE.matcher(text);
    Map<String, Double> ms = new HashMap<>();
    Matcher m = WRK_PERCENTILE.matcher(text);
    while (m.find()) {
      double v = Double.parseDouble(m.group(2));
      ms.put(
          m.group(1), m.group(3).equals("us") ? v / 1000 : m.group(3).equals("s") ? v * 1000 : v);
    }
    Matcher non2xx = Pattern.compile("Non-2xx or 3xx responses: (\\d+)").matcher(text);
    return new Wrk(
        rate.find() ? Double.parseDouble(rate.group(1)) : 0,
        ms.getOrDefault("50", Double.NaN),
        ms.getOrDefault("99", Double.NaN),
        non2xx.find() ? non2xx.group(1) : "0");
  }

  private static double percentile(List<Long> micros, double p) {
    double[] ms = micros.stream().mapToDouble(m -> m / 1000.0).toArray();
    return ms.length == 0 ? Double.NaN : new Percentile().evaluate(ms, p);
  }

  private void print(PrintWriter out, String kind, List<Long> micros) {
    out.printf(
        "%-32s %9d %9.1f %9.1f %9.1f %9.1f%n",
        kind,
        micros.size(),
        percentile(micros, 50),
        percentile(micros, 99),
        micros.stream().mapToLong(Long::longValue).max().orElse(0) / 1000.0,
        micros.size() / (double) seconds);
  }

  /** The figures of every store, as rows of the tables in docs/benchmarks.md. */
  private void summary(List<Measured> all, PrintWriter out) {
    out.println();
    out.println(
        "| store | reads/s | reads p50 | reads p99 | assessment p99 | cookie reads p50 / p99 |"
            + " token reads p50 / p99 | token ÷ cookie p50 / p99 | writes/s | writes p99 |"
            + " errors | writes lost / twice |");
    out.println("|---|---|---|---|---|---|---|---|---|---|---|---|");
    for (Measured m : all) {
      Figures f = m.load();
      List<Long> reads = f.where(k -> k.contains(" read"));
      List<Long> cookie = f.where(k -> k.startsWith("cookie read"));
      List<Long> token = f.where(k -> k.startsWith("token read"));
      List<Long> writes = f.where(k -> k.contains(" write"));
      out.printf(
          "| %s | %.0f | %.1f ms | %.0f ms | %.0f ms | %.1f / %.0f ms | %.1f / %.0f ms | %.2f /"
              + " %.2f | %.1f | %.0f ms | %d | %d / %d |%n",
          m.store(),
          reads.size() / (double) seconds,
          percentile(reads, 50),
          percentile(reads, 99),
          percentile(f.where(k -> k.endsWith("read: assessment")), 99),
          percentile(cookie, 50),
          percentile(cookie, 99),
          percentile(token, 50),
          percentile(token, 99),
          percentile(token, 50) / percentile(cookie, 50),
          percentile(token, 99) / percentile(cookie, 99),
          writes.size() / (double) seconds,
          percentile(writes, 99),
          m.errors(),
          m.lost(),
          m.twice());
    }
    if (all.stream().anyMatch(m -> m.cookie() != null)) {
      out.println();
      out.println(
          "| store (wrk, 50 connections, portfolio) | cookie req/s | token req/s | token ÷ cookie"
              + " | cookie p50 / p99 | token p50 / p99 | non-2xx |");
      out.println("|---|---|---|---|---|---|---|");
      for (Measured m : all) {
        if (m.cookie() == null) continue;
        out.printf(
            "| %s | %.0f | %.0f | %.2f | %.1f / %.1f ms | %.1f / %.1f ms | %s / %s |%n",
            m.store(),
            m.cookie().perSecond(),
            m.token().perSecond(),
            m.token().perSecond() / m.cookie().perSecond(),
            m.cookie().p50(),
            m.cookie().p99(),
            m.token().p50(),
            m.token().p99(),
            m.cookie().errors(),
            m.token().errors());
      }
    }
    out.flush();
  }

  private static String commitment(String id, String partner) {
    return """
    {"entwine": 1, "commitments": [{"id": "%s", "by": ["VNM", "%s"], "area": "trade",
      "text": "A commitment entered by the load benchmark", "due": "2030-01-01",
      "sources": ["load-bench"]}]}\
    """
        .formatted(id, partner);
  }
}
