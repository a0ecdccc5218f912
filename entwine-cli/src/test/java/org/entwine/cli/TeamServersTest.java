package org.entwine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.IntSupplier;
import org.entwine.app.DefaultMethod;
import org.entwine.app.StoreLocation;
import org.entwine.json.DomainJson;
import org.entwine.storage.Store;
import org.entwine.testing.LocalPostgres;
import org.entwine.web.WebApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two servers on one PostgreSQL database (a real server the tests start), with the command line
 * beside them, as a team runs them behind a load balancer: they agree on sessions, on an account
 * disabled or given a new password from the command line, and on each other's writes.
 */
class TeamServersTest {
  static final String PASSWORD = "a long enough passphrase";
  static final HttpClient http = HttpClient.newHttpClient();

  String team;
  Store storeA;
  Store storeB;
  Javalin a;
  Javalin b;

  @BeforeEach
  void twoServersOnOneDatabase() {
    team = LocalPostgres.get().newDatabase();
    assertThat(Cli.run(team, "init").code()).isZero();
    for (String[] account :
        List.of(new String[] {"boss", "admin"}, new String[] {"bob", "analyst"})) {
      var added =
          withStdin(
              PASSWORD + "\n",
              "users",
              "add",
              account[0],
              "--role",
              account[1],
              "--password-stdin");
      assertThat(added.code()).as(added.err()).isZero();
    }
    storeA = StoreLocation.open(team, note -> {});
    storeB = StoreLocation.open(team, note -> {});
    a = WebApp.create(storeA, DefaultMethod.load(), "127.0.0.1", "a").start(0);
    b = WebApp.create(storeB, DefaultMethod.load(), "127.0.0.1", "b").start(0);
  }

  @AfterEach
  void stop() {
    a.stop();
    b.stop();
    storeA.close();
    storeB.close();
  }

  private Cli.Result withStdin(String stdin, String... args) {
    InputStream was = System.in;
    System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
    try {
      return Cli.run(team, args);
    } finally {
      System.setIn(was);
    }
  }

  record Response(int status, String body, java.net.http.HttpHeaders headers) {
    JsonNode json() throws Exception {
      return DomainJson.json().readTree(body);
    }
  }

  /** A signed-in browser's cookie and CSRF token. */
  record Session(String cookie, String csrf) {}

