package org.entwine.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.entwine.events.RelationMonth;
import org.entwine.evidence.Observation;
import org.entwine.input.UserInputException;
import org.entwine.storage.StoreBusyException;
import org.entwine.storage.StoreException;
import org.entwine.time.PartialDate;

/**
 * The embedded database: one DuckDB file. DuckDB lets one process hold a file at a time, so while
 * {@code entwine serve} has it open, other commands get a message that says so.
 */
public final class DuckDbStore extends SqlStore {
  private static final Pattern LOCK_PID = Pattern.compile("PID (\\d+)");
  private final Path file;
  private final Connection connection;

  private DuckDbStore(Path file, Connection connection) {
    this.file = file;
    this.connection = connection;
  }

  /**
   * Opens (creating if needed) the database in {@code file}, migrated to the current schema. A file
   * this user may not write (or in a folder it may not write) is opened read-only: it can be read,
   * and a write says why it cannot be done.
   */
  public static DuckDbStore open(Path file) {
    Path parent = file.toAbsolutePath().getParent();
    return open(
        file,
        Files.exists(file)
            && (!Files.isWritable(file) || (parent != null && !Files.isWritable(parent))));
  }

  /**
   * Opens an existing database for reading only: what is stored can be read, and a write is refused
   * saying why.
   */
  public static DuckDbStore openForReading(Path file) {
    if (!Files.exists(file))
      throw new StoreException("cannot open the database " + file + ": no such file", null);
    return open(file, true);
  }

  private static DuckDbStore open(Path file, boolean readOnly) {
    Path parent = file.toAbsolutePath().getParent();
    try {
      if (parent != null && !readOnly) Files.createDirectories(parent);
    } catch (java.io.IOException e) {
      throw new StoreException(
          "cannot create the folder for the database " + file + ": " + Failures.explain(e), e);
    }
    Connection c;
    try {
      java.util.Properties p = new java.util.Properties();
      if (readOnly) p.setProperty("duckdb.read_only", "true");
      c = DuckDbLibrary.connect("jdbc:duckdb:" + file.toAbsolutePath(), p);
    } catch (SQLException e) {
      throw opening(file, e);
    }
    try {
      try (Statement s = c.createStatement()) {
        s.execute("SET memory_limit = '" + memoryLimit() + "'");
      }
      if (readOnly) Migrations.requireCurrent(c, file);
      else Migrations.migrate(c, "duckdb");
      return new DuckDbStore(file, c);
    } catch (SQLException e) {
      closeQuietly(c);
      throw new StoreException(
          "cannot prepare the database " + file + ": " + Failures.explain(e), e);
    }
  }

  /**
   * How much memory DuckDB may use (it spills to disk beyond): $ENTWINE_DB_MEMORY as DuckDB writes
   * it ("2GB", "512MB"), else 1GB, well under a machine's memory (DuckDB's own default is 80% of
   * it).
   */
  static String memoryLimit() {
    String asked = System.getenv("ENTWINE_DB_MEMORY");
    if (asked == null || asked.isBlank()) return DEFAULT_MEMORY;
    if (!asked.strip().matches("(?i)\\d+(\\.\\d+)?\\s*(KB|MB|GB|TB|KiB|MiB|GiB|TiB)")) {
      throw new StoreException(
          "ENTWINE_DB_MEMORY expects an amount such as 2GB or 512MB, got '" + asked + "'", null);
    }
    return asked.strip();
  }

  static final String DEFAULT_MEMORY = "1GB";

  private static StoreException opening(Path file, SQLException e) {
    String m = String.valueOf(e.getMessage());
    if (m.contains("lock")) {
      Matcher pid = LOCK_PID.matcher(m);
      return new StoreException(
          "the database "
              + file
              + " is in use by another Entwine process"
              + (pid.find() ? " (PID " + pid.group(1) + ")" : "")
              + ", such as 'entwine serve': DuckDB lets one process open it at a time. Stop that"
              + " process, or work through its web API, or use another database with --db.",
          e);
    }
    return new StoreException("cannot open the database " + file + ": " + Failures.explain(e), e);
  }

  public Path file() {
    return file;
  }

  /**
   * Deletes the database {@code file} and its write-ahead log ({@code .wal}), which DuckDB would
   * otherwise replay onto a new file of the same name.
   */
  public static void delete(Path file) {
    try {
      Files.delete(file);
      Files.deleteIfExists(Path.of(file + ".wal"));
    } catch (java.io.IOException e) {
      throw new StoreException(
          "cannot delete the database " + file + ": " + Failures.explain(e), e);
    }
  }

  @Override
  public String location() {
    return file.toString();
  }

