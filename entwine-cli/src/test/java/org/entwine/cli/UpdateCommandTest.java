package org.entwine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.entwine.app.StoreLocation;
import org.entwine.json.DomainJson;
import org.entwine.storage.Store;
import org.entwine.testing.GdeltMirror;
import org.entwine.testing.LocalPostgres;
import org.entwine.testing.LocalPublisher;
import org.entwine.testing.LocalPublisher.Fault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * entwine update gdelt against a publisher on this machine serving real GDELT exports (the
 * committed excerpts, zipped as GDELT zips them, in a masterfilelist of their real sizes and MD5s):
 * it loads what the list names for the period, a second run fetches and adds nothing, and every
 * fault leaves the store as it was, with a message and exit code 6.
 */
class UpdateCommandTest {
  @TempDir Path dir;
  Path db;
  Path cache;
  LocalPublisher publisher;

  static final String FIRST = GdeltMirror.EXPORTS.get(0);
  static final String SECOND = GdeltMirror.EXPORTS.get(1);

  @BeforeEach
  void serve() {
    db = dir.resolve("e.duckdb");
    cache = dir.resolve("cache");
    assertThat(Cli.run(db, "init", "--registry-only").code()).isZero();
    publisher = LocalPublisher.serving(GdeltMirror.write(dir.resolve("mirror")));
  }

  @AfterEach
  void stop() {
    publisher.close();
  }

  private Cli.Result updateOn(String location, String... args) {
    List<String> all = new ArrayList<>(List.of("update", "gdelt"));
    all.addAll(List.of(args));
    all.addAll(
        List.of("--cache", cache.toString(), "--quarantine", dir.resolve("q.txt").toString()));
    if (all.stream().noneMatch(a -> a.equals("--mirror")))
      all.addAll(List.of("--mirror", publisher.base().toString()));
    return Cli.run(location, all.toArray(String[]::new));
  }

  private Cli.Result update(String... args) {
    return updateOn(db.toString(), args);
  }

  private Map<String, Long> counts(String location) {
    try (Store s = StoreLocation.openAsIs(location)) {
      return s.counts();
    }
  }

  private Map<String, Long> counts() {
    return counts(db.toString());
  }

  @Test
  void updateLoadsTheServedExportsAsALoadOfThemWouldAndASecondRunFetchesAndAddsNothing()
      throws Exception {
    Cli.Result first = update("--from", "2018-03", "--to", "2019-10");
    assertThat(first.code()).as(first.err()).isZero();
    assertThat(first.out())
        .contains("gdelt: " + publisher.base() + "gdeltv2/masterfilelist.txt (fetched now)")
        .contains("2 exports from 2018-03-01 00:00 UTC to 2019-10-31 23:59 UTC")
        .contains("0 loaded before, 2 to fetch")
        .contains("fetched 2 files")
        .contains("loaded gdelt: 2 files, 600 rows")
        // the months between the two files: the list names none, so they are missing, not quiet
        .contains("gdelt months 2018-03 to 2019-10: 2 complete, 18 missing");
    Map<String, Long> after = counts();
    assertThat(after.get("event_files")).isEqualTo(2);
    assertThat(after.get("event_months")).isPositive();
    assertThat(publisher.userAgents()).isNotEmpty().allMatch(a -> a.startsWith("Entwine/"));

    // the same series as loading the same exports by hand
    Path byHand = dir.resolve("by-hand.duckdb");
    assertThat(Cli.run(byHand, "init", "--registry-only").code()).isZero();
    Cli.Result load =
        Cli.run(
            byHand,
            "events",
            "load",
            dir.resolve("mirror/gdeltv2/" + FIRST).toString(),
            dir.resolve("mirror/gdeltv2/" + SECOND).toString(),
            "--quarantine",
            dir.resolve("q2.txt").toString());
    assertThat(load.code()).as(load.err()).isZero();
    String[] series = {"events", "series", "USA", "CHN", "--format", "json"};
    assertThat(Cli.run(db, series).out())
        .isEqualTo(Cli.run(byHand, series).out())
        .contains("2019-10");

    // the assessment and the report name how fresh the event evidence is
    Cli.Result assess = Cli.run(db, "assess", "VNM", "--runs", "10");
    assertThat(assess.code()).as(assess.err()).isZero();
    assertThat(assess.out()).contains("events: gdelt to 2019-10-24 14:30 UTC");
    Path html = dir.resolve("vn.html");
    Cli.Result report = Cli.run(db, "report", "VNM", "--runs", "10", "--out", html.toString());
    assertThat(report.code()).as(report.err()).isZero();
    assertThat(Files.readString(html))
        .contains("The latest GDELT file loaded is of 2019-10-24 14:30 UTC.");

    // nothing waits in the cache: the zips are not kept unless asked
    try (Stream<Path> left = Files.walk(cache.resolve("downloads"))) {
      assertThat(left.filter(Files::isRegularFile)).isEmpty();
    }

    Cli.Result second = update("--from", "2018-03", "--to", "2019-10");
    assertThat(second.code()).as(second.err()).isZero();
    assertThat(second.out())
        .contains("(unchanged since ")
        .contains("2 loaded before, 0 to fetch")
        .contains("nothing to fetch: the store is current");
    assertThat(counts()).as("running it twice adds nothing").isEqualTo(after);
    assertThat(publisher.requests(FIRST)).isEqualTo(1);
    assertThat(publisher.requests(SECOND)).isEqualTo(1);
    assertThat(publisher.notModified()).as("the list was asked for with its ETag").isEqualTo(1);

    // with no period, from the month of the latest export loaded to the list's last, which names a
    // real export of 2020 the server does not serve (as GDELT's list sometimes names files its
    // server does not serve): the update stops, and nothing is stored
    Cli.Result third = update("--retries", "0");
    assertThat(third.code()).isEqualTo(ExitCodes.FETCH);
    assertThat(third.out()).contains("from 2019-10-01 00:00 UTC to the list's last");
    assertThat(third.err()).contains("20201229090000.export.CSV.zip: not found (404)");
    assertThat(counts()).isEqualTo(after);
    // unless asked to record it as missing: its month reads as incomplete, nothing else changes
    Cli.Result fourth = update("--retries", "0", "--allow-missing");
    assertThat(fourth.code()).as(fourth.err()).isZero();
    assertThat(fourth.out())
        .contains(
            "1 file the list names was not served (404): recorded as listed, not loaded, so its"
                + " month reads as incomplete: 20201229090000.export.CSV.zip")
        .contains("gdelt months 2018-03 to 2020-12: 2 complete, 32 missing");
    assertThat(counts().get("event_files")).isEqualTo(3);
    assertThat(counts().get("event_months")).isEqualTo(after.get("event_months"));
  }

