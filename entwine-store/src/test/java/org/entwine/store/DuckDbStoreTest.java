package org.entwine.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.entwine.actor.Actor;
import org.entwine.actor.ActorKind;
import org.entwine.actor.CodeSystem;
import org.entwine.evidence.IndicatorDefinition;
import org.entwine.evidence.Observation;
import org.entwine.framework.Framework;
import org.entwine.framework.Level;
import org.entwine.framework.LevelChange;
import org.entwine.registry.Registry;
import org.entwine.source.Provenance;
import org.entwine.source.Source;
import org.entwine.storage.StoreException;
import org.entwine.time.PartialDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuckDbStoreTest {
  @TempDir Path dir;
  static final Provenance P = new Provenance("test", Instant.parse("2026-01-01T00:00:00Z"));
  static final List<String> S = List.of("s");

  static Registry sample() {
    Actor vnm =
        new Actor(
            "VNM",
            ActorKind.STATE,
            "Vietnam",
            java.util.Map.of(CodeSystem.COW, "816"),
            List.of("Viet Nam"),
            List.of(),
            null,
            S,
            P);
    Actor rus = new Actor("RUS", ActorKind.STATE, "Russia", null, null, null, null, S, P);
    Framework f =
        new Framework(
            "RUS-VNM",
            List.of("VNM", "RUS"),
            List.of(
                new LevelChange(
                    PartialDate.parse("2001"),
                    Level.STRATEGIC,
                    "strategic partnership",
                    null,
                    null,
                    null,
                    S),
                new LevelChange(
                    PartialDate.parse("2012-07"),
                    Level.COMPREHENSIVE_STRATEGIC,
                    "comprehensive strategic partnership",
                    List.of(),
                    "doc",
                    "note",
                    S)),
            List.of(),
            null,
            S,
            P);
    var ind = new IndicatorDefinition("trade", "Trade", "USD", true, null, 1870, 2014, false, S, P);
    var o = new Observation("trade", "VNM", "RUS", PartialDate.parse("2014"), 3.5, "s");
    return Registry.builder()
        .sources(List.of(Source.of("s", "A source")))
        .actors(List.of(vnm, rus))
        .frameworks(List.of(f))
        .indicators(List.of(ind))
        .observations(List.of(o))
        .build();
  }

  @Test
  void whatIsAddedLoadsBackEqual() {
    try (DuckDbStore store = DuckDbStore.open(dir.resolve("e.duckdb"))) {
      Registry r = sample();
      store.add(r, "sample", "test");
      Registry back = store.load();
      assertThat(back.actors()).isEqualTo(r.actors());
      assertThat(back.frameworks()).isEqualTo(r.frameworks());
      assertThat(back.sources()).isEqualTo(r.sources());
      assertThat(store.observations("VNM", "RUS")).isEqualTo(r.observations());
      assertThat(store.imports())
          .singleElement()
          .satisfies(i -> assertThat(i.records()).isEqualTo(r.size()));
    }
  }

  @Test
  void theDictionaryEncodedBulkReadGivesTheSameObservationsAsThePlainRead() {
    try (DuckDbStore store = DuckDbStore.open(dir.resolve("e.duckdb"))) {
      List<Observation> many = new java.util.ArrayList<>();
      for (int y = 1990; y < 2000; y++) {
        many.add(
            new Observation(
                "trade", "VNM", "RUS", PartialDate.parse(String.valueOf(y)), y * 1.5, "s"));
        many.add(new Observation("trade", "RUS", "VNM", PartialDate.parse(y + "-03"), -y, "s"));
      }
      Registry r = sample();
      store.add(
          Registry.builder()
              .sources(r.sources())
              .actors(r.actors())
              .indicators(r.indicators())
              .observations(many)
              .build(),
          "many",
          "test");
      List<Observation> bulk = new java.util.ArrayList<>();
      store.observations(List.of("trade", "no-such-indicator"), bulk::add);
      assertThat(bulk)
          .containsExactlyInAnyOrderElementsOf(store.observations("VNM", null))
          .hasSize(20);
    }
  }

  @Test
  void dataSurvivesClosingAndReopening() {
    Path file = dir.resolve("e.duckdb");
    try (DuckDbStore store = DuckDbStore.open(file)) {
      store.add(sample(), "sample", "test");
    }
    try (DuckDbStore store = DuckDbStore.open(file)) {
      assertThat(store.load().frameworks()).hasSize(1);
    }
  }

  @Test
  void aBatchTheDatabaseRefusesLeavesNothingBehind() {
    try (DuckDbStore store = DuckDbStore.open(dir.resolve("e.duckdb"))) {
      store.add(sample(), "sample", "test");
      var before = store.counts();
      Registry again = sample(); // same ids: the primary key refuses the second copy
      assertThatThrownBy(() -> store.add(again, "again", "test"))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("nothing was imported");
      assertThat(store.counts()).isEqualTo(before);
      assertThat(store.load().frameworks()).isEqualTo(sample().frameworks());
    }
  }

  @Test
  void theSchemaIsVersionedAndMigratedOnce() throws Exception {
    Path file = dir.resolve("e.duckdb");
    DuckDbStore.open(file).close();
    DuckDbStore.open(file).close();
    try (var c = DriverManager.getConnection("jdbc:duckdb:" + file);
        var r =
            c.createStatement().executeQuery("SELECT count(*), max(version) FROM schema_version")) {
      r.next();
      assertThat(r.getInt(1)).as("each version applied once").isEqualTo(Migrations.CURRENT);
      assertThat(r.getInt(2)).isEqualTo(Migrations.CURRENT);
    }
  }

  @Test
  void aVersionOneDatabaseGainsTheEventTablesAndKeepsWhatItHeld() throws Exception {
    Path file = dir.resolve("v1.duckdb");
    try (var c = DriverManager.getConnection("jdbc:duckdb:" + file);
        var s = c.createStatement();
        var in = getClass().getResourceAsStream("/org/entwine/store/db/duckdb/V1__registry.sql")) {
      s.execute(
          "CREATE TABLE schema_version (version INTEGER NOT NULL, applied_at TIMESTAMP NOT NULL)");
      for (String part :
          new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
              .split(";\\s*\\n")) {
        String stmt = part.replaceAll("(?m)^--.*$", "").strip();
        if (!stmt.isEmpty()) s.execute(stmt);
      }
      s.execute("INSERT INTO schema_version VALUES (1, current_timestamp)");
    }
    try (DuckDbStore store = DuckDbStore.open(file)) {
      store.add(sample(), "sample", "test");
    }
    try (DuckDbStore store = DuckDbStore.open(file)) {
      assertThat(store.load().frameworks()).isEqualTo(sample().frameworks());
      assertThat(store.counts()).containsEntry("event_months", 0L);
      assertThat(store.eventDatasets()).isEmpty();
    }
  }

  @Test
  void monthsStoredBeforeFamiliesWereCountedKeepThemUncountedNotZero() throws Exception {
    Path file = dir.resolve("v3.duckdb");
    try (var c = DriverManager.getConnection("jdbc:duckdb:" + file);
        var s = c.createStatement()) {
      s.execute(
          "CREATE TABLE schema_version (version INTEGER NOT NULL, applied_at TIMESTAMP NOT NULL)");
      for (String script :
          List.of("V1__registry.sql", "V2__events.sql", "V3__record_versions.sql")) {
        try (var in = getClass().getResourceAsStream("/org/entwine/store/db/duckdb/" + script)) {
          for (String part :
              new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                  .split(";\\s*\\n")) {
            String stmt = part.replaceAll("(?m)^--.*$", "").strip();
            if (!stmt.isEmpty()) s.execute(stmt);
          }
        }
      }
      s.execute("INSERT INTO schema_version VALUES (3, current_timestamp)");
      s.execute(
          "INSERT INTO event_months VALUES ('gdelt', 'VNM', 'JPN', 201801, 5, 3, 2, 0, 0, 12.5, 5,"
              + " 5, 5, 1.0)");
    }
    long[] counted = {1, 2, 1, 0, 0, 1, 0};
    try (DuckDbStore store = DuckDbStore.open(file)) {
      assertThat(store.eventMonths("gdelt", "VNM", "JPN", 0, 999912))
          .singleElement()
          .satisfies(m -> assertThat(m.families()).isNull());
      store.addEvents(
          "gdelt",
          each -> {
            each.accept(
                new org.entwine.events.RelationMonth(
                    "VNM", "JPN", 201801, 2, new long[] {2, 0, 0, 0}, 3, 2, 2, 2, 0, counted));
            each.accept(
                new org.entwine.events.RelationMonth(
                    "VNM", "JPN", 201802, 2, new long[] {2, 0, 0, 0}, 3, 2, 2, 2, 0, counted));
          },
          new byte[0],
          "test",
          "test");
      var months = store.eventMonths("gdelt", "VNM", "JPN", 0, 999912);
      assertThat(months.get(0).events()).isEqualTo(7);
      assertThat(months.get(0).families()).as("part of January was never counted").isNull();
      assertThat(months.get(1).families()).containsExactly(counted);
    }
  }

  @Test
  void aDatabaseOpenedForReadingIsReadAndAWriteSaysWhyItCannot() {
    Path file = dir.resolve("e.duckdb");
    try (DuckDbStore store = DuckDbStore.open(file)) {
      store.add(sample(), "sample", "test");
    }
    try (DuckDbStore store = DuckDbStore.openForReading(file)) {
      assertThat(store.load().frameworks()).isEqualTo(sample().frameworks());
      assertThatThrownBy(
              () ->
                  store.add(
                      Registry.builder()
                          .sources(List.of(Source.of("s2", "Another source")))
                          .build(),
                      "more",
                      "test"))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("opened for reading only");
    }
    try (DuckDbStore store = DuckDbStore.open(file)) {
      assertThat(store.contains("source", "s2")).as("nothing of the refused write").isFalse();
    }
  }

  @Test
  void anObservationGivenTwiceOrAlreadyStoredIsRefusedNamingItAndNothingLands() {
    try (DuckDbStore store = DuckDbStore.open(dir.resolve("e.duckdb"))) {
      store.add(sample(), "sample", "test");
      var before = store.counts();
      var again = new Observation("trade", "VNM", "RUS", PartialDate.parse("2014"), 9.9, "s");
      var fresh = new Observation("trade", "VNM", "RUS", PartialDate.parse("2015"), 1.0, "s");
      Registry batch = Registry.builder().observations(List.of(fresh, again)).build();
      assertThatThrownBy(() -> store.add(batch, "again", "test"))
          .isInstanceOf(org.entwine.registry.RegistryStore.DuplicateObservations.class)
          .hasMessageContaining("trade for VNM and RUS in 2014");
      Registry twice = Registry.builder().observations(List.of(fresh, fresh)).build();
      assertThatThrownBy(() -> store.add(twice, "twice", "test"))
          .hasMessageContaining("trade for VNM and RUS in 2015");
      assertThat(store.counts()).isEqualTo(before);
    }
  }

  @Test
  void aFullDiskIsSaidInWordsAUserCanActOn() {
    assertThat(
            Failures.explain(
                new java.sql.SQLException(
                    "IO Error: Could not write file \"x.duckdb\": No space left on device")))
        .startsWith("the disk holding the database is full");
  }

  @Test
  void aDatabaseFromANewerEntwineIsRefused() throws Exception {
    Path file = dir.resolve("e.duckdb");
    DuckDbStore.open(file).close();
    try (var c = DriverManager.getConnection("jdbc:duckdb:" + file)) {
      c.createStatement().execute("INSERT INTO schema_version VALUES (99, current_timestamp)");
    }
    assertThatThrownBy(() -> DuckDbStore.open(file))
        .hasMessageContaining("newer than this Entwine knows");
  }

  @Test
  void theAnalystViewsGivePlainColumns() throws Exception {
    Path file = dir.resolve("e.duckdb");
    try (DuckDbStore store = DuckDbStore.open(file)) {
      store.add(sample(), "sample", "test");
    }
    try (var c = DriverManager.getConnection("jdbc:duckdb:" + file);
        var r =
            c.createStatement()
                .executeQuery(
                    "SELECT party_a, party_b, established, latest_level FROM frameworks")) {
      r.next();
      assertThat(List.of(r.getString(1), r.getString(2), r.getString(3), r.getString(4)))
          .containsExactly("VNM", "RUS", "2001", "COMPREHENSIVE_STRATEGIC");
    }
  }

  @Test
  void aDatabaseHeldByAnotherProcessGetsAMessageThatSaysSo() throws Exception {
    Path file = dir.resolve("held.duckdb");
    DuckDbStore.open(file).close();
    Process holder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                HoldDatabase.class.getName(),
                file.toString())
            .redirectErrorStream(true)
            .start();
    try {
      var line = new BufferedReader(new InputStreamReader(holder.getInputStream())).readLine();
      assertThat(line).isEqualTo("holding");
      assertThatThrownBy(() -> DuckDbStore.open(file))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("is in use by another Entwine process")
          .hasMessageContaining("PID " + holder.pid());
    } finally {
      holder.getOutputStream().close();
      if (!holder.waitFor(30, TimeUnit.SECONDS)) holder.destroyForcibly();
    }
  }

  /** A load of {@code n} observations of the sample's indicator, for pairs of invented codes. */
  private static void loadTrade(DuckDbStore store, int n, boolean replace) {
    Registry records = sample().withObservations(List.of());
    try (var load =
        store.beginLoad(
            Registry.ofDataset(records.sources(), records.indicators(), List.of()),
            "test",
            "test",
            replace)) {
      for (int i = 0; i < n; i++) {
        load.add(
            new Observation(
                "trade",
                "A" + (i % 1000),
                "B" + (i / 1000),
                PartialDate.parse(String.valueOf(1900 + i % 100)),
                i,
                "s"));
      }
      load.commit(Registry.ofDataset(records.sources(), records.indicators(), List.of()));
    }
  }

  @Test
  void aFileCompactedAfterALoadIsReplacedIsNoLargerThanAfterTheFirstLoadAndHoldsTheSame()
      throws Exception {
    Path file = dir.resolve("c.duckdb");
    long fresh;
    try (DuckDbStore store = DuckDbStore.open(file)) {
      loadTrade(store, 300_000, false);
    }
    fresh = Files.size(file);
    long imports;
    java.util.Map<String, Long> counts;
    try (DuckDbStore store = DuckDbStore.open(file)) {
      loadTrade(store, 300_000, true);
      assertThat(store.freeShare())
          .as("the replaced observations' space")
          .isGreaterThan(Compaction.WORTH_IT);
      imports = store.imports().size();
      counts = store.counts();
    }
    assertThat(Files.size(file)).as("DuckDB keeps the freed space").isGreaterThan(fresh);
    Compaction c = Compaction.of(file);
    assertThat(c.after()).isLessThanOrEqualTo(fresh).isEqualTo(Files.size(file));
    assertThat(file.resolveSibling(".c.duckdb.compacting")).doesNotExist();
    try (DuckDbStore store = DuckDbStore.open(file)) {
      assertThat(store.counts()).isEqualTo(counts);
      assertThat(store.observations("A7", "B3")).hasSize(1);
      // the sequences go on where they were: a new import takes the next id
      store.add(
          Registry.ofDataset(List.of(Source.of("s2", "Another source")), List.of(), List.of()),
          "after",
          "test");
      assertThat(store.imports()).hasSize((int) imports + 1);
    }
  }
}
