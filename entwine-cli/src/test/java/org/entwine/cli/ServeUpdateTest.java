package org.entwine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.entwine.app.DefaultMethod;
import org.entwine.app.StoreLocation;
import org.entwine.json.DomainJson;
import org.entwine.storage.Store;
import org.entwine.testing.GdeltMirror;
import org.entwine.testing.LocalPublisher;
import org.entwine.testing.LocalPublisher.Fault;
import org.entwine.web.WebApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * entwine serve --update: the server's own updates, beside its requests and in their turns on the
 * store, load what the publisher added; a failed run is logged and tried again; after a run that
 * stored something the server's kept answers are computed again.
 */
class ServeUpdateTest {
  @TempDir Path dir;

  @Test
  void theServersUpdatesLoadWhatThePublisherAddedAndAFailedRunIsLoggedAndTriedAgain()
      throws Exception {
    Path db = dir.resolve("e.duckdb");
    Path cache = dir.resolve("cache");
    assertThat(Cli.run(db, "init", "--registry-only").code()).isZero();
    try (LocalPublisher publisher = LocalPublisher.serving(GdeltMirror.write(dir.resolve("m")))) {
      String mirror = publisher.base().toString();
      // the first months by hand, as the user guide says
      Cli.Result first =
          Cli.run(
              db,
              "update",
              "--from",
              "2018-03",
              "--to",
              "2018-03",
              "--mirror",
              mirror,
              "--cache",
              cache.toString(),
              "--quarantine",
              dir.resolve("q.txt").toString());
      assertThat(first.code()).as(first.err()).isZero();

      ListAppender<ILoggingEvent> log = new ListAppender<>();
      log.start();
      ((Logger) LoggerFactory.getLogger("entwine.update")).addAppender(log);
      publisher.fail("masterfilelist.txt", Fault.SERVER_ERROR, 1);
      UpdateOptions updating = new UpdateOptions();
      updating.mirror = mirror;
      updating.cache = cache;
      updating.retries = 0;
      // the mirror's list names a real export of 2020 it does not hold, as GDELT's list sometimes
      // names files its server does not serve
      updating.allowMissing = true;
      EventLoadOptions loading = new EventLoadOptions();
      loading.quarantine = dir.resolve("q.txt");
      try (Store store = StoreLocation.openAsIs(db.toString())) {
        WebApp.Served served =
            WebApp.serve(store, DefaultMethod.load(), WebApp.Options.on("127.0.0.1", "test"));
        served.app().start(0);
        int port = served.app().port();
        // an answer the server keeps, read before the update: it names the event data's freshness
        assertThat(get(port, "/api/actors/VNM/assessment?runs=10").get("eventsLatest").asText())
            .isEqualTo("2018-03-26 04:45 UTC");
        try (UpdateSchedule schedule =
            UpdateSchedule.gdelt(
                served, Duration.ofSeconds(1), new GdeltRun(updating, loading, false))) {
          schedule.start(Duration.ZERO);
          long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
          while (get(port, "/api/freshness").get(0).get("files").asInt() < 2
              && System.nanoTime() < deadline) Thread.sleep(100);
        }
        // the server serves the answer it kept while its successor is computed, then the successor
        String latest = "";
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!latest.equals("2019-10-24 14:30 UTC") && System.nanoTime() < until) {
          latest = get(port, "/api/actors/VNM/assessment?runs=10").get("eventsLatest").asText();
          Thread.sleep(100);
        }
        assertThat(latest)
            .as("the kept answer computed again after the update")
            .isEqualTo("2019-10-24 14:30 UTC");
        JsonNode gdelt = get(port, "/api/freshness").get(0);
        assertThat(gdelt.get("latest").asText()).isEqualTo("2019-10-24 14:30 UTC");
        assertThat(gdelt.get("files").asInt()).isEqualTo(2);
        assertThat(gdelt.get("missing").toString()).contains("2020-12: none of its 1 file loaded");
        served.app().stop();
      } finally {
        ((Logger) LoggerFactory.getLogger("entwine.update")).detachAppender(log);
      }
      assertThat(log.list)
          .extracting(ILoggingEvent::getFormattedMessage)
          .anySatisfy(
              m ->
                  assertThat(m)
                      .startsWith("update failed, nothing was stored: ")
                      .contains("masterfilelist.txt: the server answered 500")
                      .endsWith("trying again in 1 s"))
          .anySatisfy(m -> assertThat(m).startsWith("fetched 1 file, "))
          .anySatisfy(m -> assertThat(m).startsWith("1 file the list names was not served (404)"));
    }
  }

  private static JsonNode get(int port, String path) throws Exception {
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return DomainJson.json().readTree(r.body());
  }
}
