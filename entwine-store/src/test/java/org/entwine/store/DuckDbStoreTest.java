package org.entwine.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.entwine.registry.ObservationQuery;
import org.entwine.registry.Registry;
import org.entwine.source.Source;
import org.entwine.storage.Store;
import org.entwine.storage.StoreException;
import org.junit.jupiter.api.Test;

/** The storage contract on the embedded store, and what only a DuckDB file does. */
class DuckDbStoreTest extends StoreContract {
  @Override
  Store open() {
    return DuckDbStore.open(file());
  }

  private Path file() {
    return dir.resolve("e.duckdb");
  }

  @Override
  Connection raw() throws SQLException {
    return DriverManager.getConnection("jdbc:duckdb:" + file());
  }

  @Override
  String dialect() {
    return "duckdb";
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
  void aFullDiskIsSaidInWordsAUserCanActOn() {
    assertThat(
            Failures.explain(
                new java.sql.SQLException(
                    "IO Error: Could not write file \"x.duckdb\": No space left on device")))
        .startsWith("the disk holding the database is full");
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
      assertThat(store.freeShare()).as("none free in the copy").isLessThan(Compaction.WORTH_IT);
      assertThat(read(store, ObservationQuery.between("A7", "B3"))).hasSize(1);
      // the sequences go on where they were: a new import takes the next id
      store.add(
          Registry.ofDataset(List.of(Source.of("s2", "Another source")), List.of(), List.of()),
          "after",
          "test");
      assertThat(store.imports()).hasSize((int) imports + 1);
    }
  }
}