  // One connection, which serves one statement at a time: callers take turns on it (the server
  // does).
  @Override
  <T> T reading(String failure, Query<T> work) {
    try {
      return work.run(connection);
    } catch (SQLException | JsonProcessingException e) {
      throw new StoreException(failure + Failures.explain(e), e);
    }
  }

  @Override
  Connection begin() throws SQLException {
    connection.setAutoCommit(false);
    return connection;
  }

  @Override
  void finish(Connection c) {
    try {
      c.setAutoCommit(true);
    } catch (SQLException ignored) {
      // the transaction's own failure is the one to report
    }
  }

  /** The tasks held, by database file: DuckDB's lock on the file keeps other processes out. */
  private static final java.util.Set<String> HELD =
      java.util.concurrent.ConcurrentHashMap.newKeySet();

  /**
   * Within this process, a set of the files and tasks held; no other process can open the file
   * while this one has it open (DuckDB's own lock), let alone hold it.
   */
  @Override
  public Hold hold(String task) {
    String key = held(task);
    if (!HELD.add(key))
      throw new StoreBusyException(
          "another " + task + " is running on " + file + " in this process: wait for it to end");
    holding.add(key);
    return () -> {
      holding.remove(key);
      HELD.remove(key);
    };
  }

  /** This store's holds: closing it lets them go. */
  private final java.util.Set<String> holding = java.util.concurrent.ConcurrentHashMap.newKeySet();

  private String held(String task) {
    Path where = file.toAbsolutePath().normalize();
    try {
      where = file.toRealPath();
    } catch (java.io.IOException e) {
      // the file is open, so it exists; its path as given is as good a key
    }
    return where + "\n" + task;
  }

  /** DuckDB's appender: rows go in without a statement each. */
  @Override
  Bulk bulk(Connection c, String table) throws SQLException {
    DuckDBConnection duck = c.unwrap(DuckDBConnection.class);
    DuckDBAppender appender =
        staging.contains(table)
            ? duck.createAppender("temp", "main", table)
            : duck.createAppender("main", table);
    return new Bulk() {
      @Override
      public void row(Object... values) throws SQLException {
        appender.beginRow();
        for (Object v : values) {
          if (v == null) appender.appendNull();
          else if (v instanceof String t) appender.append(t);
          else if (v instanceof Long n) appender.append((long) n);
          else if (v instanceof Integer n) appender.append((int) n);
          else if (v instanceof Double d) appender.append((double) d);
          else if (v instanceof Boolean b) appender.append((boolean) b);
          else if (v instanceof LocalDate d) appender.append(d);
          else if (v instanceof LocalDateTime t) appender.append(t);
          else if (v instanceof byte[] b) appender.append(b);
          else throw new IllegalArgumentException("no column type for " + v.getClass());
        }
        appender.endRow();
      }

      @Override
      public void close() throws SQLException {
        appender.close();
      }
    };
  }

