package org.entwine.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.entwine.input.UserInputException;
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

  /** What {@link #create} fills a new store with. */
  public enum Contents {
    /** The schema only. */
    NOTHING,
    /** The bundled example's registry and ledgers, without the extract of the datasets. */
    REGISTRY,
    /** The whole bundled example. */
    EXAMPLE
  }

  /**
   * What {@link #create} did.
   *
   * @param location the store's location, as its messages name it
   * @param created whether it made the store (else one was there, and it changed nothing)
   * @param records the records loaded into the new store, or those the existing one holds
   * @param file whether the store is a database file (else a PostgreSQL database)
   */
  public record Created(String location, boolean created, long records, boolean file) {}

  /**
   * Creates the store at {@code location} with {@code contents}, unless one is there: an existing
   * database file is left as it is unless {@code force}, which deletes it first (its data is lost);
   * a PostgreSQL database is filled only while empty, and never dropped.
   */
  public static Created create(String location, Contents contents, boolean force) {
    boolean file = isFile(location);
    if (!file && force)
      throw new UserInputException(
          "--force deletes a database file; a PostgreSQL database is dropped and created with"
              + " PostgreSQL's own tools (dropdb, createdb), by its owner");
    boolean existed = file && Files.exists(Path.of(location));
    if (existed && force) {
      DuckDbStore.delete(Path.of(location));
      existed = false;
    }
    try (Store store = openAsIs(location)) {
      if (file ? existed : !store.isEmpty())
        return new Created(store.location(), false, store.counts().get("records"), file);
      int n =
          switch (contents) {
            case NOTHING -> 0;
            case REGISTRY -> BundledExample.loadRegistry(store);
            case EXAMPLE -> BundledExample.load(store);
          };
      return new Created(store.location(), true, n, file);
    }
  }

  /** The sizes of a database before and after a compaction, in bytes. */
  public record Compacted(long before, long after) {}

  /**
   * The share of an open store's space left free by what a replacing load replaced, which only a
   * compaction gives back (a database file's); 0 for a store that gives its space back itself.
   */
  public static double freeShare(Store store) {
    return store instanceof DuckDbStore file ? file.freeShare() : 0;
  }

  /**
   * Gives a database file back the space a replacing load left free ({@code freeShare}, measured
   * while it was open), where that is worth a copy: DuckDB reuses freed space but never gives it
   * back. {@code starting} hears the file and the share before the copy begins.
   *
   * @return the sizes before and after, or empty where nothing was worth compacting
   */
  public static Optional<Compacted> compactIfWorthIt(
      String location, double freeShare, BiConsumer<Path, Double> starting) {
    if (!isFile(location) || freeShare <= Compaction.WORTH_IT) return Optional.empty();
    Path file = Path.of(location);
    starting.accept(file, freeShare);
    Compaction c = Compaction.of(file);
    return Optional.of(new Compacted(c.before(), c.after()));
  }
}