  static Response send(Javalin server, String method, String path, String body, String... headers)
      throws Exception {
    var r =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) r.header("Content-Type", "application/json");
    if (!method.equals("GET")) r.header("X-Entwine-Request", "1");
    for (int i = 0; i < headers.length; i += 2) r.header(headers[i], headers[i + 1]);
    var answer = http.send(r.build(), HttpResponse.BodyHandlers.ofString());
    return new Response(answer.statusCode(), answer.body(), answer.headers());
  }

  static Session signIn(Javalin server, String name) throws Exception {
    Response r =
        send(
            server,
            "POST",
            "/api/session",
            "{\"name\": \"" + name + "\", \"password\": \"" + PASSWORD + "\"}");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    String cookie =
        r.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("entwine_session="))
            .findFirst()
            .orElseThrow()
            .split(";")[0];
    return new Session(cookie, r.json().get("csrf").asText());
  }

  static Response as(Javalin server, Session s, String method, String path, String body)
      throws Exception {
    return send(server, method, path, body, "Cookie", s.cookie(), "X-Entwine-CSRF", s.csrf());
  }

  static String commitment(String id) {
    return """
    {"entwine": 1, "commitments": [
      {"id": "%s", "by": ["VNM", "RUS"], "area": "trade", "text": "A test entry on a team's database",
       "due": "2020-06-30", "sources": ["vnm-rus-npp-2010"]}
    ]}\
    """
        .formatted(id);
  }

  /**
   * The status a request gets once the other server has heard of a change: each server hears of the
   * others' changes from the database (a notice at their commit), a few milliseconds later.
   */
  static int settled(IntSupplier status, int expected) throws Exception {
    long until = System.currentTimeMillis() + 2000;
    int s = status.getAsInt();
    while (s != expected && System.currentTimeMillis() < until) {
      Thread.sleep(10);
      s = status.getAsInt();
    }
    return s;
  }

  static IntSupplier read(Javalin server, Session s) {
    return () -> {
      try {
        return as(server, s, "GET", "/api/actors", null).status();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    };
  }

  @Test
  void aSessionSignedInOnOneServerWorksOnTheOtherAndSignOutEndsItOnBoth() throws Exception {
    Session bob = signIn(a, "bob");
    assertThat(as(b, bob, "GET", "/api/actors", null).status()).isEqualTo(200);
    Response written = as(b, bob, "POST", "/api/records", commitment("team-1"));
    assertThat(written.status()).as(written.body()).isEqualTo(201);
    assertThat(as(a, bob, "DELETE", "/api/session", null).status()).isEqualTo(204);
    assertThat(as(a, bob, "GET", "/api/actors", null).status()).isEqualTo(401);
    assertThat(settled(read(b, bob), 401))
        .as("the other server, told by the database")
        .isEqualTo(401);
    assertThat(as(b, bob, "POST", "/api/records", commitment("team-2")).status()).isEqualTo(401);
  }

  @Test
  void anAccountDisabledFromTheCommandLineLosesItsSessionsAndTokensOnEveryServer()
      throws Exception {
    Session onA = signIn(a, "bob");
    Session onB = signIn(b, "bob");
    var token = Cli.run(team, "users", "token", "add", "bob", "--name", "nightly");
    String bearer = "Bearer " + token.out().strip();
    for (Javalin server : List.of(a, b)) {
      assertThat(send(server, "GET", "/api/actors", null, "Authorization", bearer).status())
          .isEqualTo(200);
    }
    assertThat(as(a, onA, "GET", "/api/actors", null).status()).isEqualTo(200);
    assertThat(as(b, onB, "GET", "/api/actors", null).status()).isEqualTo(200);

    var disabled = Cli.run(team, "users", "disable", "bob");
    assertThat(disabled.code()).as(disabled.err()).isZero();
    // a write looks its session up in the store: refused at once, on both servers
    long records = storeA.counts().get("records");
    assertThat(as(a, onA, "POST", "/api/records", commitment("bob-after-1")).status())
        .isEqualTo(401);
    assertThat(as(b, onB, "POST", "/api/records", commitment("bob-after-2")).status())
        .isEqualTo(401);
    assertThat(
            send(b, "POST", "/api/records", commitment("bob-after-3"), "Authorization", bearer)
                .status())
        .isEqualTo(401);
    assertThat(storeA.counts().get("records")).as("nothing bob sent was stored").isEqualTo(records);
    // reads, from what each server keeps, as soon as the database tells it
    assertThat(settled(read(a, onA), 401)).isEqualTo(401);
    assertThat(settled(read(b, onB), 401)).isEqualTo(401);
    assertThat(send(a, "GET", "/api/actors", null, "Authorization", bearer).status())
        .isEqualTo(401);

    // enabled again, bob signs in anew; his old token stays revoked
    assertThat(Cli.run(team, "users", "enable", "bob").code()).isZero();
    assertThat(send(b, "GET", "/api/actors", null, "Authorization", bearer).status())
        .isEqualTo(401);
    Session again = signIn(b, "bob");
    String fresh =
        "Bearer " + Cli.run(team, "users", "token", "add", "bob", "--name", "again").out().strip();
    assertThat(send(a, "GET", "/api/actors", null, "Authorization", fresh).status()).isEqualTo(200);
    // a new password from the command line ends his sessions and tokens too
    var password =
        withStdin("another long passphrase\n", "users", "password", "bob", "--password-stdin");
    assertThat(password.code()).as(password.err()).isZero();
    assertThat(as(a, again, "POST", "/api/records", commitment("bob-after-4")).status())
        .isEqualTo(401);
    assertThat(settled(read(b, again), 401)).isEqualTo(401);
    assertThat(
            settled(
                () -> {
                  try {
                    return send(a, "GET", "/api/actors", null, "Authorization", fresh).status();
                  } catch (Exception e) {
                    throw new IllegalStateException(e);
                  }
                },
                401))
        .isEqualTo(401);
  }

  @Test
  void aWriteOnOneServerIsInTheOthersAnswers() throws Exception {
    Session boss = signIn(a, "boss");
    String ledgers = "/api/actors/VNM/partners/RUS/ledgers";
    String assessment = "/api/actors/VNM/assessment?asOf=2024-12-31&runs=10";
    Response before = as(b, boss, "GET", ledgers, null);
    assertThat(before.body()).doesNotContain("team-write-1");
    long reflected =
        Long.parseLong(
            as(b, boss, "GET", assessment, null)
                .headers()
                .firstValue("X-Entwine-Reflects")
                .orElseThrow());
    Response written = as(a, boss, "POST", "/api/records", commitment("team-write-1"));
    assertThat(written.status()).as(written.body()).isEqualTo(201);
    String write = written.headers().firstValue("X-Entwine-Write").orElseThrow();
    assertThat(Long.parseLong(write)).isGreaterThan(reflected);
    // asked after that write, the other server answers with it
    Response after =
        send(b, "GET", ledgers, null, "Cookie", boss.cookie(), "X-Entwine-After", write);
    assertThat(after.status()).isEqualTo(200);
    assertThat(after.body()).contains("team-write-1");
    Response assessed =
        send(b, "GET", assessment, null, "Cookie", boss.cookie(), "X-Entwine-After", write);
    assertThat(Long.parseLong(assessed.headers().firstValue("X-Entwine-Reflects").orElseThrow()))
        .isGreaterThanOrEqualTo(Long.parseLong(write));
    // and the two give the same assessment
    Response onA =
        send(a, "GET", assessment, null, "Cookie", boss.cookie(), "X-Entwine-After", write);
    assertThat(without(onA.json())).isEqualTo(without(assessed.json()));
    // a write from the command line reaches both
    java.nio.file.Path file = java.nio.file.Files.createTempFile("team", ".json");
    java.nio.file.Files.writeString(file, commitment("team-write-2"));
    assertThat(Cli.run(team, "import", file.toString()).code()).isZero();
    for (Javalin server : List.of(a, b))
      assertThat(
              settled(
                  () -> {
                    try {
                      return as(server, boss, "GET", ledgers, null).body().contains("team-write-2")
                          ? 1
                          : 0;
                    } catch (Exception e) {
                      throw new IllegalStateException(e);
                    }
                  },
                  1))
          .isEqualTo(1);
  }

  /** An assessment without the write it reflects, which each server numbers as it heard. */
  private static JsonNode without(JsonNode assessment) {
    ((com.fasterxml.jackson.databind.node.ObjectNode) assessment).remove("reflects");
    return assessment;
  }
}