  /**
   * The staging tables are temporary tables of the store's connection, shaped as the tables they
   * feed and emptied before each use, as on PostgreSQL. Until schema version 10 they were tables of
   * the schema, and DuckDB wrote what they were given to the file, compressed, within the
   * transaction (its optimistic writes), only for it to be deleted. Measured on the full files:
   * loading IMF DOTS (1.9 million observations) 8.2 s that way, 7.4 s this way; COW trade 9.0 s,
   * 8.2 s.
   */
  @Override
  void stage(Connection c, String table, String like) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(
          "CREATE TEMP TABLE IF NOT EXISTS "
              + table
              + " AS SELECT * FROM main."
              + like
              + " WITH NO DATA");
      s.execute("DELETE FROM temp.main." + table);
    }
    staging.add(table);
  }

  /** The tables staged in the temporary catalog, which the appender must be told of. */
  private final java.util.Set<String> staging = java.util.concurrent.ConcurrentHashMap.newKeySet();

  /**
   * Streams the observations {@code where} selects, each string crossing JDBC once, from a
   * dictionary: strings are what JDBC is slow to hand over (3.8 million rows: 9 s with strings, 0.6
   * s without, measured), so DuckDB sends small integers for the indicator, codes, period and
   * source. The selection is made once, into a temporary table the dictionaries and the rows are
   * read from: one scan of the observations, not six.
   */
  @Override
  void stream(String where, List<String> params, Consumer<Observation> each) {
    reading(
        "cannot read observations: ",
        c -> {
          try {
            try (PreparedStatement p =
                c.prepareStatement(
                    "CREATE OR REPLACE TEMP TABLE sel AS SELECT * FROM observations" + where)) {
              for (int k = 0; k < params.size(); k++) p.setString(k + 1, params.get(k));
              p.execute();
            }
            String[] ind = dictionary("dict_indicator", "SELECT DISTINCT indicator AS v FROM sel");
            String[] codes =
                dictionary(
                    "dict_code",
                    "SELECT DISTINCT actor AS v FROM sel UNION SELECT DISTINCT partner AS v FROM"
                        + " sel");
            String[] periodText = dictionary("dict_period", "SELECT DISTINCT period AS v FROM sel");
            String[] sources = dictionary("dict_source", "SELECT DISTINCT source AS v FROM sel");
            PartialDate[] periods = new PartialDate[periodText.length];
            for (int i = 0; i < periods.length; i++) periods[i] = PartialDate.parse(periodText[i]);
            try (Statement st = c.createStatement();
                ResultSet r =
                    st.executeQuery(
                        "SELECT i.id, a.id, b.id, t.id, o.value, s.id FROM sel o JOIN"
                            + " dict_indicator i ON o.indicator = i.v JOIN dict_code a ON o.actor"
                            + " = a.v JOIN dict_code b ON o.partner = b.v JOIN dict_period t ON"
                            + " o.period = t.v JOIN dict_source s ON o.source = s.v")) {
              while (r.next()) {
                each.accept(
                    new Observation(
                        ind[r.getInt(1)],
                        codes[r.getInt(2)],
                        codes[r.getInt(3)],
                        periods[r.getInt(4)],
                        r.getDouble(5),
                        sources[r.getInt(6)]));
              }
            }
          } finally {
            try (Statement st = c.createStatement()) {
              for (String t :
                  List.of("sel", "dict_indicator", "dict_code", "dict_period", "dict_source"))
                st.execute("DROP TABLE IF EXISTS " + t);
            }
          }
          return null;
        });
  }

  /**
   * A temporary table numbering the distinct values the query gives (0, 1, …), returned in that
   * order.
   */
  private String[] dictionary(String table, String distinct) throws SQLException {
    try (Statement st = connection.createStatement()) {
      st.execute(
          "CREATE OR REPLACE TEMP TABLE "
              + table
              + " AS SELECT v, (row_number() OVER (ORDER BY v) - 1)::INTEGER AS id FROM ("
              + distinct
              + ")");
    }
    List<String> out = new ArrayList<>();
    try (Statement st = connection.createStatement();
        ResultSet r = st.executeQuery("SELECT v FROM " + table + " ORDER BY id")) {
      while (r.next()) out.add(r.getString(1));
    }
    return out.toArray(new String[0]);
  }

  /**
   * A relation-month from a row of actor, partner, month, then the figures of the event_months
   * table (the benchmark reads its SQL peer's rows with it).
   */
  public static RelationMonth relationMonth(ResultSet r) throws SQLException {
    return SqlStore.relationMonth(r);
  }

  @Override
  public long exportEvents(String dataset, Path file) {
    String sql =
        "COPY ("
            + exportQuery(dataset)
            + ") TO '"
            + file.toAbsolutePath().toString().replace("'", "''")
            + "' "
            + exportFormat(file);
    return reading(
        "cannot export the event series to " + file + ": ",
        c -> {
          try (Statement s = c.createStatement()) {
            s.execute(sql);
            return (long) s.getUpdateCount();
          }
        });
  }

  /** DuckDB's COPY options for an export to {@code file}, by its extension. */
  static String exportFormat(Path file) {
    String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    if (name.endsWith(".parquet")) return "(FORMAT PARQUET)";
    if (name.endsWith(".csv")) return "(FORMAT CSV, HEADER)";
    throw new UserInputException("the export file must end in .parquet or .csv, got " + file);
  }

  /**
   * The share of the file's blocks that are free (deleted rows' space, which the file does not give
   * back), once what the log holds is written to the file: what {@link Compaction} would give back.
   */
  public double freeShare() {
    try (Statement s = connection.createStatement()) {
      s.execute("CHECKPOINT");
      try (ResultSet r =
          s.executeQuery(
              "SELECT total_blocks, free_blocks FROM pragma_database_size() WHERE database_name ="
                  + " current_database()")) {
        if (!r.next() || r.getLong(1) == 0) return 0;
        return (double) r.getLong(2) / r.getLong(1);
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read the database's size: " + Failures.explain(e), e);
    }
  }

  @Override
  public void close() {
    HELD.removeAll(holding);
    closeQuietly(connection);
  }

  private static void closeQuietly(Connection c) {
    try {
      c.close();
    } catch (SQLException ignored) {
      // closing after a failure: the first error is the one to report
    }
  }
}
