package org.entwine.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import org.entwine.storage.Store;
import org.entwine.store.Compaction;
import org.entwine.store.DuckDbStore;
import org.entwine.store.PostgresStore;

/**
 * Where the database is, for every entry point alike: the location given, else {@code $ENTWINE_DB},
 * else {@code $XDG_DATA_HOME/entwine/entwine.duckdb} (by default {@code ~/.local/share/entwine/}).
 * A location is a DuckDB file (one analyst's embedded database) or a PostgreSQL address, {@code
 * postgresql://[user[:password]@]host[:port]/database} (the store a team shares). A database file
 * that does not exist yet is created with the bundled example, so the first command just works; a
 * PostgreSQL database is never filled unasked ({@code entwine init} does it).
 */
public final class StoreLocation {
  private StoreLocation() {}

  /** The database's location: {@code given} if not null, else from the environment. */
  public static String resolve(String given, Map<String, String> env) {
    if (given != null && !given.isBlank()) return given;
    String e = env.get("ENTWINE_DB");
    if (e != null && !e.isBlank()) return e;
    String xdg = env.get("XDG_DATA_HOME");
    String home = env.getOrDefault("HOME", System.getProperty("user.home")); // as the shell sees it
    Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".local", "share");
    return base.resolve("entwine").resolve("entwine.duckdb").toString();
  }

  /** Whether the location is a database file (else a PostgreSQL server's database). */
  public static boolean isFile(String location) {
    return !PostgresStore.isAddress(location);
  }

  /**
   * Opens the database; a new file gets the bundled example, and {@code note} hears so, as it hears
   * that an empty PostgreSQL database is empty.
   */
  public static Store open(String location, Consumer<String> note) {
    if (!isFile(location)) {
      Store store = PostgresStore.open(location);
      if (store.isEmpty())
        note.accept(
            "entwine: "
                + store.location()
                + " holds nothing yet: 'entwine init --db …' loads the bundled example,"
                + " 'entwine import' and 'entwine load' your own");
      return store;
    }
    Path file = Path.of(location);
    boolean fresh = !Files.exists(file);
    Store store = DuckDbStore.open(file);
    if (fresh) {
      int n = BundledExample.load(store);
      note.accept("entwine: created " + file + " with the bundled example (" + n + " records)");
    }
    return store;
  }

  /** Opens the database as it is: a new one stays empty. */
  public static Store openAsIs(String location) {
    return isFile(location) ? DuckDbStore.open(Path.of(location)) : PostgresStore.open(location);
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
