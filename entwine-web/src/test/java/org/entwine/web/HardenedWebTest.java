package org.entwine.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.entwine.app.BundledExample;
import org.entwine.app.DefaultMethod;
import org.entwine.store.DuckDbStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an attacker tries against the running server: every answer carries the security headers, a
 * body over the limit is refused, and hostile strings in paths and query parameters get a 400 or
 * 404 that leaks no SQL, stack trace or file.
 */
class HardenedWebTest {
  @TempDir static Path dir;
  static DuckDbStore store;
  static Javalin app;
  static final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    store = DuckDbStore.open(dir.resolve("web.duckdb"));
    BundledExample.loadRegistry(store);
    app = WebApp.create(store, DefaultMethod.load(), "127.0.0.1", "analyst (web)").start(0);
  }

  @AfterAll
  static void stop() {
    app.stop();
    store.close();
  }

  private static HttpResponse<String> get(String rawPath) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + rawPath)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void everyAnswerCarriesTheSecurityHeadersPagesScriptsApiAndErrorsAlike() throws Exception {
    for (String path :
        List.of(
            "/",
            "/partner.html",
            "/entwine.js",
            "/api/actors",
            "/api/actors/NOBODY/portfolio",
            "/api/actors/VNM/portfolio?asOf=yesterday",
            "/no-such-page")) {
      var r = get(path);
      assertThat(r.statusCode()).as(path).isIn(200, 400, 404);
      var h = r.headers();
      assertThat(h.firstValue("Content-Security-Policy"))
          .as(path)
          .hasValue(SecurityHeaders.CONTENT_SECURITY_POLICY);
      assertThat(h.firstValue("Content-Security-Policy").orElseThrow())
          .contains("script-src 'self'")
          .doesNotContain("unsafe-inline")
          .contains("frame-ancestors 'none'");
      assertThat(h.firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
      assertThat(h.firstValue("X-Frame-Options")).as(path).hasValue("DENY");
      assertThat(h.firstValue("Referrer-Policy")).as(path).hasValue("no-referrer");
    }
  }

  @Test
  void thePagesHoldNoInlineScript() throws Exception {
    for (String page :
        List.of(
            "/",
            "/index.html",
            "/partner.html",
            "/registry.html",
            "/method.html",
            "/audit.html",
            "/login.html")) {
      String html = get(page).body();
      assertThat(html).as(page).contains("<script src=").doesNotContain("<script>");
      assertThat(html).as(page).doesNotContainPattern("(?i)\\son[a-z]+\\s*=");
    }
  }

  @Test
  void aBodyOverTheLimitIsRefusedAndNothingIsStored() throws Exception {
    var counts = store.counts();
    String big =
        "{\"entwine\": 1, \"sources\": [], \"pad\": \""
            + "x".repeat((int) SecurityHeaders.MAX_REQUEST_BYTES)
            + "\"}";
    var r =
        http.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/api/records"))
                .POST(HttpRequest.BodyPublishers.ofString(big))
                .header("Content-Type", "application/json")
                .header("X-Entwine-Request", "1")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(413);
    assertThat(store.counts()).isEqualTo(counts);
  }

  @Test
  void hostileStringsInPathsAndQueriesGet400Or404AndLeakNothing() throws Exception {
    String sql = "'%20OR%201=1--";
    String traversal = "..%2F..%2F..%2Fetc%2Fpasswd";
    String script = "%3Cscript%3Ealert(1)%3C%2Fscript%3E";
    List<String> paths =
        List.of(
            "/api/actors/" + sql + "/portfolio",
            "/api/actors/" + traversal + "/portfolio",
            "/api/actors/" + script + "/assessment",
            "/api/actors/VNM/partners/" + sql + "/ledgers",
            "/api/actors/VNM/partners/" + traversal + "/timeline",
            "/api/actors/VNM/partners/CHN/events?dataset=" + sql,
            "/api/actors/VNM/partners/CHN/events?from=" + sql,
            "/api/actors/VNM/partners/CHN/events?to=" + script,
            "/api/actors/VNM/assessment?seed=" + sql,
            "/api/actors/VNM/assessment?asOf=" + sql,
            "/api/actors/VNM/assessment?runs=" + script,
            "/api/actors/VNM/portfolio?asOf=2024-01-01%27%3BDROP%20TABLE%20records%3B--",
            "/" + traversal,
            "/..%2F..%2Fpom.xml",
            "/%2e%2e/%2e%2e/etc/passwd");
    var counts = store.counts();
    for (String path : paths) {
      var r = get(path);
      assertThat(r.statusCode()).as(path).isIn(400, 404);
      assertThat(r.body())
          .as(path)
          .doesNotContainIgnoringCase("sql")
          .doesNotContainIgnoringCase("duckdb")
          .doesNotContain("Exception")
          .doesNotContain("at org.")
          .doesNotContain("root:");
      // an API error may quote what was typed, as JSON, which a browser never runs (nosniff)
      if (path.startsWith("/api/")) {
        assertThat(r.headers().firstValue("Content-Type").orElse(""))
            .as(path)
            .startsWith("application/json");
      } else {
        assertThat(r.body()).as(path).doesNotContain("<script>");
      }
    }
    assertThat(store.counts()).isEqualTo(counts);
  }

  /** What a client sending {@code parts} a pause apart hears back; null: the server hung up. */
  private static String slowly(int port, List<String> parts, long pauseMillis) throws Exception {
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
      socket.setSoTimeout(20_000);
      var out = socket.getOutputStream();
      try {
        for (String part : parts) {
          out.write(part.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
          out.flush();
          Thread.sleep(pauseMillis);
        }
      } catch (java.io.IOException cut) {
        // the server hung up while the client was still sending
      }
      byte[] answer = socket.getInputStream().readAllBytes();
      return answer.length == 0
          ? null
          : new String(answer, java.nio.charset.StandardCharsets.US_ASCII)
              .lines()
              .findFirst()
              .orElse("");
    } catch (java.net.SocketException reset) {
      return null;
    }
  }

  @Test
  void aClientThatSendsItsHeadersOrItsBodyTooSlowlyIsCutOff() throws Exception {
    Javalin strict =
        WebApp.create(
                store,
                DefaultMethod.load(),
                WebApp.Options.on("127.0.0.1", "analyst (web)")
                    .deadlines(java.time.Duration.ofSeconds(1), java.time.Duration.ofSeconds(2)))
            .start(0);
    try {
      // a header line every 400 ms: each byte would start Jetty's idle timeout again
      List<String> headers = new java.util.ArrayList<>(List.of("GET /api/actors HTTP/1.1\r\n"));
      for (int i = 0; i < 10; i++) headers.add("X-Slow-" + i + ": x\r\n");
      long t0 = System.nanoTime();
      assertThat(slowly(strict.port(), headers, 400)).as("no answer: cut off").isNull();
      assertThat((System.nanoTime() - t0) / 1e9).as("seconds until cut off").isLessThan(3.9);
      // a body of 40 bytes, 4 a second
      List<String> body =
          new java.util.ArrayList<>(
              List.of(
                  "POST /api/records HTTP/1.1\r\n"
                      + "Host: 127.0.0.1\r\n"
                      + "Content-Type: application/json\r\n"
                      + "X-Entwine-Request: 1\r\n"
                      + "Content-Length: 40\r\n\r\n"));
      for (int i = 0; i < 10; i++) body.add("    ");
      String answer = slowly(strict.port(), body, 250);
      assertThat(answer == null || answer.contains(" 408 "))
          .as("cut off, or told 408: " + answer)
          .isTrue();
      // a client at a normal pace is served
      assertThat(
              slowly(
                  strict.port(),
                  List.of(
                      "GET /api/actors HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"),
                  0))
          .startsWith("HTTP/1.1 200");
    } finally {
      strict.stop();
    }
  }
}
