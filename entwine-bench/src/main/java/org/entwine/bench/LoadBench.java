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
import org.entwine.app.DefaultMethod;
import org.entwine.app.accounts.Accounts;
import org.entwine.evidence.Commitment;
import org.entwine.registry.Entry;
import org.entwine.storage.Role;
import org.entwine.storage.Store;
import org.entwine.web.WebApp;
import org.hipparchus.stat.descriptive.rank.Percentile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * A team at work on one server: each client signs in with an analyst account of its own and, for
 * the time given, reads the portfolio, the assessment and partner pages and enters commitments,
 * over HTTP as a browser would. Then it counts what was stored against what the clients were told
 * was stored: no write may be lost or stored twice.
 */
@Command(
    name = "load",
    mixinStandardHelpOptions = true,
    description = {
      "Many analysts at once on the server, each signed in with an account of their own: reads of"
          + " the portfolio, the assessment and partner pages mixed with ledger entries; prints"
          + " the latencies, the errors and the count of writes lost or stored twice."
    })
final class LoadBench implements Callable<Integer> {
  @Option(names = "--clients", paramLabel = "N", description = "Clients at once (default: 50).")
  int clients = 50;

  @Option(names = "--seconds", paramLabel = "S", description = "How long (default: 60).")
  int seconds = 60;

  @Option(
      names = "--writes",
      paramLabel = "SHARE",
      description = "The share of requests that write (default: 0.1).")
  double writeShare = 0.1;

  @Mixin BenchDatabase database;
  @Spec CommandLine.Model.CommandSpec spec;

  private static final String PASSWORD = "load bench passphrase";
  private static final List<String> PARTNERS =
      List.of("CHN", "USA", "JPN", "RUS", "IND", "KOR", "LAO", "KHM", "FRA", "AUS");

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    try (Store store = database.open(spec.commandLine().getErr())) {
      if (!store.load().sources().stream().anyMatch(s -> s.id().equals("load-bench")))
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
      for (int i = 0; i < clients; i++) {
        String name = "load-" + i;
        if (accounts.find(name).isEmpty())
          accounts.add(name, PASSWORD.toCharArray(), Role.ANALYST, Entry.of("load bench", "bench"));
      }
      Javalin app = WebApp.create(store, DefaultMethod.load(), "127.0.0.1", "bench").start(0);
      try {
        return run(store, app.port(), out);
      } finally {
        app.stop();
      }
    }
  }

  private record Kind(String name, List<Long> micros) {}

  private int run(Store store, int port, PrintWriter out) throws Exception {
    String run = Long.toString(System.currentTimeMillis(), 36);
    Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
    AtomicLong errors = new AtomicLong();
    Map<String, String> firstErrors = new ConcurrentHashMap<>();
    List<String> acknowledged = java.util.Collections.synchronizedList(new ArrayList<>());
    HttpClient http =
        HttpClient.newBuilder()
            .executor(Executors.newFixedThreadPool(clients))
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<?>> done = new ArrayList<>();
    out.printf(
        "%d clients for %d s on %s (%.0f%% writes)...%n",
        clients, seconds, store.location(), 100 * writeShare);
    out.flush();
    for (int c = 0; c < clients; c++) {
      int client = c;
      done.add(
          pool.submit(
              () -> {
                String base = "http://127.0.0.1:" + port;
                HttpResponse<String> signIn =
                    http.send(
                        HttpRequest.newBuilder(URI.create(base + "/api/session"))
                            .header("Content-Type", "application/json")
                            .header("X-Entwine-Request", "1")
                            .POST(
                                HttpRequest.BodyPublishers.ofString(
                                    "{\"name\": \"load-"
                                        + client
                                        + "\", \"password\": \""
                                        + PASSWORD
                                        + "\"}"))
                            .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (signIn.statusCode() != 200)
                  throw new IllegalStateException("sign-in failed: " + signIn.body());
                String cookie =
                    signIn.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
                String csrf =
                    org.entwine.json.DomainJson.json().readTree(signIn.body()).get("csrf").asText();
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
                            .header("X-Entwine-CSRF", csrf)
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
                          req.header("Cookie", cookie).timeout(Duration.ofSeconds(60)).build(),
                          HttpResponse.BodyHandlers.ofString());
                  long micros = (System.nanoTime() - t0) / 1000;
                  latencies
                      .computeIfAbsent(kind, k -> new java.util.concurrent.CopyOnWriteArrayList<>())
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
    out.printf(
        "%-24s %9s %9s %9s %9s %9s%n", "request", "count", "p50 ms", "p99 ms", "max ms", "per s");
    long reads = 0;
    List<Long> allReads = new ArrayList<>();
    for (var e : new java.util.TreeMap<>(latencies).entrySet()) {
      print(out, e.getKey(), e.getValue());
      if (e.getKey().startsWith("read")) {
        reads += e.getValue().size();
        allReads.addAll(e.getValue());
      }
    }
    print(out, "all reads", allReads);
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
    return errors.get() == 0 && lost == 0 && twice == 0 && reads > 0 ? 0 : 1;
  }

  private void print(PrintWriter out, String kind, List<Long> micros) {
    double[] ms = micros.stream().mapToDouble(m -> m / 1000.0).toArray();
    Percentile p = new Percentile();
    out.printf(
        "%-24s %9d %9.1f %9.1f %9.1f %9.1f%n",
        kind,
        ms.length,
        p.evaluate(ms, 50),
        p.evaluate(ms, 99),
        java.util.Arrays.stream(ms).max().orElse(0),
        ms.length / (double) seconds);
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
