package org.entwine.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.entwine.app.BundledExample;
import org.entwine.store.DuckDbStore;
import picocli.CommandLine.Option;

/**
 * Where the database is: {@code --db FILE}, else {@code $ENTWINE_DB}, else {@code
 * $XDG_DATA_HOME/entwine/entwine.duckdb} (by default {@code ~/.local/share/entwine/}). A database
 * that does not exist yet is created with the bundled example, so the first command just works.
 */
final class DatabaseOptions {
  @Option(names = "--db", paramLabel = "FILE", description = "The database file (default: $ENTWINE_DB, else ~/.local/share/entwine/entwine.duckdb).")
  Path db;

  @Option(names = "--verbose", description = "Show stack traces with errors.")
  boolean verbose;

  static Map<String, String> env = System.getenv();

  Path resolve() {
    if (db != null) return db;
    String e = env.get("ENTWINE_DB");
    if (e != null && !e.isBlank()) return Path.of(e);
    String xdg = env.get("XDG_DATA_HOME");
    String home = env.getOrDefault("HOME", System.getProperty("user.home")); // as the shell sees it
    Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".local", "share");
    return base.resolve("entwine").resolve("entwine.duckdb");
  }

  /** Opens the database; a new one gets the bundled example (a note goes to {@code err}). */
  DuckDbStore open(java.io.PrintWriter err) {
    Path file = resolve();
    boolean fresh = !Files.exists(file);
    DuckDbStore store = DuckDbStore.open(file);
    if (fresh) {
      int n = BundledExample.load(store);
      err.println("entwine: created " + file + " with the bundled example (" + n + " records)");
    }
    return store;
  }
}
