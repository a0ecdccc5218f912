package org.entwine.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import org.entwine.storage.Store;
import org.entwine.store.Compaction;
import org.entwine.store.DuckDbStore;

/**
 * Where the database is, for every entry point alike: the path given, else {@code $ENTWINE_DB},
 * else {@code $XDG_DATA_HOME/entwine/entwine.duckdb} (by default {@code ~/.local/share/entwine/}).
 * A database that does not exist yet is created with the bundled example, so the first command just
 * works.
 */
public final class StoreLocation {
  private StoreLocation() {}

  /** The database file: {@code given} if not null, else from the environment. */
  public static Path resolve(Path given, Map<String, String> env) {
    if (given != null) return given;
    String e = env.get("ENTWINE_DB");
    if (e != null && !e.isBlank()) return Path.of(e);
    String xdg = env.get("XDG_DATA_HOME");
    String home = env.getOrDefault("HOME", System.getProperty("user.home")); // as the shell sees it
    Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".local", "share");
    return base.resolve("entwine").resolve("entwine.duckdb");
  }

  /** Opens the database; a new one gets the bundled example, and {@code note} hears so. */
  public static Store open(Path file, Consumer<String> note) {
    boolean fresh = !Files.exists(file);
    Store store = DuckDbStore.open(file);
    if (fresh) {
      int n = BundledExample.load(store);
      note.accept("entwine: created " + file + " with the bundled example (" + n + " records)");
    }
    return store;
  }

  /** Opens the database as it is: a new one stays empty. */
  public static Store openAsIs(Path file) {
    return DuckDbStore.open(file);
  }

  /** The sizes of a database before and after a compaction, in bytes. */
  public record Compacted(long before, long after) {}

  /**
   * Whether a database with this share of its space free (what {@link Store#freeShare} says after a
   * replacing load) is worth compacting.
   */
  public static boolean worthCompacting(double freeShare) {
    return freeShare > Compaction.WORTH_IT;
  }

  /** Compacts the (closed) database file: its data copied to a new file that takes its place. */
  public static Compacted compact(Path file) {
    Compaction c = Compaction.of(file);
    return new Compacted(c.before(), c.after());
  }
}
