package org.entwine.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.entwine.evidence.IndicatorDefinition;
import org.entwine.input.UserInputException;
import org.entwine.registry.Registry;
import org.entwine.source.Provenance;
import org.entwine.source.Source;
import org.entwine.storage.Store;
import org.entwine.testing.InventedObservations;
import org.entwine.testing.LocalPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store's life at its location: created, left alone, created again, compacted. */
class StoreLocationTest {
  @TempDir Path dir;

  @Test
  void aNewFileGetsItsContentsAnExistingOneIsLeftAloneAndForceStartsAfreshWithoutItsLog()
      throws Exception {
    String file = dir.resolve("a.duckdb").toString();
    var first = StoreLocation.create(file, StoreLocation.Contents.REGISTRY, false);
    assertThat(first.created()).isTrue();
    assertThat(first.file()).isTrue();
    assertThat(first.location()).isEqualTo(file);
    assertThat(first.records()).isPositive().isEqualTo(records(file));

    var again = StoreLocation.create(file, StoreLocation.Contents.NOTHING, false);
    assertThat(again.created()).as("an existing file is left as it is").isFalse();
    assertThat(again.records()).isEqualTo(first.records()).isEqualTo(records(file));

    // changes DuckDB left in its log beside the file, not yet in it: none may reach the new file
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file);
        Statement s = c.createStatement()) {
      s.execute("PRAGMA disable_checkpoint_on_shutdown");
      s.execute("CREATE TABLE stale (x INTEGER)");
      s.execute("INSERT INTO stale VALUES (1)");
    }
    assertThat(Path.of(file + ".wal")).exists();
    var forced = StoreLocation.create(file, StoreLocation.Contents.NOTHING, true);
    assertThat(forced.created()).isTrue();
    assertThat(forced.records()).isZero();
    assertThat(records(file)).isZero();
    assertThat(Path.of(file + ".wal")).as("deleted with the file").doesNotExist();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file);
        Statement s = c.createStatement();
        var r =
            s.executeQuery(
                "SELECT count(*) FROM information_schema.tables WHERE table_name = 'stale'")) {
      assertThat(r.next()).isTrue();
      assertThat(r.getLong(1)).as("the old file's log left behind").isZero();
    }
  }

  @Test
  void aPostgresDatabaseIsFilledOnlyWhileEmptyAndNeverDropped() {
    String team = LocalPostgres.get().newDatabase();
    assertThatThrownBy(() -> StoreLocation.create(team, StoreLocation.Contents.NOTHING, true))
        .isInstanceOf(UserInputException.class)
        .hasMessageContaining("dropdb");
    var first = StoreLocation.create(team, StoreLocation.Contents.REGISTRY, false);
    assertThat(first.created()).isTrue();
    assertThat(first.file()).isFalse();
    assertThat(first.location()).isEqualTo(team);
    var again = StoreLocation.create(team, StoreLocation.Contents.EXAMPLE, false);
    assertThat(again.created()).isFalse();
    assertThat(again.records()).isEqualTo(first.records()).isEqualTo(records(team));
    try (Store store = StoreLocation.openAsIs(team)) {
      assertThat(StoreLocation.freeShare(store)).as("PostgreSQL gives space back itself").isZero();
    }
    assertThat(StoreLocation.compactIfWorthIt(team, 0.9, (f, share) -> {})).isEmpty();
  }

  @Test
  void aFileIsCompactedOnlyWhereAReplacingLoadLeftSpaceWorthACopy() {
    String file = dir.resolve("c.duckdb").toString();
    StoreLocation.create(file, StoreLocation.Contents.NOTHING, false);
    List<Double> heard = new ArrayList<>();
    double free;
    try (Store store = StoreLocation.openAsIs(file)) {
      load(store, false);
      free = StoreLocation.freeShare(store);
    }
    assertThat(StoreLocation.compactIfWorthIt(file, free, (f, share) -> heard.add(share)))
        .as("a first load frees nothing")
        .isEmpty();
    try (Store store = StoreLocation.openAsIs(file)) {
      load(store, true);
      free = StoreLocation.freeShare(store);
    }
    assertThat(free).isGreaterThan(0.10);
    var compacted = StoreLocation.compactIfWorthIt(file, free, (f, share) -> heard.add(share));
    assertThat(heard).containsExactly(free);
    assertThat(compacted).hasValueSatisfying(c -> assertThat(c.after()).isLessThan(c.before()));
    assertThat(records(file)).isEqualTo(2);
    try (Store store = StoreLocation.openAsIs(file)) {
      assertThat(store.counts()).containsEntry("observations", 200_000L);
      assertThat(StoreLocation.freeShare(store)).as("none free in the copy").isLessThan(0.10);
    }
  }

  private static long records(String location) {
    try (Store store = StoreLocation.openAsIs(location)) {
      return store.counts().get("records");
    }
  }

  /** 200,000 values of invented actors (A…, B…), replacing an earlier load if asked. */
  private static void load(Store store, boolean replace) {
    Registry records =
        Registry.ofDataset(
            List.of(Source.of("s", "An invented source")),
            List.of(
                new IndicatorDefinition(
                    "invented",
                    "An invented measure",
                    "units",
                    false,
                    null,
                    1900,
                    1999,
                    false,
                    List.of("s"),
                    new Provenance("test", Instant.parse("2026-01-01T00:00:00Z")))),
            List.of());
    try (var load = store.beginLoad(records, "test", "test", replace)) {
      InventedObservations.of("invented", "s", 200_000).forEach(load::add);
      load.commit(records);
    }
  }
}
