package org.entwine.cli;

import java.util.Map;
import org.entwine.app.StoreLocation;
import org.entwine.storage.Store;
import picocli.CommandLine.Option;

/**
 * Where the database is: {@code --db FILE|postgresql://…}, else as {@link StoreLocation} finds it.
 */
final class DatabaseOptions {
  @Option(
      names = "--db",
      paramLabel = "FILE|URL",
      description =
          "The database: a file (default: $ENTWINE_DB, else"
              + " ~/.local/share/entwine/entwine.duckdb), or a team's PostgreSQL database,"
              + " postgresql://[user[:password]@]host[:port]/database.")
  String db;

  @Option(names = "--verbose", description = "Show stack traces with errors.")
  boolean verbose;

  static Map<String, String> env = System.getenv();

  /** The database's location: a file's path or a PostgreSQL address. */
  String resolve() {
    return StoreLocation.resolve(db, env);
  }

  /** Opens the database; a new one gets the bundled example (a note goes to {@code err}). */
  Store open(java.io.PrintWriter err) {
    return StoreLocation.open(resolve(), err::println);
  }
}