  @Test
  void aPeriodThatCutsAMonthLeavesItIncompleteUntilTheRestIsLoaded() throws Exception {
    Cli.Result part = update("--from", "2019-10-25", "--to", "2019-10-31");
    assertThat(part.code()).as(part.err()).isZero();
    assertThat(part.out())
        .contains("0 exports from 2019-10-25 00:00 UTC to 2019-10-31 23:59 UTC")
        .contains("1 exports of the months the period cuts lie outside it: recorded as listed")
        .contains("2019-10: none of its 1 file loaded");
    Cli.Result status = Cli.run(db, "update", "--status", "--format", "json");
    assertThat(status.code()).as(status.err()).isZero();
    JsonNode row = DomainJson.json().readTree(status.out()).get(0);
    assertThat(row.get("source").asText()).isEqualTo("gdelt");
    assertThat(row.get("latest").asText()).isEqualTo("nothing loaded");
    assertThat(row.get("monthsMissing").asInt()).isEqualTo(1);

    Cli.Result rest = update("--from", "2019-10", "--to", "2019-10");
    assertThat(rest.code()).as(rest.err()).isZero();
    assertThat(rest.out()).contains("gdelt months 2019-10 to 2019-10: 1 complete, 0 missing");
    Cli.Result now =
        Cli.run(
            db,
            "update",
            "--status",
            "--mirror",
            publisher.base().toString(),
            "--cache",
            cache.toString());
    assertThat(now.out())
        .contains("2019-10-24 14:30 UTC (")
        .contains("gdelt's list " + publisher.base() + "gdeltv2/masterfilelist.txt was last");
  }

  @Test
  void anUpdateWithNothingLoadedAndNoStartSaysWhereToStart() {
    Cli.Result r = update();
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("no GDELT export is loaded in this store yet").contains("--from");
  }

  @Test
  void aSourceNotYetSupportedIsRefusedWithWhy() {
    Cli.Result r = Cli.run(db, "update", "un-votes");
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("un-votes is not yet supported by entwine update");
  }

