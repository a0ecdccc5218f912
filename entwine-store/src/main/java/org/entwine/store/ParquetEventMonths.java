package org.entwine.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.LongConsumer;
import org.entwine.events.EventStore;
import org.entwine.storage.StoreException;

/**
 * The relation-month table a Spark job wrote ({@code entwine-spark}: {@code
 * months/year=…/*.parquet} and {@code ids/*.parquet} in its output folder), read with DuckDB one
 * row at a time, for a load to add like any other. A reader of files beside the store, not part of
 * the storage contract: it opens an in-memory DuckDB of its own, whatever the store is.
 */
public final class ParquetEventMonths {
  private final Path folder;

  public ParquetEventMonths(Path folder) {
    this.folder = folder;
  }

  /** The relation-months, in order of actor, partner and month, with CAMEO codes as written. */
  public EventStore.Source months() {
    String sql =
        "SELECT actor, partner, month, "
            + String.join(", ", SqlStore.MONTH_FIGURES)
            + " FROM read_parquet('"
            + glob("months")
            + "', hive_partitioning = true) ORDER BY actor, partner, month";
    return each -> query(sql, r -> each.accept(SqlStore.relationMonth(r)));
  }

  /** Each event id the job counted. */
  public void ids(LongConsumer each) {
    query("SELECT id FROM read_parquet('" + glob("ids") + "')", r -> each.accept(r.getLong(1)));
  }

  private String glob(String part) {
    Path p = folder.resolve(part);
    if (!Files.isDirectory(p))
      throw new StoreException(
          "no " + part + "/ in " + folder + ": not an entwine-spark output", null);
    return (p.toAbsolutePath() + "/**/*.parquet").replace("'", "''");
  }

  private interface RowReader {
    void read(ResultSet r) throws SQLException;
  }

  private void query(String sql, RowReader each) {
    try (Connection c = DuckDbLibrary.connect("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      while (r.next()) each.read(r);
    } catch (SQLException e) {
      throw new StoreException("cannot read the Parquet in " + folder + ": " + e.getMessage(), e);
    }
  }
}
