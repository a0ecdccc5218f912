package org.entwine.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.entwine.app.BundledExample;
import org.entwine.app.DefaultMethod;
import org.entwine.app.accounts.Accounts;
import org.entwine.input.UserInputException;
import org.entwine.json.DomainJson;
import org.entwine.registry.Entry;
import org.entwine.storage.AuditEntry;
import org.entwine.storage.Role;
import org.entwine.store.DuckDbStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server whose store has accounts, tried as an attacker and as each role would: nothing without
 * signing in, a reader who cannot write, an analyst who cannot manage accounts, writes without the
 * session's CSRF token refused, a stolen session that expires, sign-ins that slow down after
 * failures, API tokens, and an audit trail that names who, from where and why.
 */
class SignInTest {
  @TempDir static Path dir;
  static DuckDbStore store;
  static Javalin app;
  static final AtomicReference<Instant> NOW = new AtomicReference<>(Instant.now());
  static final HttpClient http = HttpClient.newHttpClient();
  static final String PASSWORD = "a long enough passphrase";

  @BeforeAll
  static void start() throws Exception {
    store = DuckDbStore.open(dir.resolve("team.duckdb"));
    BundledExample.loadRegistry(store);
    TestSource.add(store, dir);
    Accounts accounts = new Accounts(store);
    Entry setup = Entry.of("test setup", "test");
    accounts.add("boss", PASSWORD.toCharArray(), Role.ADMIN, setup);
    accounts.add("ana", PASSWORD.toCharArray(), Role.ANALYST, setup);
    accounts.add("rita", PASSWORD.toCharArray(), Role.READER, setup);
    accounts.add("gone", PASSWORD.toCharArray(), Role.ANALYST, setup);
    accounts.disable("gone", true, setup);
    app = WebApp.create(store, DefaultMethod.load(), "127.0.0.1", "server", NOW::get).start(0);
  }

  @AfterAll
  static void stop() {
    app.stop();
    store.close();
  }

  /** A signed-in client: its cookie and CSRF token. */
  record Client(String cookie, String csrf) {}

  record Response(int status, String body, java.net.http.HttpHeaders headers) {
    JsonNode json() throws Exception {
      return DomainJson.json().readTree(body);
    }
  }

  static Response send(String method, String path, String body, String... headers)
      throws Exception {
    var b =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) b.header("Content-Type", "application/json");
    if (!method.equals("GET")) b.header("X-Entwine-Request", "1");
    for (int i = 0; i < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
    var r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    return new Response(r.statusCode(), r.body(), r.headers());
  }

  /** The browsers' cookies that name them, by account: a client signs in as a browser would. */
  static final java.util.Map<String, String> DEVICES =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** A sign-in from a browser that signed in to this account before, if one did. */
  static Response signIn(String name, String password) throws Exception {
    String device = DEVICES.get(name);
    Response r =
        device == null
            ? signInAnew(name, password)
            : send("POST", "/api/session", credentials(name, password), "Cookie", device);
    cookie(r, SignIn.DEVICE_COOKIE).ifPresent(d -> DEVICES.put(name, d));
    return r;
  }

  /** A sign-in from a browser that never signed in to this account. */
  static Response signInAnew(String name, String password, String... headers) throws Exception {
    return send("POST", "/api/session", credentials(name, password), headers);
  }

  static String credentials(String name, String password) {
    return "{\"name\": \"" + name + "\", \"password\": \"" + password + "\"}";
  }

