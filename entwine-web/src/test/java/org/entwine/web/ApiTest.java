package org.entwine.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.entwine.app.BundledExample;
import org.entwine.app.DefaultMethod;
import org.entwine.json.DomainJson;
import org.entwine.store.DuckDbStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON API over real HTTP, against a running server on the bundled example. */
class ApiTest {
  @TempDir static Path dir;
  static DuckDbStore store;
  static Javalin app;
  static final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    store = DuckDbStore.open(dir.resolve("web.duckdb"));
    BundledExample.load(store);
    TestSource.add(store, dir);
    app = WebApp.create(store, DefaultMethod.load(), "127.0.0.1", "analyst (web)").start(0);
  }

  @AfterAll
  static void stop() {
    app.stop();
    store.close();
  }

  record Response(int status, JsonNode json, String contentType) {}

  /**
   * The last write this client made, as its answer numbered it: reads ask for answers that reflect
   * it, as the pages do, so that a client reads back what it wrote.
   */
  static volatile long lastWrite;

  static void wrote(HttpResponse<String> r) {
    r.headers()
        .firstValue(SharedStore.WRITE)
        .ifPresent(w -> lastWrite = Math.max(lastWrite, Long.parseLong(w)));
  }

  static Response get(String path) throws Exception {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .header(SharedStore.AFTER, String.valueOf(lastWrite))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return new Response(
        r.statusCode(),
        DomainJson.json().readTree(r.body()),
        r.headers().firstValue("content-type").orElse(""));
  }

  @Test
  void anAnswerAWriteOutdatedIsServedWhileItsSuccessorIsComputedSayingWhichWriteItReflects()
      throws Exception {
    String path = "/api/actors/VNM/assessment?asOf=2024-12-31&runs=12";
    HttpRequest plain =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build();
    HttpResponse<String> first = http.send(plain, HttpResponse.BodyHandlers.ofString());
    long reflects = Long.parseLong(first.headers().firstValue(SharedStore.REFLECTS).orElseThrow());
    assertThat(DomainJson.json().readTree(first.body()).get("reflects").asLong())
        .as("the answer says it too")
        .isEqualTo(reflects);
    Response written =
        post(
            "/api/records",
            """
            {"entwine": 1, "contacts": [{"id": "reflects-1", "date": "2024-05-01", "from": "VNM",
              "to": "LAO", "level": "OFFICIAL", "title": "A visit the test enters", "sources": ["test-entry"]}]}\
            """);
    assertThat(written.status()).isEqualTo(201);
    long write = lastWrite;
    assertThat(write).isGreaterThan(reflects);
    // asked without naming the write: the answer before it, at once, saying so
    HttpResponse<String> kept = http.send(plain, HttpResponse.BodyHandlers.ofString());
    assertThat(kept.statusCode()).isEqualTo(200);
    long keptReflects =
        Long.parseLong(kept.headers().firstValue(SharedStore.REFLECTS).orElseThrow());
    assertThat(keptReflects).isLessThan(write);
    assertThat(DomainJson.json().readTree(kept.body()).get("reflects").asLong())
        .isEqualTo(keptReflects);
    // asked after the write: an answer that reflects it
    HttpResponse<String> after =
        http.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .header(SharedStore.AFTER, String.valueOf(write))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(Long.parseLong(after.headers().firstValue(SharedStore.REFLECTS).orElseThrow()))
        .isGreaterThanOrEqualTo(write);
    assertThat(
            http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                        .header(SharedStore.AFTER, "soon")
                        .build(),
                    HttpResponse.BodyHandlers.ofString())
                .statusCode())
        .isEqualTo(400);
  }

  @Test
  void theAssessmentIsWhatAssessPrintsForVietnam() throws Exception {
    Response r = get("/api/actors/VNM/assessment?asOf=2024-12-31&runs=50");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.contentType()).startsWith("application/json");
    JsonNode a = r.json();
    assertThat(a.get("focal").asText()).isEqualTo("VNM");
    assertThat(a.get("asOf").asText()).isEqualTo("2024-12-31");
    assertThat(a.get("runs").asInt()).isEqualTo(50);
    assertThat(a.get("methodHash").asText()).hasSize(64);
    JsonNode china = null;
    for (JsonNode p : a.get("partners")) if (p.get("partner").asText().equals("CHN")) china = p;
    assertThat(china).isNotNull();
    assertThat(china.get("level").asText()).isEqualTo("COMPREHENSIVE_STRATEGIC");
    assertThat(china.at("/score/depth").asDouble()).isBetween(0.0, 100.0);
    assertThat(china.at("/rank/rankLow").asDouble())
        .isLessThanOrEqualTo(china.at("/rank/rankHigh").asDouble());
    // the trade targets of 2010 and 2017 judged against Viet Nam's IMF DOTS report: two fallen due
    assertThat(china.at("/confidence/fallenDue").asInt()).isEqualTo(2);
    assertThat(china.at("/confidence/degree").asText()).isNotEqualTo("INSUFFICIENT_EVIDENCE");
    JsonNode target2010 = null;
    for (JsonNode k : china.at("/confidence/checks"))
      if (k.get("commitment").asText().equals("VNM-CHN-01")) target2010 = k;
    assertThat(target2010).isNotNull();
    assertThat(target2010.at("/target/metric").asText()).isEqualTo("TRADE_TOTAL_USD");
    assertThat(target2010.at("/target/year").asInt()).isEqualTo(2010);
    assertThat(target2010.get("verdict").asText()).isIn("MET", "PARTLY_MET", "MISSED");
    assertThat(target2010.at("/figure/year").asInt()).isEqualTo(2010);
    assertThat(target2010.at("/figure/sources/0").asText()).startsWith("imf-dots");
    assertThat(target2010.get("share").asDouble())
        .isEqualTo(target2010.at("/figure/value").asDouble() / 25e9);
  }

  @Test
  void thePortfolioOnTheDayThePapersCountedHoldsChinaAndRussiaAsComprehensiveStrategicPartners()
      throws Exception {
    Response r = get("/api/actors/VN/portfolio?asOf=2013-08-30");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json()).isNotEmpty();
    var levels = new java.util.HashMap<String, String>();
    r.json().forEach(e -> levels.put(e.get("partner").asText(), e.get("level").asText()));
    assertThat(levels)
        .containsEntry("CHN", "COMPREHENSIVE_STRATEGIC")
        .containsEntry("RUS", "COMPREHENSIVE_STRATEGIC")
        .containsEntry("JPN", "STRATEGIC");
  }

  @Test
  void theRegistryTheMethodAndARelationsHistoryAreWhatTheCommandsGive() throws Exception {
    JsonNode counts = get("/api/registry/counts?asOf=2013-08-30").json();
    JsonNode vietnam = null;
    for (JsonNode c : counts) if (c.get("actor").asText().equals("VNM")) vietnam = c;
    assertThat(vietnam).isNotNull();
    assertThat(
            vietnam.at("/byLevel/STRATEGIC").asInt()
                + vietnam.at("/byLevel/COMPREHENSIVE_STRATEGIC").asInt())
        .as("the papers' eleven strategic partners by 2013")
        .isEqualTo(11);
    JsonNode network = get("/api/registry/network?asOf=2013-08-30").json();
    assertThat(network.get("actors"))
        .anySatisfy(
            a -> {
              assertThat(a.get("actor").asText()).isEqualTo("VNM");
              assertThat(a.get("degree").asInt()).isGreaterThanOrEqualTo(11);
            });
    assertThat(network.get("links"))
        .anySatisfy(l -> assertThat(l.get("a").asText() + l.get("b").asText()).contains("VNM"));
    assertThat(get("/api/registry/asymmetric").json())
        .anySatisfy(f -> assertThat(f.get("id").asText()).isEqualTo("ASEAN-CHN"));
    JsonNode method = get("/api/method").json();
    assertThat(method.get("id").asText()).isEqualTo("entwine-default");
    assertThat(method.get("hash").asText())
        .isEqualTo(
            get("/api/actors/VNM/assessment?asOf=2024-12-31&runs=10")
                .json()
                .get("methodHash")
                .asText());
    assertThat(method.get("indicators"))
        .allSatisfy(i -> assertThat(i.get("paper").asText()).contains("paper-"));
    // each measure as its file names it, with the kind decided when the method was read
    for (String list : List.of("indicators", "stability"))
      assertThat(method.get(list))
          .allSatisfy(
              i ->
                  assertThat(i.get("kind").asText())
                      .isEqualTo(
                          org.entwine.method.MeasureKind.of(i.get("measure").asText()).name()));
    assertThat(method.get("indicators"))
        .anySatisfy(i -> assertThat(i.get("kind").asText()).isEqualTo("LEDGER"));
    JsonNode history = get("/api/actors/VNM/partners/CHN/history?asOf=2024-12-31").json();
    assertThat(history).isNotEmpty();
    // depth over time runs to the year the assessment scores: the latest the evidence covers well
    int scored =
        get("/api/actors/VNM/assessment?asOf=2024-12-31&runs=10").json().get("year").asInt();
    assertThat(scored).isBetween(2014, 2024);
    assertThat(history.get(history.size() - 1).get("year").asInt()).isEqualTo(scored);
    assertThat(history)
        .allSatisfy(y -> assertThat(y.get("depth").asDouble()).isBetween(0.0, 100.0));
    assertThat(get("/api/actors/VNM/partners/RUS/ledgers").json().get("commitments")).isNotEmpty();
    assertThat(get("/api/actors/VNM/partners/CHN/timeline").json().get(0).get("level").asText())
        .isEqualTo("COMPREHENSIVE_STRATEGIC");
  }

  @Test
  void anUnknownActorIs404AndAMalformedParameter400EachSayingWhatWasExpected() throws Exception {
    Response unknown = get("/api/actors/XXX/assessment");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.json().get("error").asText()).contains("unknown actor 'XXX'");
    for (String far : List.of("-999999999-01-01", "%2B999999999-12-31", "0999-01-01")) {
      Response farDate = get("/api/actors/VNM/portfolio?asOf=" + far);
      assertThat(farDate.status()).as(far).isEqualTo(400);
      assertThat(farDate.json().get("error").asText()).contains("expects a date as YYYY-MM-DD");
      assertThat(get("/api/actors/VNM/assessment?asOf=" + far).status()).isEqualTo(400);
    }
    Response badDate = get("/api/actors/VNM/assessment?asOf=2013-13-01");
    assertThat(badDate.status()).isEqualTo(400);
    assertThat(badDate.json().get("error").asText())
        .contains("asOf expects a date as YYYY-MM-DD")
        .contains("2013-13-01");
    Response badRuns = get("/api/actors/VNM/assessment?runs=many");
    assertThat(badRuns.status()).isEqualTo(400);
    assertThat(badRuns.json().get("error").asText())
        .contains("runs expects a whole number from 1 to 1000");
    assertThat(get("/api/actors/VNM/assessment?runs=10000").status())
        .as("a request may not hold the server for long")
        .isEqualTo(400);
    // no events loaded: an empty series, not an error (the partner page shows it as such)
    Response noEvents = get("/api/actors/VNM/partners/CHN/events");
    assertThat(noEvents.status()).isEqualTo(200);
    assertThat(noEvents.json().get("months")).isEmpty();
    assertThat(noEvents.json().get("dataset").isNull()).isTrue();
    Response askedFor = get("/api/actors/VNM/partners/CHN/events?dataset=gdelt");
    assertThat(askedFor.status()).as("a dataset asked for and not loaded").isEqualTo(404);
    assertThat(askedFor.json().get("error").asText()).contains("no events are loaded");
    Response badMonth = get("/api/actors/VNM/partners/CHN/events?from=2019-1");
    assertThat(badMonth.status()).isEqualTo(400);
  }

  static Response post(String path, String body) throws Exception {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json")
                .header("X-Entwine-Request", "1")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    wrote(r);
    return new Response(
        r.statusCode(),
        DomainJson.json().readTree(r.body()),
        r.headers().firstValue("content-type").orElse(""));
  }

  private static int fallenDue(String partner) throws Exception {
    for (JsonNode p :
        get("/api/actors/VNM/assessment?asOf=2024-12-31&runs=10").json().get("partners")) {
      if (p.get("partner").asText().equals(partner)) return p.at("/confidence/fallenDue").asInt();
    }
    throw new AssertionError(partner + " is not assessed");
  }

  @Test
  void aCommitmentEnteredThroughTheApiCountsInTheTrustFiguresAndABrokenOneIsRefusedWhole()
      throws Exception {
    int before = fallenDue("RUS"); // CHN, which the assessment test reads, is left as it is
    var counts = store.counts();
    String broken =
        """
        {"entwine": 1, "commitments": [
          {"id": "rus-web-ok", "by": ["VNM", "RUS"], "area": "trade", "text": "A commitment", "due": "2020-06-30",
           "sources": ["test-entry"], "status": [{"date": "2020-07-01", "status": "FULFILLED", "sources": ["test-entry"]}]},
          {"id": "rus-web-bad", "by": ["RUS"], "area": "trade", "due": "2020-06-30", "sources": ["no-such-source"]}
        ]}\
        """;
    Response refused = post("/api/records", broken);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("error").asText())
        .isEqualTo("request:4: commitments[1].text: missing required field 'text'");
    assertThat(store.counts())
        .as("nothing of a refused entry is stored, not even its good commitment")
        .isEqualTo(counts);
    Response unknownSource =
        post(
            "/api/records",
            broken.replace(
                "\"due\": \"2020-06-30\", \"sources\": [\"no-such",
                "\"text\": \"x\", \"due\": \"2020-06-30\", \"sources\": [\"no-such"));
    assertThat(unknownSource.status()).isEqualTo(400);
    assertThat(unknownSource.json().get("error").asText())
        .contains("request:4")
        .contains("no-such-source");
    assertThat(store.counts()).isEqualTo(counts);
    String good =
        """
        {"entwine": 1, "commitments": [
          {"id": "rus-web-ok", "by": ["VNM", "RUS"], "area": "trade", "text": "A test entry made through the API",
           "due": "2020-06-30", "sources": ["test-entry"],
           "status": [{"date": "2020-07-01", "status": "FULFILLED", "sources": ["test-entry"]}]}
        ]}\
        """;
    Response stored = post("/api/records", good);
    assertThat(stored.status()).as(stored.json().toString()).isEqualTo(201);
    assertThat(stored.json().get("stored").asInt()).isEqualTo(1);
    assertThat(fallenDue("RUS")).isEqualTo(before + 1);
    Response again = post("/api/records", good);
    assertThat(again.status()).isEqualTo(400);
    assertThat(again.json().get("error").asText()).contains("rus-web-ok");
  }

  @Test
  void aCommitmentsNewStatusIsRecordedItsEarlierVersionKeptAndAWrongOneRefusedWithTheFieldNamed()
      throws Exception {
    String status = "/api/commitments/rus-2010-ninh-thuan-1/status";
    long versions = store.counts().get("record_versions");
    Response wrong =
        post(
            status,
            "{\"date\": \"2016-11-22\", \"status\": \"ABANDONED\", \"sources\": [\"test-entry\"]}");
    assertThat(wrong.status()).isEqualTo(400);
    assertThat(wrong.json().get("error").asText())
        .startsWith("status: expected one of")
        .contains("ABANDONED");
    Response early =
        post(status, "{\"date\": \"2009\", \"status\": \"LAPSED\", \"sources\": [\"test-entry\"]}");
    assertThat(early.status()).isEqualTo(400);
    assertThat(early.json().get("error").asText()).contains("out of order");
    Response unsourced =
        post(status, "{\"date\": \"2026\", \"status\": \"LAPSED\", \"sources\": [\"nowhere\"]}");
    assertThat(unsourced.json().get("error").asText())
        .contains("sources: unknown source 'nowhere'");
    assertThat(
            post(
                    "/api/commitments/no-such/status",
                    "{\"date\": \"2026\", \"status\": \"LAPSED\", \"sources\": [\"test-entry\"]}")
                .status())
        .isEqualTo(404);
    assertThat(store.counts().get("record_versions"))
        .as("nothing changed by refused edits")
        .isEqualTo(versions);
    Response ok =
        post(
            status,
            "{\"date\": \"2026-01-01\", \"status\": \"BROKEN\", \"evidence\": \"A test status\","
                + " \"sources\": [\"test-entry\"]}");
    assertThat(ok.status()).as(ok.json().toString()).isEqualTo(200);
    JsonNode history = ok.json().get("status");
    assertThat(history.get(history.size() - 1).get("status").asText()).isEqualTo("BROKEN");
    assertThat(store.counts().get("record_versions")).isEqualTo(versions + 1);
    JsonNode ledger = get("/api/actors/VNM/partners/RUS/ledgers").json().get("commitments");
    assertThat(ledger)
        .anySatisfy(
            c -> {
              assertThat(c.get("id").asText()).isEqualTo("rus-2010-ninh-thuan-1");
              assertThat(c.get("status").get(c.get("status").size() - 1).get("status").asText())
                  .isEqualTo("BROKEN");
              assertThat(c.get("text").asText())
                  .as("the rest of the record is as it was")
                  .contains("Ninh Thuan");
            });
  }

  static Response put(String path, String body) throws Exception {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .PUT(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json")
                .header("X-Entwine-Request", "1")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    wrote(r);
    return new Response(
        r.statusCode(),
        DomainJson.json().readTree(r.body()),
        r.headers().firstValue("content-type").orElse(""));
  }

  @Test
  void aRecordReadFromTheLedgersIsEditedAndSentBackAsANewVersionAndTheEarlierOneKept()
      throws Exception {
    JsonNode commitments = get("/api/actors/VNM/partners/USA/ledgers").json().get("commitments");
    var record = (com.fasterxml.jackson.databind.node.ObjectNode) commitments.get(0).deepCopy();
    String id = record.get("id").asText();
    long versions = store.counts().get("record_versions");
    record.put("note", "Edited in the API test");
    String document = "{\"entwine\": 1, \"commitments\": [" + record + "]}";
    Response replaced = put("/api/records", document);
    assertThat(replaced.status()).as(replaced.json().toString()).isEqualTo(200);
    assertThat(replaced.json().get("replaced").asInt()).isEqualTo(1);
    assertThat(store.counts().get("record_versions")).isEqualTo(versions + 1);
    assertThat(get("/api/actors/VNM/partners/USA/ledgers").json().get("commitments"))
        .anySatisfy(
            c -> {
              assertThat(c.get("id").asText()).isEqualTo(id);
              assertThat(c.get("note").asText()).isEqualTo("Edited in the API test");
            });
    record.put("id", "no-such-commitment");
    Response none = put("/api/records", "{\"entwine\": 1, \"commitments\": [" + record + "]}");
    assertThat(none.status()).isEqualTo(400);
    assertThat(none.json().get("error").asText())
        .contains("no commitment 'no-such-commitment' to replace");
    record.put("id", id);
    record.putArray("sources").add("nowhere");
    Response unsourced = put("/api/records", "{\"entwine\": 1, \"commitments\": [" + record + "]}");
    assertThat(unsourced.status()).isEqualTo(400);
    assertThat(unsourced.json().get("error").asText()).contains("nowhere");
    assertThat(store.counts().get("record_versions"))
        .as("refused edits change nothing")
        .isEqualTo(versions + 1);
  }

  @Test
  void thePagesWordsComeInTheLanguageAskedForWithTheActorsNamesInIt() throws Exception {
    Response vi = get("/api/messages?lang=vi");
    assertThat(vi.status()).isEqualTo(200);
    assertThat(vi.json().get("lang").asText()).isEqualTo("vi");
    assertThat(vi.json().get("words").get("level.COMPREHENSIVE_STRATEGIC").asText())
        .isEqualTo("Đối tác chiến lược toàn diện");
    assertThat(vi.json().get("names").get("CHN").asText()).isEqualTo("Trung Quốc");
    assertThat(vi.json().get("names").get("JPN").asText()).isEqualTo("Nhật Bản");
    Response en = get("/api/messages?lang=en");
    assertThat(en.json().get("names").size()).as("English: the registry's names").isZero();
    assertThat(get("/api/messages?lang=fr").status()).isEqualTo(400);
  }

  @Test
  void theOpenApiDocumentDescribesEveryRouteTheServerAnswers() throws Exception {
    Response r = get("/api/openapi.json");
    assertThat(r.status()).isEqualTo(200);
    JsonNode paths = r.json().get("paths");
    assertThat(r.json().get("openapi").asText()).startsWith("3.");
    // the routes the server registered, not a list kept by hand: each is described with its method,
    // and nothing more is
    java.util.Set<String> registered = new java.util.TreeSet<>();
    for (var e : app.unsafe.internalRouter.allHttpHandlers()) {
      String method = e.endpoint.method.name().toLowerCase(java.util.Locale.ROOT);
      if (e.endpoint.path.startsWith("/api/")
          && java.util.Set.of("get", "post", "put", "delete", "patch").contains(method)) {
        registered.add(method + " " + e.endpoint.path);
      }
    }
    java.util.Set<String> described = new java.util.TreeSet<>();
    paths
        .properties()
        .forEach(
            p ->
                p.getValue()
                    .properties()
                    .forEach(m -> described.add(m.getKey() + " " + p.getKey())));
    assertThat(registered).hasSizeGreaterThan(10);
    assertThat(described).isEqualTo(registered);
    for (String route : registered) {
      if (!route.startsWith("get ")) continue;
      String concrete =
          route
              .substring(4)
              .replace("{actor}", "VNM")
              .replace("{partner}", "CHN")
              .replace("{name}", "nobody");
      int status =
          concrete.endsWith("/report") // a PDF, not JSON
              ? rawStatus(
                  "GET " + concrete + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
              : get(concrete).status();
      assertThat(status).as(concrete).isNotEqualTo(405).isLessThan(500);
    }
    assertThat(get("/api/actors").json())
        .anySatisfy(a -> assertThat(a.get("code").asText()).isEqualTo("ASEAN"));
  }

  /**
   * A request as raw bytes over a socket: the Host header and body exactly as given (HttpClient
   * will not send some).
   */
  static int rawStatus(String request) throws Exception {
    try (var socket = new java.net.Socket("127.0.0.1", app.port())) {
      socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      socket.getOutputStream().flush();
      String status =
          new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream()))
              .readLine();
      return Integer.parseInt(status.split(" ")[1]);
    }
  }

  static Response send(String method, String path, String body, String... headers)
      throws Exception {
    var b =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
            .method(method, HttpRequest.BodyPublishers.ofString(body));
    for (int i = 0; i < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
    HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    return new Response(
        r.statusCode(),
        DomainJson.json().readTree(r.body()),
        r.headers().firstValue("content-type").orElse(""));
  }

  private static final String ENTRY =
      """
      {"entwine": 1, "commitments": [
        {"id": "stranger-1", "by": ["VNM", "RUS"], "area": "trade", "text": "Written by a stranger", "due": "2020-06-30",
         "sources": ["test-entry"], "status": [{"date": "2020-07-01", "status": "BROKEN", "sources": ["test-entry"]}]}]}\
      """;

  @Test
  void aWriteWithoutJsonTheServersHeaderOrFromAnotherSiteStoresNothing() throws Exception {
    var counts = store.counts();
    Response plain =
        send("POST", "/api/records", ENTRY, "Content-Type", "text/plain", "X-Entwine-Request", "1");
    assertThat(plain.status()).isEqualTo(415);
    assertThat(plain.json().get("error").asText())
        .contains("application/json")
        .contains("text/plain");
    Response form =
        send(
            "POST",
            "/api/commitments/rus-2010-ninh-thuan-1/status",
            "date=2026&status=BROKEN&sources=test-entry",
            "Content-Type",
            "application/x-www-form-urlencoded");
    assertThat(form.status()).isEqualTo(415);
    Response noHeader = send("POST", "/api/records", ENTRY, "Content-Type", "application/json");
    assertThat(noHeader.status()).isEqualTo(403);
    assertThat(noHeader.json().get("error").asText()).contains("X-Entwine-Request");
    Response otherSite =
        send(
            "PUT",
            "/api/records",
            ENTRY,
            "Content-Type",
            "application/json",
            "X-Entwine-Request",
            "1",
            "Origin",
            "http://evil.example");
    assertThat(otherSite.status()).isEqualTo(403);
    assertThat(otherSite.json().get("error").asText()).contains("another site");
    Response otherPort =
        send(
            "POST",
            "/api/records",
            ENTRY,
            "Content-Type",
            "application/json",
            "X-Entwine-Request",
            "1",
            "Origin",
            "http://127.0.0.1:1");
    assertThat(otherPort.status()).as("another port is another origin").isEqualTo(403);
    assertThat(store.counts()).isEqualTo(counts);
  }

  @Test
  void aRequestAddressedToAnotherNameIsRefusedEvenForReading() throws Exception {
    // a DNS-rebinding page reaches 127.0.0.1 under its own name
    assertThat(
            rawStatus(
                "GET /api/actors HTTP/1.1\r\nHost: rebind.example:"
                    + app.port()
                    + "\r\nConnection: close\r\n\r\n"))
        .isEqualTo(421);
    assertThat(
            rawStatus(
                "GET /api/actors HTTP/1.1\r\nHost: localhost:"
                    + app.port()
                    + "\r\nConnection: close\r\n\r\n"))
        .isEqualTo(200);
    var counts = store.counts();
    String body = ENTRY;
    int length = body.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    assertThat(
            rawStatus(
                "POST /api/records HTTP/1.1\r\n"
                    + "Host: rebind.example\r\n"
                    + "Content-Type: application/json\r\n"
                    + "X-Entwine-Request: 1\r\n"
                    + "Content-Length: "
                    + length
                    + "\r\nConnection: close\r\n\r\n"
                    + body))
        .isEqualTo(421);
    assertThat(store.counts()).isEqualTo(counts);
  }

  @Test
  void theServerOpensNoPathARequestNamesAndSaysTheSameWhetherItExistsOrNot() throws Exception {
    var counts = store.counts();
    String[] answers = new String[2];
    String[] paths = {"/etc/passwd", "/no/such/file.csv"};
    for (int i = 0; i < paths.length; i++) {
      Response r =
          post("/api/records", "{\"entwine\": 1, \"observationFiles\": [\"" + paths[i] + "\"]}");
      assertThat(r.status()).isEqualTo(400);
      answers[i] = r.json().get("error").asText();
    }
    assertThat(answers[0])
        .contains("observationFiles")
        .contains("opens no file")
        .doesNotContain("root:");
    assertThat(answers[1]).isEqualTo(answers[0]);
    assertThat(store.counts()).isEqualTo(counts);
  }

  @Test
  void theAuthorOfAWriteIsTheServersUserNeverWhatTheRequestClaims() throws Exception {
    String entry =
        """
        {"entwine": 1, "enteredBy": "mallory",
         "sources": [{"id": "web-author-test", "title": "Entered by the web test of authorship", "note": "Not a fact."}],
         "commitments": [{"id": "web-author-1", "by": ["VNM", "LAO"], "area": "trade", "text": "A test entry", "due": "2030",
           "sources": ["web-author-test"], "provenance": {"enteredBy": "mallory", "enteredAt": "2020-01-01T00:00:00Z"}}],
         "observations": [
          {"indicator": "trade.total", "actor": "VNM", "partner": "LAO", "period": "1999", "value": 12.5, "source": "web-author-test"}]}\
        """;
    Response stored =
        send(
            "POST",
            "/api/records",
            entry,
            "Content-Type",
            "application/json",
            "X-Entwine-Request",
            "1",
            "X-Entered-By",
            "mallory");
    assertThat(stored.status()).as(stored.json().toString()).isEqualTo(201);
    assertThat(stored.json().get("enteredBy").asText()).isEqualTo("analyst (web)");
    assertThat(store.imports().get(0).enteredBy()).isEqualTo("analyst (web)");
    assertThat(store.load().commitments())
        .filteredOn(x -> x.id().equals("web-author-1"))
        .singleElement()
        .satisfies(x -> assertThat(x.provenance().enteredBy()).isEqualTo("analyst (web)"));
    List<org.entwine.evidence.Observation> pair = new ArrayList<>();
    store.observations(org.entwine.registry.ObservationQuery.between("VNM", "LAO"), pair::add);
    assertThat(pair)
        .filteredOn(o -> o.source().equals("web-author-test"))
        .singleElement()
        .satisfies(o -> assertThat(o.value()).isEqualTo(12.5));
  }

  @Test
  void theExecutivePageComesInTheLanguageAskedAndWhatChangedAsDataBetweenTwoDates()
      throws Exception {
    Response en = get("/api/actors/VNM/briefing?asOf=2024-12-31&lang=en");
    assertThat(en.status()).isEqualTo(200);
    assertThat(en.json().get("judgements")).isNotEmpty();
    assertThat(en.json().get("changedHeading").asText()).startsWith("What changed since");
    // the same page in Vietnamese: no English word beyond names and the records' own words
    Response vi = get("/api/actors/VNM/briefing?asOf=2024-12-31&lang=vi");
    assertThat(vi.status()).isEqualTo(200);
    assertThat(vi.json().get("judgements")).hasSameSizeAs(en.json().get("judgements"));
    assertThat(vi.json().get("changedHeading").asText())
        .isEqualTo("Những thay đổi kể từ ngày 31 tháng 12 năm 2023");
    StringBuilder text = new StringBuilder(vi.json().get("changedHeading").asText());
    for (String list : List.of("judgements", "risks", "changed"))
      vi.json().get(list).forEach(line -> text.append('\n').append(line.asText()));
    List<String> own;
    synchronized (store) {
      own = org.entwine.testing.OwnWords.of(store.load());
    }
    assertThat(
            org.entwine.testing.EnglishWords.of(
                    PageWords.of("en").values(), PageWords.of("vi").values())
                .in(text.toString(), own))
        .isEmpty();
    assertThat(get("/api/actors/VNM/briefing?asOf=2024-12-31&since=2025-01-01").status())
        .isEqualTo(400);

    // what changed over 2023, the United States beside it: its upgrade of 10 September 2023
    Response c = get("/api/actors/VNM/changes?since=2022-12-31&until=2023-12-31&partners=USA");
    assertThat(c.status()).isEqualTo(200);
    assertThat(c.json().get("frameworks").findValuesAsText("partner")).contains("USA");
    assertThat(c.json().get("sideBySide").findValuesAsText("partner")).containsExactly("USA");
    assertThat(c.json().get("sideBySide").get(0).get("levelNow").asText())
        .isEqualTo("COMPREHENSIVE_STRATEGIC");
    assertThat(get("/api/actors/VNM/changes?since=2024-01-01&until=2023-01-01").status())
        .isEqualTo(400);
    assertThat(get("/api/actors/VNM/changes").status()).isEqualTo(400);
  }

  @Test
  void theAssessmentHasTheSameShapeWhateverIsMissing() throws Exception {
    JsonNode partners =
        get("/api/actors/VNM/assessment?asOf=2024-12-31&runs=10").json().get("partners");
    java.util.Set<String> fields = null;
    for (JsonNode p : partners) {
      java.util.Set<String> these = new java.util.TreeSet<>();
      p.fieldNames().forEachRemaining(these::add);
      if (fields == null) fields = these;
      assertThat(these).as(p.get("partner").asText()).isEqualTo(fields);
      assertThat(p.get("flags").isArray()).as("flags is a list, empty or not").isTrue();
    }
    assertThat(fields)
        .contains("score", "rank", "stability", "eventConfidence", "judgement", "flags");
    // a partner on thin evidence (the European Union here) is not ranked: its rank is there, as
    // null
    assertThat(
            java.util.stream.StreamSupport.stream(partners.spliterator(), false)
                .filter(p -> p.get("rank").isNull())
                .map(p -> p.get("partner").asText())
                .toList())
        .contains("EU");
    assertThat(
            java.util.stream.StreamSupport.stream(partners.spliterator(), false)
                .filter(p -> p.get("flags").isEmpty())
                .count())
        .isPositive();
  }
}