  static Stream<Arguments> faults() {
    return Stream.of(
        Arguments.of(Fault.NOT_FOUND, "not found (404)"),
        Arguments.of(Fault.SERVER_ERROR, "the server answered 500 (tried 2 times)"),
        Arguments.of(Fault.TRUNCATED, "a truncated file (tried 2 times)"),
        Arguments.of(Fault.CORRUPT, "a damaged or changed file (tried 2 times)"),
        Arguments.of(Fault.NO_ANSWER, "did not answer within 1.0 s (tried 2 times)"),
        Arguments.of(Fault.SLOW, "the transfer is too slow"),
        Arguments.of(Fault.DROPPED, "the connection closed after"));
  }

  @ParameterizedTest
  @MethodSource("faults")
  void aFileThatCannotBeFetchedRightLeavesTheStoreAsItWasAndTheNextRunResumes(
      Fault fault, String message) {
    Map<String, Long> before = counts();
    publisher.fail(SECOND, fault, 2);
    // one connection: the first file is fetched (and kept for the next run) before the second fails
    Cli.Result failed =
        update(
            "--from",
            "2018-03",
            "--to",
            "2019-10",
            "--retries",
            "1",
            "--timeout",
            "1",
            "--connections",
            "1");
    assertThat(failed.code()).as(failed.out() + failed.err()).isEqualTo(ExitCodes.FETCH);
    assertThat(failed.err())
        .contains("entwine: update stopped, and nothing was stored: ")
        .contains(publisher.base() + "gdeltv2/" + SECOND + ": ")
        .contains(message)
        .contains("the files fetched whole and checked wait in ");
    assertThat(counts()).as("the store as it was").isEqualTo(before);
    publisher.heal();

    // the fault has passed: the next run fetches only what it lacks
    Cli.Result resumed = update("--from", "2018-03", "--to", "2019-10");
    assertThat(resumed.code()).as(resumed.err()).isZero();
    assertThat(resumed.out()).contains("1 to fetch").contains("1 fetched before and waiting in");
    assertThat(publisher.requests(FIRST)).isEqualTo(1);
    assertThat(counts().get("event_files")).isEqualTo(2);
  }

  @Test
  void noNetworkAndAListThatCannotBeFetchedLeaveTheStoreAsItWas() {
    Map<String, Long> before = counts();
    Cli.Result refused =
        update(
            "--from",
            "2018-03",
            "--mirror",
            LocalPublisher.nowhere().toString(),
            "--retries",
            "1",
            "--timeout",
            "1");
    assertThat(refused.code()).isEqualTo(ExitCodes.FETCH);
    assertThat(refused.err())
        .contains("masterfilelist.txt: cannot connect to 127.0.0.1:")
        .contains("is there a network here, and is the address right?");
    publisher.fail("masterfilelist.txt", Fault.NOT_FOUND, 1);
    Cli.Result missing = update("--from", "2018-03", "--retries", "0");
    assertThat(missing.code()).isEqualTo(ExitCodes.FETCH);
    assertThat(missing.err()).contains("masterfilelist.txt: not found (404)");
    assertThat(counts()).isEqualTo(before);
  }

  @Test
  void zipsAskedToBeKeptStayAndAreTakenFromThereNextTime() throws Exception {
    Path kept = dir.resolve("kept");
    Cli.Result first = update("--from", "2019-10", "--to", "2019-10", "--keep", kept.toString());
    assertThat(first.code()).as(first.err()).isZero();
    assertThat(kept.resolve(SECOND))
        .hasSameBinaryContentAs(dir.resolve("mirror/gdeltv2/" + SECOND));
    assertThat(first.out()).contains("the zips are kept in " + kept);
  }

  @Test
  void onPostgresqlAnUpdateLoadsAndASecondAtOnceIsRefused() {
    String team = LocalPostgres.get().newDatabase();
    assertThat(Cli.runRaw("init", "--registry-only", "--db", team).code()).isZero();
    Cli.Result first = updateOn(team, "--from", "2018-03", "--to", "2019-10");
    assertThat(first.code()).as(first.err()).isZero();
    assertThat(counts(team)).isEqualTo(countsAfterTheSameOnTheFile());
    try (Store other = StoreLocation.openAsIs(team)) {
      Store.Hold held = other.hold("update");
      try {
        Map<String, Long> before = counts(team);
        Cli.Result busy = updateOn(team, "--from", "2018-03");
        assertThat(busy.code()).isEqualTo(ExitCodes.DATABASE);
        assertThat(busy.err()).contains("another update is running on postgresql://");
        assertThat(counts(team)).isEqualTo(before);
      } finally {
        held.close();
      }
    }
  }

  private Map<String, Long> countsAfterTheSameOnTheFile() {
    Cli.Result r = update("--from", "2018-03", "--to", "2019-10");
    assertThat(r.code()).as(r.err()).isZero();
    return counts();
  }
}