  /** The cookie {@code name} a response sets, as a Cookie header would send it back. */
  static java.util.Optional<String> cookie(Response r, String name) {
    return r.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith(name + "="))
        .map(c -> c.split(";")[0])
        .findFirst();
  }

  static Client client(String name) throws Exception {
    Response r = signIn(name, PASSWORD);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return new Client(cookie(r, SignIn.COOKIE).orElseThrow(), r.json().get("csrf").asText());
  }

  static Response as(Client c, String method, String path, String body) throws Exception {
    return send(method, path, body, "Cookie", c.cookie(), SignIn.CSRF_HEADER, c.csrf());
  }

  static String commitment(String id) {
    return """
    {"entwine": 1, "commitments": [
      {"id": "%s", "by": ["VNM", "RUS"], "area": "trade", "text": "A test entry made by a signed-in analyst",
       "due": "2020-06-30", "sources": ["test-entry"]}
    ]}\
    """
        .formatted(id);
  }

  @Test
  void withoutSigningInNothingIsReadOrWrittenButThePagesAndTheApiDescription() throws Exception {
    var counts = store.counts();
    assertThat(send("GET", "/api/actors", null).status()).isEqualTo(401);
    assertThat(send("GET", "/api/actors/VNM/portfolio", null).status()).isEqualTo(401);
    assertThat(send("POST", "/api/records", commitment("anon-1")).status()).isEqualTo(401);
    assertThat(send("GET", "/api/audit", null).status()).isEqualTo(401);
    assertThat(send("GET", "/", null).status()).isEqualTo(200);
    assertThat(send("GET", "/login.html", null).status()).isEqualTo(200);
    assertThat(send("GET", "/api/openapi.json", null).status()).isEqualTo(200);
    assertThat(store.counts()).isEqualTo(counts);
  }

  @Test
  void aSessionCookieIsHttpOnlySecureAndStrictAndAWrongPasswordOrADisabledAccountGetsNone()
      throws Exception {
    Response ok = signIn("rita", PASSWORD);
    String cookie =
        ok.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith(SignIn.COOKIE + "="))
            .findFirst()
            .orElseThrow();
    assertThat(cookie)
        .startsWith(SignIn.COOKIE + "=")
        .containsIgnoringCase("HttpOnly")
        .containsIgnoringCase("Secure")
        .containsIgnoringCase("SameSite=Strict");
    assertThat(ok.json().get("role").asText()).isEqualTo("reader");
    assertThat(ok.body()).doesNotContain("argon2");
    for (String[] wrong :
        List.of(
            new String[] {"rita", "not her password"},
            new String[] {"nobody", PASSWORD},
            new String[] {"gone", PASSWORD})) {
      Response r = signIn(wrong[0], wrong[1]);
      assertThat(r.status()).as(wrong[0]).isEqualTo(401);
      assertThat(r.headers().firstValue("Set-Cookie")).isEmpty();
    }
  }

  @Test
  void aReaderReadsEverythingAndChangesNothing() throws Exception {
    Client rita = client("rita");
    var counts = store.counts();
    assertThat(as(rita, "GET", "/api/actors/VNM/portfolio", null).status()).isEqualTo(200);
    Response refused = as(rita, "POST", "/api/records", commitment("rita-1"));
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.json().get("error").asText()).contains("rita is a reader");
    assertThat(as(rita, "POST", "/api/commitments/rus-2010-ninh-thuan-1/status", "{}").status())
        .isEqualTo(403);
    assertThat(store.counts()).isEqualTo(counts);
  }

  @Test
  void anAnalystsWriteIsEnteredAsTheirsFromTheirAddressWithTheirReason() throws Exception {
    Client ana = client("ana");
    String reason = "Seen in the joint statement, point 4";
    Response stored =
        as(
            ana,
            "POST",
            "/api/records?reason=" + URLEncoder.encode(reason, StandardCharsets.UTF_8),
            commitment("ana-1"));
    assertThat(stored.status()).as(stored.body()).isEqualTo(201);
    assertThat(stored.json().get("enteredBy").asText()).isEqualTo("ana");
    AuditEntry e = store.audit(null, "ana", 1).get(0);
    assertThat(List.of(e.enteredBy(), e.address(), e.reason(), e.origin()))
        .containsExactly("ana", "127.0.0.1", reason, "web: POST /api/records");
    assertThat(e.changes()).singleElement().satisfies(c -> assertThat(c.id()).isEqualTo("ana-1"));
  }

  @Test
  void aWriteWithoutTheSessionsCsrfTokenOrWithAnotherIsRefusedAndStoresNothing() throws Exception {
    Client ana = client("ana");
    Client other = client("ana");
    var counts = store.counts();
    Response none = send("POST", "/api/records", commitment("csrf-1"), "Cookie", ana.cookie());
    assertThat(none.status()).isEqualTo(403);
    assertThat(none.json().get("error").asText()).contains("CSRF");
    Response wrong =
        send(
            "POST",
            "/api/records",
            commitment("csrf-2"),
            "Cookie",
            ana.cookie(),
            SignIn.CSRF_HEADER,
            other.csrf());
    assertThat(wrong.status()).isEqualTo(403);
    Response cross =
        send(
            "POST",
            "/api/records",
            commitment("csrf-3"),
            "Cookie",
            ana.cookie(),
            SignIn.CSRF_HEADER,
            ana.csrf(),
            "Origin",
            "https://evil.example");
    assertThat(cross.status()).isEqualTo(403);
    assertThat(store.counts()).isEqualTo(counts);
  }

  @Test
  void anAnalystCannotManageAccountsOrReadTheAuditAnAdminCanAndADisabledAccountsSessionEnds()
      throws Exception {
    Client ana = client("ana");
    assertThat(as(ana, "GET", "/api/accounts", null).status()).isEqualTo(403);
    assertThat(as(ana, "GET", "/api/audit", null).status()).isEqualTo(403);
    assertThat(
            as(
                    ana,
                    "POST",
                    "/api/accounts",
                    "{\"name\": \"eve\", \"password\": \"" + PASSWORD + "\", \"role\": \"admin\"}")
                .status())
        .isEqualTo(403);
    assertThat(store.account("eve")).isEmpty();

    Client boss = client("boss");
    Response list = as(boss, "GET", "/api/accounts", null);
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.body()).contains("\"rita\"").doesNotContain("argon2").doesNotContain("Hash");
    Response made =
        as(
            boss,
            "POST",
            "/api/accounts?reason=new+colleague",
            "{\"name\": \"vu\", \"password\": \"" + PASSWORD + "\", \"role\": \"analyst\"}");
    assertThat(made.status()).as(made.body()).isEqualTo(201);
    Client vu = client("vu");
    assertThat(as(vu, "GET", "/api/actors", null).status()).isEqualTo(200);
    assertThat(as(boss, "POST", "/api/accounts/vu", "{\"disabled\": true}").status())
        .isEqualTo(200);
    assertThat(as(vu, "GET", "/api/actors", null).status()).isEqualTo(401);
    assertThat(signIn("vu", PASSWORD).status()).isEqualTo(401);
    Response audit = as(boss, "GET", "/api/audit?user=boss", null);
    assertThat(audit.status()).isEqualTo(200);
    assertThat(audit.json().get(0).get("origin").asText()).isEqualTo("account vu disabled");
    assertThat(audit.json().get(1).get("reason").asText()).isEqualTo("new colleague");
  }

  @Test
  void aStolenSessionCookieStopsWorkingAfterIdleTimeAfterItsLongestLifeAndAtSignOut()
      throws Exception {
    Client rita = client("rita");
    assertThat(as(rita, "GET", "/api/actors", null).status()).isEqualTo(200);
    NOW.set(NOW.get().plus(SignIn.IDLE).plusSeconds(1));
    assertThat(as(rita, "GET", "/api/actors", null).status()).isEqualTo(401);

    Client busy = client("rita");
    for (int half = 0; half < 26; half++) { // 26 × 29 minutes: past the 12 hours
      NOW.set(NOW.get().plus(java.time.Duration.ofMinutes(29)));
      as(busy, "GET", "/api/actors", null);
    }
    assertThat(as(busy, "GET", "/api/actors", null).status())
        .as("used every half hour, yet older than the longest life")
        .isEqualTo(401);

    Client leaving = client("rita");
    assertThat(as(leaving, "DELETE", "/api/session", null).status()).isEqualTo(204);
    assertThat(as(leaving, "GET", "/api/actors", null).status()).isEqualTo(401);
  }

  @Test
  void failedSignInsSlowAnAccountDownStepByStepButNeverLockItAndABrowserItKnowsPassesAtOnce()
      throws Exception {
    Entry by = Entry.of("t", "t");
    new Accounts(store).add("target", PASSWORD.toCharArray(), Role.READER, by);
    assertThat(signIn("target", PASSWORD).status())
        .as("her own browser, known from now")
        .isEqualTo(200);
    for (int i = 0; i < SignIn.FREE_PER_ACCOUNT; i++)
      assertThat(signInAnew("target", "guess number " + i).status()).isEqualTo(401);
    // from a browser that never signed in to it, the account now waits: a second, then two…
    Response slowed = signInAnew("target", PASSWORD);
    assertThat(slowed.status()).isEqualTo(429);
    assertThat(slowed.headers().firstValue("Retry-After")).hasValue("1");
    // …while her own browser signs in at once: no one can lock a known account
    assertThat(signIn("target", PASSWORD).status()).isEqualTo(200);
    NOW.set(NOW.get().plusSeconds(1));
    assertThat(signInAnew("target", "guess again").status()).isEqualTo(401);
    assertThat(signInAnew("target", PASSWORD).headers().firstValue("Retry-After")).hasValue("2");
    // the waits grow, to a minute at most: a slow-down, never fifteen minutes' lock
    for (int i = 0; i < 10; i++) {
      NOW.set(NOW.get().plus(Throttle.LONGEST_WAIT));
      assertThat(signInAnew("target", "guess " + i).status()).isEqualTo(401);
    }
    Response longest = signInAnew("target", PASSWORD);
    assertThat(longest.status()).isEqualTo(429);
    assertThat(Long.parseLong(longest.headers().firstValue("Retry-After").orElseThrow()))
        .isBetween(1L, Throttle.LONGEST_WAIT.toSeconds());
    NOW.set(NOW.get().plus(Throttle.LONGEST_WAIT));
    assertThat(signInAnew("target", PASSWORD).status())
        .as("the right password, after the wait")
        .isEqualTo(200);
    // each sign-in, failure and slow-down is in the audit trail, from the address it came from
    List<AuditEntry> trail = store.audit(null, "target", 200);
    assertThat(trail)
        .extracting(AuditEntry::origin)
        .contains("sign-in")
        .anySatisfy(o -> assertThat(o).startsWith("sign-in failed"))
        .anySatisfy(
            o -> assertThat(o).startsWith("sign-in slowed down: 5 failed sign-ins for target"));
    assertThat(trail).allSatisfy(e -> assertThat(e.address()).isEqualTo("127.0.0.1"));
    NOW.set(NOW.get().plus(Throttle.WINDOW)); // the other tests start afresh
  }

  @Test
  void fiftyFailuresFromOneAddressBehindAProxyDoNotLockTheTeamOut() throws Exception {
    // a server of its own, so that its address's failures slow no other test down
    Javalin proxied =
        WebApp.create(
                store,
                DefaultMethod.load(),
                WebApp.Options.on("127.0.0.1", "server")
                    .trusting(List.of("127.0.0.1"))
                    .timedBy(NOW::get))
            .start(0);
    try {
      String base = "http://127.0.0.1:" + proxied.port();
      // the boss's browser signed in before; a stranger behind the same proxy guesses names
      Response first = post(base, credentials("boss", PASSWORD), "X-Forwarded-For", "198.51.100.1");
      String bossBrowser = cookie(first, SignIn.DEVICE_COOKIE).orElseThrow();
      for (int i = 0; i < SignIn.FREE_PER_ADDRESS; i++)
        assertThat(
                post(
                        base,
                        credentials("name" + i, "guess " + i),
                        "X-Forwarded-For",
                        "198.51.100.66")
                    .status())
            .isEqualTo(401);
      Response boss =
          post(
              base,
              credentials("boss", PASSWORD),
              "X-Forwarded-For",
              "198.51.100.66",
              "Cookie",
              bossBrowser);
      assertThat(boss.status())
          .as("a browser the account knows passes the address's slow-down")
          .isEqualTo(200);
      Response colleague =
          post(base, credentials("rita", PASSWORD), "X-Forwarded-For", "198.51.100.2");
      assertThat(colleague.status()).as("the proxy's other clients are not held up").isEqualTo(200);
      Response stranger =
          post(base, credentials("rita", PASSWORD), "X-Forwarded-For", "198.51.100.66");
      assertThat(stranger.status())
          .as("a new browser at that address waits a moment")
          .isEqualTo(429);
      assertThat(Long.parseLong(stranger.headers().firstValue("Retry-After").orElseThrow()))
          .isLessThanOrEqualTo(Throttle.LONGEST_WAIT.toSeconds());
      assertThat(store.audit(null, "name3", 1).get(0).address())
          .as("the client's address, as the trusted proxy gave it")
          .isEqualTo("198.51.100.66");
    } finally {
      proxied.stop();
    }
  }

  static Response post(String base, String body, String... headers) throws Exception {
    var b =
        HttpRequest.newBuilder(URI.create(base + "/api/session"))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .header("Content-Type", "application/json")
            .header("X-Entwine-Request", "1");
    for (int i = 0; i < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
    var r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    return new Response(r.statusCode(), r.body(), r.headers());
  }

  @Test
  void anXForwardedForFromAnUntrustedPeerIsIgnored() throws Exception {
    Response r = signInAnew("nobody-here", "wrong", "X-Forwarded-For", "203.0.113.9");
    assertThat(r.status()).isEqualTo(401);
    assertThat(store.audit(null, "nobody-here", 1).get(0).address()).isEqualTo("127.0.0.1");
  }

  @Test
  void anApiTokenWorksForScriptsWithoutACookieAndAWrongOneIsRefused() throws Exception {
    String token = new Accounts(store).newToken("ana", "nightly", null, Entry.of("t", "t")).token();
    Response read =
        send("GET", "/api/actors/VNM/portfolio", null, "Authorization", "Bearer " + token);
    assertThat(read.status()).isEqualTo(200);
    Response write =
        send("POST", "/api/records", commitment("token-1"), "Authorization", "Bearer " + token);
    assertThat(write.status()).as(write.body()).isEqualTo(201);
    List<AuditEntry> ana = store.audit(null, "ana", 2);
    assertThat(ana.get(0).changes().get(0).id()).isEqualTo("token-1");
    assertThat(ana.get(1).origin())
        .as("the token's use, in the audit trail once an hour")
        .isEqualTo("API token used: nightly");
    assertThat(send("GET", "/api/actors", null, "Authorization", "Bearer ent_not-a-token").status())
        .isEqualTo(401);
  }

  @Test
  void anAdminMakesListsAndRevokesTokensOneByOneAndARevokedOrExpiredTokenStopsAtOnce()
      throws Exception {
    Client boss = client("boss");
    Response made = as(boss, "POST", "/api/accounts/rita/tokens", "{\"name\": \"dashboard\"}");
    assertThat(made.status()).as(made.body()).isEqualTo(201);
    String dashboard = made.json().get("token").asText();
    String day = NOW.get().atZone(java.time.ZoneId.systemDefault()).toLocalDate().toString();
    Response brief =
        as(
            boss,
            "POST",
            "/api/accounts/rita/tokens",
            "{\"name\": \"brief\", \"expires\": \"" + day + "\"}");
    assertThat(brief.status()).as(brief.body()).isEqualTo(201);
    String briefToken = brief.json().get("token").asText();
    assertThat(as(boss, "POST", "/api/accounts/rita/tokens", "{\"name\": \"dashboard\"}").status())
        .as("one token of a name in use")
        .isEqualTo(400);
    Response listed = as(boss, "GET", "/api/accounts/rita/tokens", null);
    assertThat(listed.body())
        .contains("\"dashboard\"")
        .contains("\"brief\"")
        .doesNotContain(dashboard)
        .doesNotContain(Accounts.hashOf(dashboard));
    for (String t : List.of(dashboard, briefToken))
      assertThat(send("GET", "/api/actors", null, "Authorization", "Bearer " + t).status())
          .isEqualTo(200);
    // revoked through the API: refused from the next request, though the server had checked it
    assertThat(as(boss, "DELETE", "/api/accounts/rita/tokens/dashboard", null).status())
        .isEqualTo(200);
    assertThat(send("GET", "/api/actors", null, "Authorization", "Bearer " + dashboard).status())
        .isEqualTo(401);
    assertThat(send("GET", "/api/actors", null, "Authorization", "Bearer " + briefToken).status())
        .as("the other token works on")
        .isEqualTo(200);
    assertThat(as(boss, "DELETE", "/api/accounts/rita/tokens/dashboard", null).status())
        .isEqualTo(404);
    // the expiry: the end of the day given
    Instant was = NOW.get();
    NOW.set(was.plus(java.time.Duration.ofDays(1)));
    assertThat(send("GET", "/api/actors", null, "Authorization", "Bearer " + briefToken).status())
        .isEqualTo(401);
    NOW.set(was);
  }

  @Test
  void anAccountDisabledOrGivenANewPasswordPastTheServerLosesItsSessionsAndTokensAtOnce()
      throws Exception {
    Accounts accounts = new Accounts(store);
    Entry cli = Entry.of("entwine users", "root");
    accounts.add("bob", PASSWORD.toCharArray(), Role.ANALYST, cli);
    Client bob = client("bob");
    String token = accounts.newToken("bob", "script", null, cli).token();
    assertThat(as(bob, "GET", "/api/actors", null).status()).isEqualTo(200);
    assertThat(send("GET", "/api/actors", null, "Authorization", "Bearer " + token).status())
        .isEqualTo(200);
    var counts = store.counts();
    accounts.disable("bob", true, cli); // as 'entwine users disable bob' does, on the store
    assertThat(as(bob, "GET", "/api/actors", null).status()).isEqualTo(401);
    assertThat(as(bob, "POST", "/api/records", commitment("bob-1")).status()).isEqualTo(401);
    assertThat(send("GET", "/api/actors", null, "Authorization", "Bearer " + token).status())
        .isEqualTo(401);
    assertThat(store.counts().get("records")).isEqualTo(counts.get("records"));
    accounts.disable("bob", false, cli);
    assertThat(send("GET", "/api/actors", null, "Authorization", "Bearer " + token).status())
        .as("enabled again, the old token stays revoked")
        .isEqualTo(401);
    Client again = client("bob");
    String newToken = accounts.newToken("bob", "script", null, cli).token();
    accounts.password("bob", "a new long enough passphrase".toCharArray(), cli);
    assertThat(as(again, "GET", "/api/actors", null).status()).isEqualTo(401);
    assertThat(send("GET", "/api/actors", null, "Authorization", "Bearer " + newToken).status())
        .isEqualTo(401);
  }

  @Test
  void theOnlyAdminCannotDisableOrDemoteItselfThroughTheApi() throws Exception {
    Client boss = client("boss");
    Response disable = as(boss, "POST", "/api/accounts/boss", "{\"disabled\": true}");
    assertThat(disable.status()).isEqualTo(400);
    assertThat(disable.json().get("error").asText()).contains("last enabled admin");
    assertThat(as(boss, "POST", "/api/accounts/boss", "{\"role\": \"reader\"}").status())
        .isEqualTo(400);
    assertThat(store.account("boss").orElseThrow().disabled()).isFalse();
    assertThat(as(boss, "GET", "/api/accounts", null).status()).isEqualTo(200);
  }

  @Test
  void malformedJsonIsTheClientsMistakeSaidAs400() throws Exception {
    assertThat(send("POST", "/api/session", "{\"name\": \"boss\",").status()).isEqualTo(400);
    Response session = send("POST", "/api/session", "{not json");
    assertThat(session.status()).isEqualTo(400);
    assertThat(session.json().get("error").asText()).contains("line 1, column");
    Client boss = client("boss");
    assertThat(as(boss, "POST", "/api/accounts", "{\"name\": ").status()).isEqualTo(400);
    assertThat(as(boss, "POST", "/api/accounts/rita", "[1, 2").status()).isEqualTo(400);
    assertThat(
            as(boss, "POST", "/api/commitments/rus-2010-ninh-thuan-1/status", "{\"date\": 2020,,}")
                .status())
        .isEqualTo(400);
  }

  @Test
  void withoutAccountsTheServerRefusesToListenBeyondThisMachineWithThemItMay() throws Exception {
    try (DuckDbStore lone = DuckDbStore.open(dir.resolve("lone.duckdb"))) {
      assertThatThrownBy(
              () -> WebApp.create(lone, DefaultMethod.load(), "0.0.0.0", "me", Instant::now))
          .isInstanceOf(UserInputException.class)
          .hasMessageContaining("entwine users add");
    }
    Javalin team = WebApp.create(store, DefaultMethod.load(), "0.0.0.0", "me", Instant::now);
    assertThat(team).isNotNull();
  }
}
