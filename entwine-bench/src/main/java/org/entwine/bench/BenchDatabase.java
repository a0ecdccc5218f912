package org.entwine.bench;

import org.entwine.app.StoreLocation;
import org.entwine.storage.Store;
import picocli.CommandLine.Option;

/**
 * The database a bench reads its actors and observations from, found as the {@code entwine} command
 * finds it.
 */
final class BenchDatabase {
  @Option(
      names = "--db",
      paramLabel = "FILE|URL",
      description =
          "The database file or postgresql:// address (default: $ENTWINE_DB, else"
              + " ~/.local/share/entwine/entwine.duckdb).")
  String db;

  Store open(java.io.PrintWriter err) {
    return StoreLocation.open(StoreLocation.resolve(db, System.getenv()), err::println);
  }
}
