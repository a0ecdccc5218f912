package org.entwine.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entwine.events.CameoFamily;
import org.entwine.events.EventStore;
import org.entwine.events.RelationMonth;
import org.entwine.evidence.Observation;
import org.entwine.input.UserInputException;
import org.entwine.json.DomainJson;
import org.entwine.registry.RecordKind;
import org.entwine.registry.Registry;
import org.entwine.registry.RegistryStore;
import org.entwine.storage.Store;
import org.entwine.storage.StoreException;
import org.entwine.time.PartialDate;

/**
 * The embedded database: one DuckDB file. DuckDB lets one process hold a file at a time, so while
 * {@code entwine serve} has it open, other commands get a message that says so.
 */
public final class DuckDbStore implements Store {
  private static final Pattern LOCK_PID = Pattern.compile("PID (\\d+)");
  private final Path file;
  private final Connection connection;
  private final ObjectMapper json = DomainJson.json();

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
      c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), p);
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

  @Override
  public String location() {
    return file.toString();
  }

  /** Whether nothing has been imported yet. */
  public boolean isEmpty() {
    return imports().isEmpty();
  }

  @Override
  public Registry load() {
    Map<String, List<Object>> byKind = new HashMap<>();
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery("SELECT kind, body FROM records ORDER BY seq")) {
      Map<String, RecordKind<?>> kinds = new HashMap<>();
      RecordKind.ALL.forEach(k -> kinds.put(k.name(), k));
      while (r.next()) {
        RecordKind<?> k = kinds.get(r.getString(1));
        if (k == null) continue; // a kind from a newer Entwine: kept, not shown
        byKind
            .computeIfAbsent(k.name(), x -> new ArrayList<>())
            .add(json.readValue(r.getString(2), k.type()));
      }
    } catch (SQLException | JsonProcessingException e) {
      throw new StoreException(
          "cannot read the registry from " + file + ": " + Failures.explain(e), e);
    }
    // observations are read by the questions that need them, not with the registry
    Registry.Builder loaded = Registry.builder();
    for (RecordKind<?> k : RecordKind.ALL)
      loaded = filled(k, byKind.getOrDefault(k.name(), List.of()), loaded);
    return loaded.build();
  }

  private static <T> Registry.Builder filled(
      RecordKind<T> kind, List<Object> records, Registry.Builder into) {
    return kind.put(into, records.stream().map(kind.type()::cast).toList());
  }

  @Override
  public List<Observation> observations(String actor, String partner) {
    return observations(
        " WHERE (actor = ? OR partner = ?)"
            + (partner == null ? "" : " AND (actor = ? OR partner = ?)"),
        partner == null
            ? new String[] {actor, actor}
            : new String[] {actor, actor, partner, partner});
  }

  /**
   * Streams every observation of the given indicators. Strings are what JDBC is slow to hand over
   * (3.8 million rows: 9 s with strings, 0.6 s without, measured), so DuckDB sends small integers
   * for the indicator, codes, period and source, and each string crosses once, from a dictionary.
   */
  public void observations(
      java.util.Collection<String> indicators, java.util.function.Consumer<Observation> each) {
    if (indicators.isEmpty()) return;
    String in = String.join(",", java.util.Collections.nCopies(indicators.size(), "?"));
    stream(" FROM observations WHERE indicator IN (" + in + ")", List.copyOf(indicators), each);
  }

  /**
   * The observations of an actor's relations (as actor or partner) for the given indicators, by the
   * same dictionary path: what scoring reads, without the series its method does not name.
   */
  public List<Observation> observationsOf(String actor, java.util.Collection<String> indicators) {
    List<Observation> out = new ArrayList<>();
    if (indicators.isEmpty()) return out;
    String in = String.join(",", java.util.Collections.nCopies(indicators.size(), "?"));
    List<String> params = new ArrayList<>(indicators);
    params.add(actor);
    params.add(actor);
    stream(
        " FROM observations WHERE indicator IN (" + in + ") AND (actor = ? OR partner = ?)",
        params,
        out::add);
    return out;
  }

  /**
   * Streams the observations {@code where} selects, each string crossing JDBC once, from a
   * dictionary. The selection is made once, into a temporary table the dictionaries and the rows
   * are read from: one scan of the observations, not six.
   */
  private void stream(
      String where, List<String> params, java.util.function.Consumer<Observation> each) {
    try {
      try (PreparedStatement p =
          connection.prepareStatement("CREATE OR REPLACE TEMP TABLE sel AS SELECT *" + where)) {
        for (int k = 0; k < params.size(); k++) p.setString(k + 1, params.get(k));
        p.execute();
      }
      String[] ind = dictionary("dict_indicator", "SELECT DISTINCT indicator AS v FROM sel");
      String[] codes =
          dictionary(
              "dict_code",
              "SELECT DISTINCT actor AS v FROM sel UNION SELECT DISTINCT partner AS v FROM sel");
      String[] periodText = dictionary("dict_period", "SELECT DISTINCT period AS v FROM sel");
      String[] sources = dictionary("dict_source", "SELECT DISTINCT source AS v FROM sel");
      PartialDate[] periods = new PartialDate[periodText.length];
      for (int i = 0; i < periods.length; i++) periods[i] = PartialDate.parse(periodText[i]);
      try (Statement st = connection.createStatement();
          ResultSet r =
              st.executeQuery(
                  "SELECT i.id, a.id, b.id, t.id, o.value, s.id FROM sel o JOIN dict_indicator i ON"
                      + " o.indicator = i.v JOIN dict_code a ON o.actor = a.v JOIN dict_code b ON"
                      + " o.partner = b.v JOIN dict_period t ON o.period = t.v JOIN dict_source s"
                      + " ON o.source = s.v")) {
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
      } finally {
        try (Statement st = connection.createStatement()) {
          for (String t :
              List.of("sel", "dict_indicator", "dict_code", "dict_period", "dict_source"))
            st.execute("DROP TABLE IF EXISTS " + t);
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read observations: " + Failures.explain(e), e);
    }
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

  /** Every observation stored, for export. */
  public List<Observation> allObservations() {
    return observations("", new String[0]);
  }

  private List<Observation> observations(String where, String[] args) {
    String sql =
        "SELECT indicator, actor, partner, period, value, source FROM observations"
            + where
            + " ORDER BY indicator, actor, partner, period_start";
    try (PreparedStatement p = connection.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) p.setString(i + 1, args[i]);
      List<Observation> out = new ArrayList<>();
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          out.add(
              new Observation(
                  r.getString(1),
                  r.getString(2),
                  r.getString(3),
                  PartialDate.parse(r.getString(4)),
                  r.getDouble(5),
                  r.getString(6)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("cannot read observations: " + Failures.explain(e), e);
    }
  }

  @Override
  public void add(Registry batch, String origin, String enteredBy) {
    add(List.of(batch), origin, enteredBy);
  }

  /**
   * Adds several batches, each as an import of its own, in one transaction: all of them or, on any
   * error, none. A server groups the writes that wait for their turn this way, committing once.
   */
  public void add(List<Registry> batches, String origin, String enteredBy) {
    inTransaction(
        "nothing was imported: the database refused the batch: ",
        () -> {
          boolean observations = batches.stream().anyMatch(b -> !b.observations().isEmpty());
          long[] importIds = next("import_ids", batches.size());
          long[] order =
              next("record_order", batches.stream().mapToInt(DuckDbStore::records).sum());
          LocalDateTime now = LocalDateTime.now();
          // DuckDB's appenders, inside the transaction: a prepared statement's batch runs row by
          // row, each
          // row a round trip, and a server storing many small writes at once would pay it for each
          var duck = connection.unwrap(org.duckdb.DuckDBConnection.class);
          try (var imports = duck.createAppender("main", "imports");
              var records = duck.createAppender("main", "records");
              var appender = observations ? stagingAppender() : null) {
            int seq = 0;
            for (int i = 0; i < batches.size(); i++) {
              Registry batch = batches.get(i);
              imports
                  .beginRow()
                  .append(importIds[i])
                  .append(now)
                  .append(origin)
                  .append(enteredBy)
                  .append(batch.size())
                  .endRow();
              for (RecordKind<?> k : RecordKind.ALL) {
                for (Object rec : k.of().apply(batch)) {
                  records
                      .beginRow()
                      .append(k.name())
                      .append(k.keyOf(rec))
                      .append(order[seq++])
                      .append(importIds[i])
                      .append(json.writeValueAsString(rec))
                      .endRow();
                }
              }
              for (Observation o : batch.observations()) append(appender, o, importIds[i]);
            }
          }
          if (observations) landStaged();
        });
  }

  /** One observation as a row of the observations table, through DuckDB's appender. */
  private static void append(org.duckdb.DuckDBAppender appender, Observation o, long importId)
      throws SQLException {
    appender
        .beginRow()
        .append(o.indicator())
        .append(o.actor())
        .append(o.partner())
        .append(o.period().toString())
        .append(o.period().earliest())
        .append(o.value())
        .append(o.source())
        .append(importId)
        .endRow();
  }

  /** Work on the database that either all happens or, on any error, none of it. */
  private interface Work {
    void run() throws SQLException, JsonProcessingException;
  }

  private void inTransaction(String failure, Work work) {
    try {
      connection.setAutoCommit(false);
      try {
        work.run();
        connection.commit();
      } catch (SQLException | JsonProcessingException | RuntimeException e) {
        // a failed commit may leave no transaction to roll back: the first failure is the one to
        // report
        try {
          connection.rollback();
        } catch (SQLException again) {
          e.addSuppressed(again);
        }
        throw e;
      } finally {
        try {
          connection.setAutoCommit(true);
        } catch (SQLException ignored) {
          // said above
        }
      }
    } catch (SQLException | JsonProcessingException e) {
      throw new StoreException(failure + Failures.explain(e), e);
    }
  }

  /**
   * Replaces stored records with new versions of themselves (same kind and id), in one transaction;
   * each earlier version is kept in {@code record_versions}, with the import that replaced it.
   */
  @Override
  public void replace(Registry batch, String origin, String enteredBy) {
    inTransaction(
        "nothing was changed: ",
        () -> {
          long importId = logImport(origin, enteredBy, batch.size());
          try (PreparedStatement keep =
              connection.prepareStatement(
                  "INSERT INTO record_versions SELECT kind, id, seq, import_id, body, ? FROM"
                      + " records WHERE kind = ? AND id = ?")) {
            for (RecordKind<?> k : RecordKind.ALL) {
              for (Object r : k.of().apply(batch)) {
                keep.setLong(1, importId);
                keep.setString(2, k.name());
                keep.setString(3, k.keyOf(r));
                if (keep.executeUpdate() != 1)
                  throw new SQLException(
                      "there is no " + k.name() + " '" + k.keyOf(r) + "' to replace");
              }
            }
          }
          deleteRecords(batch);
          insertRecords(batch, importId);
        });
  }

  private long logImport(String origin, String enteredBy, long records) throws SQLException {
    long importId = nextImportId();
    logImport(importId, origin, enteredBy, records);
    return importId;
  }

  private long nextImportId() throws SQLException {
    return next("import_ids", 1)[0];
  }

  /**
   * How many rows of the records table a batch gives: its records of every kind (not its
   * observations).
   */
  private static int records(Registry batch) {
    return RecordKind.ALL.stream().mapToInt(k -> k.in(batch).size()).sum();
  }

  /** The next {@code n} values of a sequence, in one query. */
  private long[] next(String sequence, int n) throws SQLException {
    long[] out = new long[n];
    if (n == 0) return out;
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery("SELECT nextval('" + sequence + "') FROM range(" + n + ")")) {
      for (int i = 0; i < n && r.next(); i++) out[i] = r.getLong(1);
    }
    return out;
  }

  private void logImport(long importId, String origin, String enteredBy, long records)
      throws SQLException {
    try (PreparedStatement p =
        connection.prepareStatement("INSERT INTO imports VALUES (?, ?, ?, ?, ?)")) {
      p.setLong(1, importId);
      p.setTimestamp(2, Timestamp.from(Instant.now()));
      p.setString(3, origin);
      p.setString(4, enteredBy);
      p.setLong(5, records);
      p.executeUpdate();
    }
  }

  private void insertRecords(Registry batch, long importId)
      throws SQLException, JsonProcessingException {
    try (PreparedStatement p =
        connection.prepareStatement(
            "INSERT INTO records VALUES (?, ?, nextval('record_order'), ?, ?)")) {
      for (RecordKind<?> k : RecordKind.ALL) {
        for (Object rec : k.of().apply(batch)) {
          p.setString(1, k.name());
          p.setString(2, k.keyOf(rec));
          p.setLong(3, importId);
          p.setString(4, json.writeValueAsString(rec));
          p.addBatch();
        }
      }
      p.executeBatch();
    }
  }

  private void deleteRecords(Registry records) throws SQLException {
    try (PreparedStatement p =
        connection.prepareStatement("DELETE FROM records WHERE kind = ? AND id = ?")) {
      for (RecordKind<?> k : RecordKind.ALL) {
        for (Object r : k.of().apply(records)) {
          p.setString(1, k.name());
          p.setString(2, k.keyOf(r));
          p.addBatch();
        }
      }
      p.executeBatch();
    }
  }

  @Override
  public boolean contains(String kind, String id) {
    try (PreparedStatement p =
        connection.prepareStatement("SELECT 1 FROM records WHERE kind = ? AND id = ?")) {
      p.setString(1, kind);
      p.setString(2, id);
      try (ResultSet r = p.executeQuery()) {
        return r.next();
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read the registry: " + Failures.explain(e), e);
    }
  }

  @Override
  public ObservationLoad beginLoad(
      Registry records, String origin, String enteredBy, boolean replace) {
    try {
      connection.setAutoCommit(false);
      if (replace) {
        // Observations first, before the appender adds new ones under the same keys.
        try (PreparedStatement obs =
            connection.prepareStatement("DELETE FROM observations WHERE indicator = ?")) {
          for (var i : records.indicators()) {
            obs.setString(1, i.id());
            obs.executeUpdate();
          }
        }
      }
      return new Load(stagingAppender(), nextImportId(), origin, enteredBy, replace);
    } catch (SQLException e) {
      rollbackQuietly();
      throw new StoreException("cannot start the load: " + Failures.explain(e), e);
    }
  }

  private void rollbackQuietly() {
    try {
      connection.rollback();
      connection.setAutoCommit(true);
    } catch (SQLException ignored) {
      // the first error is the one to report
    }
  }

  /**
   * An appender to the emptied staging table: observations are appended to a table without an
   * index, then added to the stored ones in one INSERT ({@link #landStaged}), half the time of
   * appending there.
   */
  private org.duckdb.DuckDBAppender stagingAppender() throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute("DELETE FROM observations_incoming");
    }
    return connection
        .unwrap(org.duckdb.DuckDBConnection.class)
        .createAppender("main", "observations_incoming");
  }

  /**
   * Adds the observations waiting in the staging table to the stored ones, in one statement, once
   * checked.
   */
  private void landStaged() throws SQLException {
    try (Statement s = connection.createStatement()) {
      refuseDuplicates(s);
      s.execute("INSERT INTO observations SELECT * FROM observations_incoming");
      s.execute("DELETE FROM observations_incoming");
    }
  }

  /**
   * Keeps the rule that one indicator has one value per pair and period: refuses what waits in the
   * staging table when it gives a key twice, or a key already stored, naming the keys. (An index
   * would keep the rule too, but DuckDB holds an index in memory whole: schema version 5.)
   */
  private void refuseDuplicates(Statement s) throws SQLException {
    String within =
        "SELECT indicator, actor, partner, period, count(*) AS n FROM observations_incoming GROUP"
            + " BY ALL HAVING count(*) > 1";
    String stored =
        "SELECT i.indicator, i.actor, i.partner, i.period, 2 AS n FROM (SELECT DISTINCT indicator,"
            + " actor, partner, period FROM observations_incoming) i JOIN observations o ON"
            + " o.indicator = i.indicator AND o.actor = i.actor AND o.partner = i.partner AND"
            + " o.period = i.period";
    List<String> twice = new ArrayList<>();
    long more = 0;
    try (ResultSet r =
        s.executeQuery(
            "SELECT *, count(*) OVER () FROM ("
                + within
                + " UNION ALL "
                + stored
                + ") ORDER BY ALL LIMIT 5")) {
      while (r.next()) {
        twice.add(
            r.getString(1)
                + " for "
                + r.getString(2)
                + " and "
                + r.getString(3)
                + " in "
                + r.getString(4));
        more = r.getLong(6);
      }
    }
    if (!twice.isEmpty()) {
      throw new RegistryStore.DuplicateObservations(
          "more than one value of one indicator for one pair and period: "
              + String.join("; ", twice)
              + (more > twice.size() ? "; and " + (more - twice.size()) + " more" : ""));
    }
  }

  /**
   * A load: observations go through DuckDB's appender to the staging table, inside the transaction.
   */
  private final class Load implements ObservationLoad {
    private final org.duckdb.DuckDBAppender appender;
    private final long importId;
    private final String origin;
    private final String enteredBy;
    private final boolean replace;
    private long count;
    private boolean done;

    Load(
        org.duckdb.DuckDBAppender appender,
        long importId,
        String origin,
        String enteredBy,
        boolean replace) {
      this.appender = appender;
      this.importId = importId;
      this.replace = replace;
      this.origin = origin;
      this.enteredBy = enteredBy;
    }

    @Override
    public void add(Observation o) {
      try {
        append(appender, o, importId);
        count++;
      } catch (SQLException e) {
        throw new StoreException(
            "nothing was loaded: the database refused an observation: " + Failures.explain(e), e);
      }
    }

    @Override
    public long count() {
      return count;
    }

    @Override
    public void commit(Registry records) {
      try {
        appender.close();
        landStaged();
        logImport(importId, origin, enteredBy, count + records.size());
        if (replace) deleteRecords(records);
        insertRecords(records, importId);
        connection.commit();
        connection.setAutoCommit(true);
        done = true;
      } catch (SQLException | JsonProcessingException e) {
        rollbackQuietly();
        done = true;
        throw new StoreException(
            "nothing was loaded: the database refused the load: " + Failures.explain(e), e);
      } catch (RegistryStore.DuplicateObservations e) {
        rollbackQuietly();
        done = true;
        throw e;
      }
    }

    @Override
    public void close() {
      if (done) return;
      try {
        appender.close();
      } catch (SQLException ignored) {
        // rolling back anyway
      }
      rollbackQuietly();
      done = true;
    }
  }

  @Override
  public List<ImportLogEntry> imports() {
    try (Statement s = connection.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT id, imported_at, origin, entered_by, records FROM imports ORDER BY id"
                    + " DESC")) {
      List<ImportLogEntry> out = new ArrayList<>();
      while (r.next()) {
        out.add(
            new ImportLogEntry(
                r.getLong(1),
                r.getTimestamp(2).toInstant(),
                r.getString(3),
                r.getString(4),
                r.getInt(5)));
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("cannot read the import log: " + Failures.explain(e), e);
    }
  }

  @Override
  public byte[] eventIds(String dataset) {
    try (PreparedStatement p =
        connection.prepareStatement("SELECT ids FROM event_ids WHERE dataset = ?")) {
      p.setString(1, dataset);
      try (ResultSet r = p.executeQuery()) {
        return r.next() ? r.getBytes(1) : new byte[0];
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read the event ids: " + Failures.explain(e), e);
    }
  }

  private static final String MONTH_FIGURES =
      "events, verbal_cooperation, material_cooperation, verbal_conflict,"
          + " material_conflict, goldstein_sum, mentions, sources, articles, tone_sum, "
          + java.util.Arrays.stream(CameoFamily.values())
              .map(CameoFamily::column)
              .collect(java.util.stream.Collectors.joining(", "));

  @Override
  public long addEvents(
      String dataset, EventStore.Source months, byte[] ids, String origin, String enteredBy) {
    StringBuilder sums = new StringBuilder();
    StringBuilder update = new StringBuilder();
    for (String column : MONTH_FIGURES.split(",\\s*")) {
      if (sums.length() > 0) {
        sums.append(", ");
        update.append(", ");
      }
      sums.append("sum(").append(column).append(")");
      update
          .append(column)
          .append(" = event_months.")
          .append(column)
          .append(" + excluded.")
          .append(column);
    }
    long[] added = new long[1];
    inTransaction(
        "nothing was loaded: the database refused the event series: ",
        () -> {
          try (Statement s = connection.createStatement()) {
            s.execute("DELETE FROM event_months_incoming");
          }
          try (var appender =
              connection
                  .unwrap(org.duckdb.DuckDBConnection.class)
                  .createAppender("main", "event_months_incoming")) {
            SQLException[] failed = new SQLException[1];
            months.forEach(
                m -> {
                  if (failed[0] != null) return;
                  try {
                    appender
                        .beginRow()
                        .append(dataset)
                        .append(m.actor())
                        .append(m.partner())
                        .append(m.month())
                        .append(m.events())
                        .append(m.quad()[0])
                        .append(m.quad()[1])
                        .append(m.quad()[2])
                        .append(m.quad()[3])
                        .append(m.goldsteinSum())
                        .append(m.mentions())
                        .append(m.sources())
                        .append(m.articles())
                        .append(m.toneSum());
                    for (CameoFamily f : CameoFamily.values()) {
                      if (m.families() == null) appender.appendNull();
                      else appender.append(m.families()[f.ordinal()]);
                    }
                    appender.endRow();
                  } catch (SQLException e) {
                    failed[0] = e;
                  }
                });
            if (failed[0] != null) throw failed[0];
          }
          try (Statement s = connection.createStatement()) {
            // months of one pair handed over twice (two codes of one actor) add up before they meet
            // the stored ones
            added[0] =
                s.executeUpdate(
                    "INSERT INTO event_months SELECT dataset, actor, partner, month, "
                        + sums
                        + " FROM event_months_incoming GROUP BY dataset, actor, partner, month"
                        + " ON CONFLICT (dataset, actor, partner, month) DO UPDATE SET "
                        + update);
            s.execute("DELETE FROM event_months_incoming");
          }
          try (PreparedStatement p =
              connection.prepareStatement("INSERT OR REPLACE INTO event_ids VALUES (?, ?)")) {
            p.setString(1, dataset);
            p.setBytes(2, ids);
            p.executeUpdate();
          }
          logImport(origin, enteredBy, added[0]);
        });
    return added[0];
  }

  @Override
  public List<RelationMonth> eventMonths(
      String dataset, String actor, String partner, int from, int to) {
    return eventMonths(
        "WHERE dataset = ? AND actor = ? AND partner = ? AND month BETWEEN ? AND ? ORDER BY month",
        dataset,
        actor,
        partner,
        from,
        to);
  }

  @Override
  public List<RelationMonth> eventMonthsWith(String dataset, String actor, int from, int to) {
    return eventMonths(
        "WHERE dataset = ? AND (actor = ? OR partner = ?) AND month BETWEEN ? AND ? ORDER BY actor,"
            + " partner, month",
        dataset,
        actor,
        actor,
        from,
        to);
  }

  private List<RelationMonth> eventMonths(String where, Object... parameters) {
    try (PreparedStatement p =
        connection.prepareStatement(
            "SELECT actor, partner, month, " + MONTH_FIGURES + " FROM event_months " + where)) {
      for (int i = 0; i < parameters.length; i++) p.setObject(i + 1, parameters[i]);
      List<RelationMonth> out = new ArrayList<>();
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          out.add(relationMonth(r));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("cannot read the event series: " + Failures.explain(e), e);
    }
  }

  /**
   * A relation-month from a row of actor, partner, month, then the figures of {@code MONTH_FIGURES}
   * (the benchmark reads its SQL peer's rows with it too).
   */
  public static RelationMonth relationMonth(ResultSet r) throws SQLException {
    return new RelationMonth(
        r.getString(1),
        r.getString(2),
        r.getInt(3),
        r.getLong(4),
        new long[] {r.getLong(5), r.getLong(6), r.getLong(7), r.getLong(8)},
        r.getDouble(9),
        r.getLong(10),
        r.getLong(11),
        r.getLong(12),
        r.getDouble(13),
        families(r, 14));
  }

  /**
   * The family counts from column {@code first} on; null where the month's families were not
   * counted.
   */
  static long[] families(ResultSet r, int first) throws SQLException {
    long[] out = new long[CameoFamily.values().length];
    for (int i = 0; i < out.length; i++) {
      out[i] = r.getLong(first + i);
      if (r.wasNull()) return null;
    }
    return out;
  }

  @Override
  public Map<Integer, Long> eventTotals(String dataset, String actor, int from, int to) {
    String sql =
        "SELECT month, sum(events) FROM event_months WHERE dataset = ? AND (actor = ? OR partner ="
            + " ?) AND month BETWEEN ? AND ? GROUP BY month ORDER BY month";
    try (PreparedStatement p = connection.prepareStatement(sql)) {
      p.setString(1, dataset);
      p.setString(2, actor);
      p.setString(3, actor);
      p.setInt(4, from);
      p.setInt(5, to);
      Map<Integer, Long> out = new java.util.TreeMap<>();
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) out.put(r.getInt(1), r.getLong(2));
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("cannot read the event totals: " + Failures.explain(e), e);
    }
  }

  @Override
  public long exportEvents(String dataset, Path file) {
    String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    String format =
        name.endsWith(".parquet")
            ? "(FORMAT PARQUET)"
            : name.endsWith(".csv") ? "(FORMAT CSV, HEADER)" : null;
    if (format == null)
      throw new UserInputException("the export file must end in .parquet or .csv, got " + file);
    if (dataset != null && !dataset.matches("[a-z0-9-]+"))
      throw new UserInputException("not a dataset name: " + dataset);
    String sql =
        "COPY (SELECT * FROM event_months"
            + (dataset == null ? "" : " WHERE dataset = '" + dataset + "'")
            + " ORDER BY dataset, actor, partner, month) TO '"
            + file.toAbsolutePath().toString().replace("'", "''")
            + "' "
            + format;
    try (Statement s = connection.createStatement()) {
      s.execute(sql);
      return s.getUpdateCount();
    } catch (SQLException e) {
      throw new StoreException(
          "cannot export the event series to " + file + ": " + Failures.explain(e), e);
    }
  }

  @Override
  public Map<String, Long> eventDatasets() {
    try (Statement s = connection.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT dataset, count(*) FROM event_months GROUP BY dataset ORDER BY dataset")) {
      Map<String, Long> out = new java.util.TreeMap<>();
      while (r.next()) out.put(r.getString(1), r.getLong(2));
      return out;
    } catch (SQLException e) {
      throw new StoreException("cannot read the event datasets: " + Failures.explain(e), e);
    }
  }

  /** Counts rows per table, for status reports and tests that check nothing changed. */
  public Map<String, Long> counts() {
    Map<String, Long> out = new java.util.TreeMap<>();
    try (Statement s = connection.createStatement()) {
      for (String t :
          List.of(
              "imports",
              "records",
              "record_versions",
              "observations",
              "event_months",
              "event_ids")) {
        try (ResultSet r = s.executeQuery("SELECT count(*) FROM " + t)) {
          r.next();
          out.put(t, r.getLong(1));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("cannot count rows: " + Failures.explain(e), e);
    }
  }

  /**
   * The share of the file's blocks that are free (deleted rows' space, which the file does not give
   * back), once what the log holds is written to the file.
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
