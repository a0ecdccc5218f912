package org.entwine.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.entwine.actor.Actor;
import org.entwine.actor.ActorKind;
import org.entwine.actor.CodeSystem;
import org.entwine.events.EventFile;
import org.entwine.events.RelationMonth;
import org.entwine.evidence.IndicatorDefinition;
import org.entwine.evidence.Observation;
import org.entwine.framework.Framework;
import org.entwine.framework.Level;
import org.entwine.framework.LevelChange;
import org.entwine.registry.Entry;
import org.entwine.registry.ObservationQuery;
import org.entwine.registry.Registry;
import org.entwine.registry.RegistryStore;
import org.entwine.source.Provenance;
import org.entwine.source.Source;
import org.entwine.storage.Account;
import org.entwine.storage.ApiToken;
import org.entwine.storage.AuditEntry;
import org.entwine.storage.Role;
import org.entwine.storage.Session;
import org.entwine.storage.Store;
import org.entwine.storage.StoreBusyException;
import org.entwine.storage.StoreChange;
import org.entwine.storage.StoreException;
import org.entwine.testing.InventedObservations;
import org.entwine.time.Month;
import org.entwine.time.PartialDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The storage contract, the same tests against each store: what one stores, the other gives back
 * the same. A subclass opens its store ({@link #open}) on a database of its own for each test, and
 * gives a plain JDBC connection to it ({@link #raw}, used only while no store holds it open) to set
 * up what an older Entwine left.
 */
abstract class StoreContract {
  @TempDir Path dir;
  static final Provenance P = new Provenance("test", Instant.parse("2026-01-01T00:00:00Z"));
  static final List<String> S = List.of("s");

  /** Opens the store on this test's database (the same one each time within a test). */
  abstract Store open();

  /** A plain connection to this test's database. */
  abstract Connection raw() throws SQLException;

  /** The migration scripts' folder: db/duckdb or db/postgresql. */
  abstract String dialect();

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
    try (Store store = open()) {
      Registry r = sample();
      store.add(r, "sample", "test");
      Registry back = store.load();
      assertThat(back.actors()).isEqualTo(r.actors());
      assertThat(back.frameworks()).isEqualTo(r.frameworks());
      assertThat(back.sources()).isEqualTo(r.sources());
      assertThat(read(store, ObservationQuery.between("VNM", "RUS"))).isEqualTo(r.observations());
      assertThat(store.imports())
          .singleElement()
          .satisfies(
              i -> {
                assertThat(i.records()).isEqualTo(r.size());
                assertThat(i.origin()).isEqualTo("sample");
                assertThat(i.enteredBy()).isEqualTo("test");
              });
      assertThat(store.isEmpty()).isFalse();
      assertThat(store.contains("framework", "RUS-VNM")).isTrue();
      assertThat(store.contains("framework", "CHN-VNM")).isFalse();
    }
  }

  @Test
  void aNewStoreIsEmptyAndCountsNothing() {
    try (Store store = open()) {
      assertThat(store.isEmpty()).isTrue();
      assertThat(store.counts())
          .containsOnlyKeys(SqlStore.TABLES)
          .allSatisfy((table, n) -> assertThat(n).as(table).isZero());
      assertThat(store.load().size()).isZero();
    }
  }

  @Test
  void aQueryReadsTheObservationsItSelectsAndNoOthers() {
    try (Store store = open()) {
      List<Observation> many = new ArrayList<>();
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
      many.sort(Observation.KEY_ORDER);
      assertThat(read(store, ObservationQuery.of(List.of("trade", "no-such-indicator"))))
          .isEqualTo(many)
          .isEqualTo(read(store, ObservationQuery.between("VNM", null)))
          .isEqualTo(read(store, ObservationQuery.between("RUS", "VNM")))
          .isEqualTo(read(store, ObservationQuery.all()))
          .isEqualTo(read(store, ObservationQuery.of("RUS", List.of("trade"))));
      assertThat(read(store, ObservationQuery.of("CHN", List.of("trade")))).isEmpty();
      assertThat(read(store, ObservationQuery.between("VNM", "CHN"))).isEmpty();
      assertThat(read(store, ObservationQuery.of("VNM", List.of("no-such-indicator")))).isEmpty();
      assertThat(read(store, ObservationQuery.of(List.of()))).as("no indicators: none").isEmpty();
    }
  }

  /** What {@code query} reads, in the order of the observations' keys. */
  static List<Observation> read(Store store, ObservationQuery query) {
    List<Observation> out = new ArrayList<>();
    store.observations(query, out::add);
    out.sort(Observation.KEY_ORDER);
    return out;
  }

  @Test
  void dataSurvivesClosingAndReopening() {
    try (Store store = open()) {
      store.add(sample(), "sample", "test");
    }
    try (Store store = open()) {
      assertThat(store.load().frameworks()).hasSize(1);
    }
  }

  @Test
  void aBatchTheDatabaseRefusesLeavesNothingBehind() {
    try (Store store = open()) {
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
  void severalBatchesAreStoredTogetherOrNotAtAll() {
    try (Store store = open()) {
      Registry first = Registry.builder().sources(List.of(Source.of("a", "A source"))).build();
      Registry second = Registry.builder().sources(List.of(Source.of("b", "B source"))).build();
      store.add(List.of(first, second), "two", "test");
      assertThat(store.imports()).hasSize(2);
      var before = store.counts();
      Registry third = Registry.builder().sources(List.of(Source.of("c", "C source"))).build();
      assertThatThrownBy(() -> store.add(List.of(third, first), "again", "test"))
          .isInstanceOf(StoreException.class);
      assertThat(store.counts()).isEqualTo(before);
      assertThat(store.contains("source", "c")).as("nothing of the refused group").isFalse();
    }
  }

  @Test
  void aReplacedRecordKeepsItsEarlierVersion() throws Exception {
    Source edited =
        new Source("s", "A source, edited", null, null, null, null, null, null, null, false);
    try (Store store = open()) {
      store.add(sample(), "sample", "test");
      store.replace(Registry.builder().sources(List.of(edited)).build(), "edit", "analyst");
      assertThat(store.load().sources()).containsExactly(edited);
      assertThatThrownBy(
              () ->
                  store.replace(
                      Registry.builder().sources(List.of(Source.of("nope", "No"))).build(),
                      "edit",
                      "analyst"))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("there is no source 'nope' to replace");
      assertThat(store.counts()).containsEntry("record_versions", 1L);
      assertThat(store.imports().get(0).enteredBy()).isEqualTo("analyst");
    }
    try (Connection c = raw();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT body FROM record_versions WHERE id = 's'")) {
      r.next();
      assertThat(r.getString(1)).contains("\"A source\"");
    }
  }

  /** A load of {@code n} observations of the sample's indicator, for pairs of invented codes. */
  static void loadTrade(Store store, int n, boolean replace) {
    Registry records = sample().withObservations(List.of());
    try (var load =
        store.beginLoad(
            Registry.ofDataset(records.sources(), records.indicators(), List.of()),
            "test",
            "test",
            replace)) {
      InventedObservations.of("trade", "s", n).forEach(load::add);
      load.commit(Registry.ofDataset(records.sources(), records.indicators(), List.of()));
    }
  }

  @Test
  void aLoadReplacesWhatTheSameDatasetStoredAndALoadNotCommittedStoresNothing() {
    try (Store store = open()) {
      loadTrade(store, 5_000, false);
      assertThat(store.counts()).containsEntry("observations", 5_000L);
      loadTrade(store, 3_000, true);
      assertThat(store.counts()).containsEntry("observations", 3_000L);
      assertThat(read(store, ObservationQuery.between("A7", "B2")))
          .singleElement()
          .extracting(Observation::value)
          .isEqualTo(2007.0);
      var before = store.counts();
      try (var load = store.beginLoad(sample().withObservations(List.of()), "x", "x", true)) {
        load.add(new Observation("trade", "X", "Y", PartialDate.parse("2001"), 1, "s"));
        assertThat(load.count()).isEqualTo(1);
      } // closed without commit
      assertThat(store.counts()).isEqualTo(before);
      assertThat(store.imports()).hasSize(2);
    }
  }

  @Test
  void theSchemaIsVersionedAndMigratedOnce() throws Exception {
    open().close();
    open().close();
    try (Connection c = raw();
        var r =
            c.createStatement().executeQuery("SELECT count(*), max(version) FROM schema_version")) {
      r.next();
      assertThat(r.getInt(1)).as("each version applied once").isEqualTo(Migrations.CURRENT);
      assertThat(r.getInt(2)).isEqualTo(Migrations.CURRENT);
    }
  }

  /** Sets up the database as an Entwine of schema version {@code version} left it. */
  void asVersion(int version) throws Exception {
    try (Connection c = raw();
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE schema_version (version INTEGER NOT NULL, applied_at TIMESTAMP NOT NULL)");
      try (var scripts =
          Files.list(
              Path.of(
                  getClass().getResource("/org/entwine/store/db/" + dialect() + "/").toURI()))) {
        for (Path script : // V1 … V<version>, in their numbers' order (V10 after V9)
            scripts
                .sorted(
                    java.util.Comparator.comparingInt(
                        p ->
                            Integer.parseInt(
                                p.getFileName().toString().replaceAll("^V(\\d+)__.*", "$1"))))
                .limit(version)
                .toList()) {
          for (String part : Files.readString(script, StandardCharsets.UTF_8).split(";\\s*\\n")) {
            String stmt = part.replaceAll("(?m)^--.*$", "").strip();
            if (!stmt.isEmpty()) s.execute(stmt);
          }
        }
      }
      s.execute("INSERT INTO schema_version VALUES (" + version + ", current_timestamp)");
    }
  }

  @Test
  void aVersionOneDatabaseGainsTheEventTablesAndKeepsWhatItHeld() throws Exception {
    asVersion(1);
    try (Store store = open()) {
      store.add(sample(), "sample", "test");
    }
    try (Store store = open()) {
      assertThat(store.load().frameworks()).isEqualTo(sample().frameworks());
      assertThat(store.counts()).containsEntry("event_months", 0L);
      assertThat(store.eventDatasets()).isEmpty();
    }
  }

  @Test
  void monthsStoredBeforeFamiliesWereCountedKeepThemUncountedNotZero() throws Exception {
    asVersion(3);
    try (Connection c = raw();
        Statement s = c.createStatement()) {
      s.execute(
          "INSERT INTO event_months VALUES ('gdelt', 'VNM', 'JPN', 201801, 5, 3, 2, 0, 0, 12.5, 5,"
              + " 5, 5, 1.0)");
    }
    long[] counted = {1, 2, 1, 0, 0, 1, 0};
    try (Store store = open()) {
      assertThat(store.eventMonths("gdelt", "VNM", "JPN", Month.MIN, Month.MAX))
          .singleElement()
          .satisfies(m -> assertThat(m.families()).isNull());
      store.addEvents(
          "gdelt",
          each -> {
            each.accept(
                new RelationMonth(
                    "VNM",
                    "JPN",
                    Month.of(2018, 1),
                    2,
                    new long[] {2, 0, 0, 0},
                    3,
                    2,
                    2,
                    2,
                    0,
                    counted));
            each.accept(
                new RelationMonth(
                    "VNM",
                    "JPN",
                    Month.of(2018, 2),
                    2,
                    new long[] {2, 0, 0, 0},
                    3,
                    2,
                    2,
                    2,
                    0,
                    counted));
          },
          new byte[0],
          "test",
          "test");
      var months = store.eventMonths("gdelt", "VNM", "JPN", Month.MIN, Month.MAX);
      assertThat(months.get(0).events()).isEqualTo(7);
      assertThat(months.get(0).families()).as("part of January was never counted").isNull();
      assertThat(months.get(1).families()).containsExactly(counted);
    }
  }

  static RelationMonth month(String a, String b, Month month, long events, long[] families) {
    return new RelationMonth(
        a,
        b,
        month,
        events,
        new long[] {events, 0, 0, 0},
        1.5 * events,
        events,
        1,
        1,
        -0.5,
        families);
  }

  @Test
  void eventMonthsAddUpAndTheIdsAreReplacedInOneTransaction() {
    long[] f = {1, 0, 0, 0, 0, 0, 0};
    try (Store store = open()) {
      long added =
          store.addEvents(
              "gdelt",
              each -> {
                each.accept(month("VNM", "JPN", Month.of(2018, 1), 2, f));
                each.accept(
                    month("VNM", "JPN", Month.of(2018, 1), 3, f)); // a second code of one actor
                each.accept(month("JPN", "VNM", Month.of(2018, 2), 1, f));
                each.accept(month("VNM", "USA", Month.of(2018, 3), 4, null));
              },
              new byte[] {1, 2, 3},
              "first",
              "test");
      assertThat(added).isEqualTo(3);
      store.addEvents(
          "gdelt",
          each -> each.accept(month("VNM", "JPN", Month.of(2018, 1), 10, f)),
          new byte[] {9},
          "2",
          "t");
      assertThat(store.eventMonths("gdelt", "VNM", "JPN", Month.of(2018, 1), Month.of(2018, 12)))
          .singleElement()
          .satisfies(
              m -> {
                assertThat(m.events()).isEqualTo(15);
                assertThat(m.goldsteinSum()).isEqualTo(22.5);
                assertThat(m.families()).containsExactly(3, 0, 0, 0, 0, 0, 0);
              });
      assertThat(store.eventMonthsWith("gdelt", "VNM", Month.of(2018, 1), Month.of(2018, 12)))
          .hasSize(3);
      assertThat(store.eventMonths("gdelt", "VNM", "USA", Month.MIN, Month.MAX).get(0).families())
          .isNull();
      assertThat(store.eventTotals("gdelt", "VNM", Month.of(2018, 1), Month.of(2018, 12)))
          .containsExactly(
              Map.entry(Month.of(2018, 1), 15L),
              Map.entry(Month.of(2018, 2), 1L),
              Map.entry(Month.of(2018, 3), 4L));
      assertThat(store.eventIds("gdelt")).containsExactly(9);
      assertThat(store.eventIds("icews")).isEmpty();
      assertThat(store.eventDatasets()).containsExactly(Map.entry("gdelt", 3L));
      var before = store.counts();
      assertThatThrownBy(
              () ->
                  store.addEvents(
                      "gdelt",
                      each -> {
                        each.accept(month("VNM", "JPN", Month.of(2018, 4), 1, f));
                        throw new IllegalStateException("the reader failed half way");
                      },
                      new byte[] {7},
                      "broken",
                      "test"))
          .hasMessageContaining("half way");
      assertThat(store.counts()).isEqualTo(before);
      assertThat(store.eventIds("gdelt")).containsExactly(9);
    }
  }

  @Test
  void theFilesALoadReadAreRecordedInItsTransactionAndAListedFileNeverHidesALoadedOne() {
    long[] f = {1, 0, 0, 0, 0, 0, 0};
    String md5 = "297a16b493de7cf6ca809a7cc31d0b93";
    try (Store store = open()) {
      store.addEvents(
          "gdelt",
          each -> each.accept(month("VNM", "JPN", Month.of(2015, 2), 2, f)),
          new byte[] {1},
          "first",
          "test",
          List.of(
              new EventFile("20150218230000.export.CSV.zip", md5, 150383, true),
              new EventFile("20150218231500.export.CSV.zip", null, 149000, false)));
      assertThat(store.eventFiles("gdelt"))
          .containsOnlyKeys("20150218230000.export.CSV.zip", "20150218231500.export.CSV.zip");
      assertThat(store.eventFiles("gdelt").get("20150218230000.export.CSV.zip").loaded()).isTrue();
      assertThat(store.eventFiles("icews")).isEmpty();
      // listed again: a loaded file stays loaded; loaded later: the listed one becomes loaded
      store.addEvents(
          "gdelt",
          each -> {},
          new byte[] {1},
          "second",
          "test",
          List.of(
              new EventFile("20150218230000.export.CSV.zip", md5, 150383, false),
              new EventFile("20150218231500.export.CSV.zip", md5.replace('2', '3'), 149000, true)));
      var files = store.eventFiles("gdelt");
      assertThat(files.values()).allSatisfy(x -> assertThat(x.loaded()).isTrue());
      assertThat(files.get("20150218231500.export.CSV.zip").md5()).isEqualTo(md5.replace('2', '3'));
      // one name twice in a load, listed and loaded: recorded once, as loaded
      store.addEvents(
          "gdelt",
          each -> {},
          new byte[] {1},
          "third",
          "test",
          List.of(
              new EventFile("20150219001500.export.CSV.zip", null, 9, false),
              new EventFile("20150219001500.export.CSV.zip", md5, 10, true)));
      assertThat(store.eventFiles("gdelt").get("20150219001500.export.CSV.zip"))
          .isEqualTo(new EventFile("20150219001500.export.CSV.zip", md5, 10, true));
      // a load that fails records none of its files
      assertThatThrownBy(
              () ->
                  store.addEvents(
                      "gdelt",
                      each -> {
                        throw new IllegalStateException("the reader failed half way");
                      },
                      new byte[] {7},
                      "broken",
                      "test",
                      List.of(new EventFile("20150219000000.export.CSV.zip", md5, 1, true))))
          .hasMessageContaining("half way");
      assertThat(store.eventFiles("gdelt")).hasSize(3);
    }
  }

  @Test
  void theEventSeriesExportsAsCsvAndParquetWithTheSameRows() throws Exception {
    try (Store store = open()) {
      store.addEvents(
          "gdelt",
          each -> {
            each.accept(
                month("VNM", "JPN", Month.of(2018, 1), 2, new long[] {1, 0, 0, 0, 0, 0, 2}));
            each.accept(month("VNM", "USA", Month.of(2018, 3), 4, null));
          },
          new byte[0],
          "first",
          "test");
      assertThat(store.exportEvents("gdelt", dir.resolve("m.csv"))).isEqualTo(2);
      assertThat(store.exportEvents(null, dir.resolve("m.parquet"))).isEqualTo(2);
      assertThatThrownBy(() -> store.exportEvents("gdelt", dir.resolve("m.txt")))
          .hasMessageContaining("must end in .parquet or .csv");
      assertThatThrownBy(
              () -> store.exportEvents("x'; DROP TABLE records; --", dir.resolve("m.csv")))
          .hasMessageContaining("not a dataset name");
    }
    List<String> csv = Files.readAllLines(dir.resolve("m.csv"));
    assertThat(csv.get(0)).startsWith("dataset,actor,partner,month,events,");
    String[] first = csv.get(1).split(",", -1);
    assertThat(List.of(first).subList(0, 9))
        .containsExactly("gdelt", "VNM", "JPN", "201801", "2", "2", "0", "0", "0");
    assertThat(Double.parseDouble(first[9])).as("goldstein_sum").isEqualTo(3.0);
    assertThat(csv.get(1)).endsWith(",1,0,0,0,0,0,2");
    assertThat(csv.get(2)).endsWith(",,,,,,,");
    try (Connection duck = java.sql.DriverManager.getConnection("jdbc:duckdb:");
        ResultSet r =
            duck.createStatement()
                .executeQuery(
                    "SELECT actor, partner, month, events, goldstein_sum, cameo_07, typeof(month),"
                        + " typeof(events) FROM '"
                        + dir.resolve("m.parquet")
                        + "' ORDER BY partner")) {
      r.next();
      assertThat(List.of(r.getString(1), r.getString(2), r.getString(3), r.getString(4)))
          .containsExactly("VNM", "JPN", "201801", "2");
      assertThat(r.getDouble(5)).isEqualTo(3.0);
      assertThat(r.getLong(6)).isEqualTo(2);
      assertThat(List.of(r.getString(7), r.getString(8))).containsExactly("INTEGER", "BIGINT");
      r.next();
      r.getLong(6);
      assertThat(r.wasNull()).as("families not counted stay missing").isTrue();
    }
  }

  @Test
  void anObservationGivenTwiceOrAlreadyStoredIsRefusedNamingItAndNothingLands() {
    try (Store store = open()) {
      store.add(sample(), "sample", "test");
      var before = store.counts();
      var again = new Observation("trade", "VNM", "RUS", PartialDate.parse("2014"), 9.9, "s");
      var fresh = new Observation("trade", "VNM", "RUS", PartialDate.parse("2015"), 1.0, "s");
      Registry batch = Registry.builder().observations(List.of(fresh, again)).build();
      assertThatThrownBy(() -> store.add(batch, "again", "test"))
          .isInstanceOf(RegistryStore.DuplicateObservations.class)
          .hasMessageContaining("trade for VNM and RUS in 2014");
      Registry twice = Registry.builder().observations(List.of(fresh, fresh)).build();
      assertThatThrownBy(() -> store.add(twice, "twice", "test"))
          .hasMessageContaining("trade for VNM and RUS in 2015");
      assertThat(store.counts()).isEqualTo(before);
    }
  }

  @Test
  void textIsStoredAsGivenQuotesCommasNewlinesAndAllScripts() {
    String odd = "Đối tác \"chiến lược\", toàn diện;\nline two, 'quoted' \\ back\\slash, 中文";
    try (Store store = open()) {
      store.add(Registry.builder().sources(List.of(Source.of("odd", odd))).build(), odd, "");
      assertThat(store.load().sources()).containsExactly(Source.of("odd", odd));
      assertThat(store.imports().get(0).origin()).isEqualTo(odd);
      assertThat(store.imports().get(0).enteredBy()).as("empty, not missing").isEmpty();
    }
  }

  @Test
  void aDatabaseFromANewerEntwineIsRefused() throws Exception {
    open().close();
    try (Connection c = raw()) {
      c.createStatement().execute("INSERT INTO schema_version VALUES (99, current_timestamp)");
    }
    assertThatThrownBy(this::open).hasMessageContaining("newer than this Entwine knows");
  }

  @Test
  void theAnalystViewsGivePlainColumns() throws Exception {
    try (Store store = open()) {
      store.add(sample(), "sample", "test");
    }
    try (Connection c = raw();
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
  void theAuditTrailSaysWhoChangedWhatFromWhereAndWhyWithBothVersions() {
    Source edited =
        new Source("s", "A source, edited", null, null, null, null, null, null, null, false);
    try (Store store = open()) {
      store.add(sample(), "sample", "loader");
      store.replace(
          Registry.builder().sources(List.of(edited)).build(),
          new Entry("web: PUT /api/records", "ana", "10.0.0.7", "the title had a typo"));
      List<AuditEntry> trail = store.audit(null, null, 10);
      assertThat(trail).hasSize(2);
      AuditEntry change = trail.get(0);
      assertThat(List.of(change.enteredBy(), change.address(), change.reason(), change.origin()))
          .containsExactly("ana", "10.0.0.7", "the title had a typo", "web: PUT /api/records");
      assertThat(change.changes())
          .singleElement()
          .satisfies(
              r -> {
                assertThat(r.kind() + " " + r.id()).isEqualTo("source s");
                assertThat(r.before()).contains("\"A source\"");
                assertThat(r.after()).contains("A source, edited");
              });
      AuditEntry first = trail.get(1);
      assertThat(first.address()).as("the command line has no address").isNull();
      assertThat(first.changes())
          .as("the first version of each record, the source's since replaced")
          .hasSize(sample().size() - sample().observations().size())
          .allSatisfy(r -> assertThat(r.before()).isNull())
          .anySatisfy(r -> assertThat(r.after()).contains("\"A source\""));
      assertThat(store.audit(null, "ana", 10)).singleElement().isEqualTo(change);
      assertThat(store.audit(Instant.now().plusSeconds(60), null, 10)).isEmpty();
      assertThat(store.audit(Instant.now().minusSeconds(60), null, 1)).containsExactly(change);
    }
  }

  @Test
  void accountsAndTheirTokensAreKeptAndEachChangeIsInTheAuditTrail() {
    Instant made = Instant.parse("2026-11-01T08:00:00Z");
    Account ana = new Account("ana", Role.ANALYST, "$argon2id$…", false, made);
    try (Store store = open()) {
      store.saveAccount(ana, Entry.of("account ana added, analyst", "admin"));
      store.saveAccount(
          ana.withRole(Role.ADMIN).disabled(true),
          Entry.of("account ana: admin, disabled", "root"));
      assertThat(store.account("ana"))
          .hasValue(new Account("ana", Role.ADMIN, "$argon2id$…", true, made));
      assertThat(store.account("bob")).isEmpty();
      assertThat(store.accounts()).extracting(Account::name).containsExactly("ana");
      store.addToken(token("ab12", "ana", "nightly load", null), Entry.of("token for ana", "ana"));
      assertThat(store.token("ab12")).map(ApiToken::account).hasValue("ana");
      assertThat(store.token("ab13")).isEmpty();
      assertThatThrownBy(
              () -> store.addToken(token("ab12", "ana", "again", null), Entry.of("token", "ana")))
          .isInstanceOf(StoreException.class);
      assertThat(store.audit(null, null, 10))
          .extracting(AuditEntry::origin)
          .containsExactly(
              "token for ana", "account ana: admin, disabled", "account ana added, analyst");
    }
  }

  @Test
  void aTaskIsHeldOnceAtATimeWhileOtherWorkGoesOn() {
    try (Store store = open()) {
      Store.Hold update = store.hold("update");
      try {
        assertThatThrownBy(() -> store.hold("update"))
            .isInstanceOf(StoreBusyException.class)
            .hasMessageContaining("another update is running on " + store.location());
        // another task, and writes, go on beside it
        store.hold("compaction").close();
        store.add(sample(), "while held", "test");
        assertThat(store.isEmpty()).isFalse();
      } finally {
        update.close();
      }
      store.hold("update").close(); // closed: the next may hold it
    }
  }

  static ApiToken token(String hash, String account, String name, Instant expires) {
    return new ApiToken(
        hash, account, name, Instant.now().truncatedTo(ChronoUnit.SECONDS), expires, null, null);
  }

  @Test
  void tokensAreNamedListedAndRevokedOneByOneAndStayRevokedWhenTheirAccountIsEnabledAgain() {
    Account ana = new Account("ana", Role.ANALYST, "h", false, Instant.now());
    Entry by = Entry.of("test", "root");
    try (Store store = open()) {
      store.saveAccount(ana, by);
      Instant soon = Instant.now().plusSeconds(3600).truncatedTo(ChronoUnit.SECONDS);
      store.addToken(token("h1", "ana", "nightly", null), by);
      store.addToken(token("h2", "ana", "report", soon), by);
      store.addToken(token("h3", "ana", "backup", null), by);
      assertThatThrownBy(() -> store.addToken(token("h4", "ana", "nightly", null), by))
          .isInstanceOf(org.entwine.input.UserInputException.class)
          .hasMessageContaining("already has a token named 'nightly'");
      assertThat(store.tokens("ana"))
          .extracting(ApiToken::name)
          .containsExactly("backup", "nightly", "report");
      assertThat(store.token("h2").orElseThrow().expires()).isEqualTo(soon);
      assertThat(store.revokeTokens("ana", "nightly", Instant.now(), Entry.of("revoke", "root")))
          .isEqualTo(1);
      assertThat(store.revokeTokens("ana", "nightly", Instant.now(), by))
          .as("revoked already: nothing to revoke")
          .isZero();
      assertThat(store.token("h1").orElseThrow().usable(Instant.now())).isFalse();
      assertThat(store.token("h3").orElseThrow().usable(Instant.now())).isTrue();
      assertThat(store.token("h2").orElseThrow().usable(soon.plusSeconds(1)))
          .as("expired")
          .isFalse();
      // a new token may take a revoked one's name
      store.addToken(token("h5", "ana", "nightly", null), by);
      // disabled: every token revoked, and enabled again, none comes back
      store.saveAccount(ana.disabled(true), true, Entry.of("account ana disabled", "root"));
      store.saveAccount(ana, Entry.of("account ana enabled again", "root"));
      assertThat(store.tokens("ana")).allSatisfy(t -> assertThat(t.revoked()).isNotNull());
      store.tokenUsed("h3", Instant.now(), Entry.of("API token used: backup", "ana"));
      assertThat(store.token("h3").orElseThrow().lastUsed()).isNotNull();
      assertThat(store.audit(null, null, 3))
          .extracting(AuditEntry::origin)
          .containsExactly(
              "API token used: backup", "account ana enabled again", "account ana disabled");
    }
  }

  @Test
  void theLastChangeFromAnOriginIsKnownByItsStart() {
    try (Store store = open()) {
      assertThat(store.lastChange("entwine update gdelt")).isNull();
      Instant before = Instant.now().minusSeconds(1);
      store.addEvents(
          "gdelt",
          each -> {},
          new byte[0],
          "entwine update gdelt: 2 exports listed by http://x/",
          "test",
          List.of(new EventFile("20191024143000.export.CSV.zip", null, 10, true)));
      store.add(sample(), "another origin", "test");
      assertThat(store.lastChange("entwine update gdelt"))
          .isNotNull()
          .isBetween(before, Instant.now().plusSeconds(1));
      assertThat(store.lastChange("entwine update un-votes")).isNull();
    }
  }

  @Test
  void theLastEnabledAdminCanBeNeitherDisabledNorDemotedAndStaysAsItWas() {
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    Entry by = Entry.of("test", "root");
    try (Store store = open()) {
      Account boss = new Account("boss", Role.ADMIN, "h", false, now);
      store.saveAccount(boss, by);
      store.saveAccount(new Account("ana", Role.ANALYST, "h", false, now), by);
      long imports = store.counts().get("imports");
      assertThatThrownBy(() -> store.saveAccount(boss.disabled(true), true, by))
          .isInstanceOf(org.entwine.input.UserInputException.class)
          .hasMessageContaining("boss is the last enabled admin");
      assertThatThrownBy(() -> store.saveAccount(boss.withRole(Role.ANALYST), by))
          .isInstanceOf(org.entwine.input.UserInputException.class);
      assertThat(store.account("boss")).hasValue(boss);
      assertThat(store.counts().get("imports")).isEqualTo(imports);
      store.saveAccount(new Account("vu", Role.ADMIN, "h", false, now), by);
      store.saveAccount(boss.disabled(true), true, by);
      assertThat(store.account("boss").orElseThrow().disabled()).isTrue();
    }
  }

  @Test
  void sessionsAreKeptUntilEndedOneByOneByTheirAccountOrByTheirTimes() {
    Instant t = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    Entry by = Entry.of("test", "root");
    try (Store store = open()) {
      Account ana = new Account("ana", Role.ANALYST, "h", false, t);
      store.saveAccount(ana, by);
      store.startSession(
          new Session("s1", "ana", "c1", "10.0.0.7", t, t), new Entry("sign-in", "ana", "a", null));
      store.startSession(new Session("s2", "ana", "c2", null, t, t), by);
      store.startSession(
          new Session("s3", "ana", "c3", null, t.minusSeconds(7200), t.minusSeconds(7200)), by);
      assertThat(store.session("s1")).hasValue(new Session("s1", "ana", "c1", "10.0.0.7", t, t));
      store.sessionUsed("s1", t.plusSeconds(60));
      assertThat(store.session("s1").orElseThrow().lastUsed()).isEqualTo(t.plusSeconds(60));
      store.endSessions(t.minusSeconds(3600), t.minusSeconds(3600));
      assertThat(store.session("s3")).as("older than the longest life").isEmpty();
      store.endSession("s2");
      assertThat(store.session("s2")).isEmpty();
      assertThat(store.session("s1")).isPresent();
      store.saveAccount(ana.withPasswordHash("h2"), true, Entry.of("new password", "root"));
      assertThat(store.session("s1")).as("a new password ends the sessions").isEmpty();
      assertThat(store.audit(null, "ana", 1).get(0).origin()).isEqualTo("sign-in");
    }
  }

  @Test
  void aBrowserThatSignedInIsRememberedForItsAccount() {
    try (Store store = open()) {
      store.addDevice("d1", "ana", Instant.now());
      store.addDevice("d1", "ana", Instant.now()); // remembered once
      assertThat(store.deviceAccount("d1")).hasValue("ana");
      assertThat(store.deviceAccount("d2")).isEmpty();
    }
  }

  @Test
  void everyChangeIsToldToThisProcessAtOnceWithTheImportsThatStoredItsRecords() {
    try (Store store = open()) {
      List<StoreChange> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
      store.listen(heard::add);
      long before = store.lastImport();
      store.add(sample().withObservations(List.of()), "test", "test");
      assertThat(heard)
          .singleElement()
          .satisfies(
              c -> {
                assertThat(c.kind()).isEqualTo(StoreChange.Kind.RECORDS);
                assertThat(c.here()).isTrue();
                assertThat(c.imports()).containsExactly(store.lastImport());
              });
      assertThat(store.lastImport()).isGreaterThan(before);
      assertThat(store.storedBy(heard.get(0).imports()).actors())
          .extracting(Actor::code)
          .containsExactlyInAnyOrder("VNM", "RUS");
      heard.clear();
      store.saveAccount(
          new Account("ana", Role.READER, "h", false, Instant.now()), Entry.of("t", "t"));
      store.endSession("none"); // no such session: nothing changed, nothing told
      store.startSession(
          new Session("s1", "ana", "c", null, Instant.now(), Instant.now()), Entry.of("t", "t"));
      store.endSession("s1");
      assertThat(heard).containsExactly(StoreChange.account("ana"), StoreChange.sessionEnded("s1"));
    }
  }

  @Test
  void aSourceAnOlderEntwineStoredWithAnAddressThatIsNoWebAddressStillLoadsWithoutIt()
      throws Exception {
    try (Store store = open()) {
      store.add(sample(), "test", "test");
    }
    try (Connection c = raw();
        Statement s = c.createStatement()) {
      s.execute(
          "INSERT INTO records VALUES ('source', 'old', 999999, 1, '{\"id\": \"old\", \"title\":"
              + " \"An old source\", \"url\": \"javascript:alert(1)\", \"illustrative\":"
              + " false}')");
    }
    try (Store store = open()) {
      Source old =
          store.load().sources().stream()
              .filter(x -> x.id().equals("old"))
              .findFirst()
              .orElseThrow();
      assertThat(old.title()).isEqualTo("An old source");
      assertThat(old.url()).as("no link to follow").isNull();
    }
  }
}
