package org.entwine.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.entwine.storage.StoreException;

/**
 * Gives a database file back the space its deleted rows held. DuckDB reuses freed blocks but never
 * shrinks its file, so a dataset loaded again with {@code --replace} leaves the file larger than a
 * fresh load by the old observations' size. The way DuckDB documents ("Reclaiming space") is a
 * copy: the database is copied into a new file (COPY FROM DATABASE: tables, views, sequences at
 * their values) beside it, which then takes the old one's place in one atomic move. A failure at
 * any point leaves the file as it was.
 *
 * @param before the file's size before, in bytes
 * @param after its size after
 */
public record Compaction(long before, long after) {
  /** Below this share of free blocks the copy is not worth its time. */
  public static final double WORTH_IT = 0.10;

  /** Compacts {@code file}, which no connection may hold open. */
  public static Compaction of(Path file) {
    Path copy = file.resolveSibling("." + file.getFileName() + ".compacting");
    try {
      Path wal = file.resolveSibling(file.getFileName() + ".wal");
      if (Files.exists(wal) && Files.size(wal) > 0) {
        // changes not yet in the file would be replayed onto the copy: leave it as it is
        return new Compaction(Files.size(file), Files.size(file));
      }
      long before = Files.size(file);
      Files.deleteIfExists(copy); // from a copy that was stopped half way
      try (Connection c = DuckDbLibrary.connect("jdbc:duckdb:");
          Statement s = c.createStatement()) {
        s.execute("SET memory_limit = '" + DuckDbStore.memoryLimit() + "'");
        s.execute("ATTACH " + literal(file) + " AS src (READ_ONLY)");
        s.execute("ATTACH " + literal(copy) + " AS dst");
        s.execute("COPY FROM DATABASE src TO dst");
        s.execute("DETACH dst");
        s.execute("DETACH src");
      }
      Files.move(copy, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      return new Compaction(before, Files.size(file));
    } catch (SQLException | IOException e) {
      try {
        Files.deleteIfExists(copy);
      } catch (IOException again) {
        e.addSuppressed(again);
      }
      throw new StoreException(
          "cannot compact the database " + file + " (it is as it was): " + Failures.explain(e), e);
    }
  }

  private static String literal(Path p) {
    return "'" + p.toAbsolutePath().toString().replace("'", "''") + "'";
  }
}
