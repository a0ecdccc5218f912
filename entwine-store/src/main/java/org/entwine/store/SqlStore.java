package org.entwine.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.entwine.events.CameoFamily;
import org.entwine.events.RelationMonth;
import org.entwine.evidence.Observation;
import org.entwine.input.UserInputException;
import org.entwine.json.DomainJson;
import org.entwine.registry.Entry;
import org.entwine.registry.ObservationQuery;
import org.entwine.registry.RecordKind;
import org.entwine.registry.Registry;
import org.entwine.registry.RegistryStore;
import org.entwine.storage.Account;
import org.entwine.storage.ApiToken;
import org.entwine.storage.AuditEntry;
import org.entwine.storage.Role;
import org.entwine.storage.Session;
import org.entwine.storage.Store;
import org.entwine.storage.StoreChange;
import org.entwine.storage.StoreException;
import org.entwine.time.Month;
import org.entwine.time.PartialDate;

/**
 * What both stores do in the same SQL: the registry kept as one JSON body per record, the import
 * log, the observations, the relation-months. A subclass says how it reaches its database (one
 * connection, or a pool), how rows go in bulk (DuckDB's appender, PostgreSQL's COPY) and where a
 * load's rows wait (a staging table).
 */
abstract class SqlStore implements Store {
  final ObjectMapper json = DomainJson.json();

  /** Work on a connection. */
  interface Query<T> {
    T run(Connection c) throws SQLException, JsonProcessingException;
  }

  /** Work on a connection inside a transaction. */
  interface Work {
    void run(Connection c) throws SQLException, JsonProcessingException;
  }

  /** Rows appended to a table in bulk, the fastest way the database takes them. */
  interface Bulk extends AutoCloseable {
    /** One row: strings, numbers, dates, times, byte arrays or null, in the table's order. */
    void row(Object... values) throws SQLException;

    @Override
    void close() throws SQLException;
  }

  /** Runs {@code work} on a connection that commits each statement. */
  abstract <T> T reading(String failure, Query<T> work);

  /** A connection with a transaction begun, for {@link #finish} to give back. */
  abstract Connection begin() throws SQLException;

  /** Gives back a connection {@link #begin} gave, its transaction ended. */
  abstract void finish(Connection c);

  /** An appender of rows to {@code table}, inside the connection's transaction. */
  abstract Bulk bulk(Connection c, String table) throws SQLException;

  /**
   * Makes the staging table {@code table}, shaped as {@code like}, empty for a load in this
   * transaction.
   */
  abstract void stage(Connection c, String table, String like) throws SQLException;

  /** Work on the database that either all happens or, on any error, none of it. */
  final void inTransaction(String failure, Work work) {
    Connection c;
    try {
      c = begin();
    } catch (SQLException e) {
      throw new StoreException(failure + Failures.explain(e), e);
    }
    try {
      try {
        work.run(c);
        c.commit();
      } catch (SQLException | JsonProcessingException | RuntimeException e) {
        // a failed commit may leave no transaction to roll back: the first failure is the one to
        // report
        try {
          c.rollback();
        } catch (SQLException again) {
          e.addSuppressed(again);
        }
        throw e;
      }
    } catch (SQLException | JsonProcessingException e) {
      throw new StoreException(failure + Failures.explain(e), e);
    } finally {
      finish(c);
    }
  }

  /** Work in one transaction that makes a change (or none: null) others must hear of. */
  interface Changing {
    StoreChange run(Connection c) throws SQLException, JsonProcessingException;
  }

  /**
   * {@link #inTransaction}, telling of the change it made: to other processes at its commit ({@link
   * #announce}), and then to this process's listeners.
   */
  final void changing(String failure, Changing work) {
    StoreChange[] made = new StoreChange[1];
    inTransaction(
        failure,
        c -> {
          made[0] = work.run(c);
          if (made[0] != null) announce(c, made[0]);
        });
    if (made[0] != null) told(made[0]);
  }

  private final List<Consumer<StoreChange>> listeners =
      new java.util.concurrent.CopyOnWriteArrayList<>();

  @Override
  public void listen(Consumer<StoreChange> listener) {
    listeners.add(listener);
  }

  /**
   * Tells other processes of a change, inside its transaction, so that they hear of it if and when
   * it commits; nothing to do on a store that one process holds.
   */
  void announce(Connection c, StoreChange change) throws SQLException {}

  /**
   * Tells this process's listeners of a change: each hears of it, and the first to fail is thrown
   * after all have heard.
   */
  final void told(StoreChange change) {
    RuntimeException first = null;
    for (Consumer<StoreChange> l : listeners) {
      try {
        l.accept(change);
      } catch (RuntimeException e) {
        if (first == null) first = e;
      }
    }
    if (first != null) throw first;
  }

  @Override
  public long lastImport() {
    return reading(
        "cannot read the import log: ",
        c -> {
          try (Statement s = c.createStatement();
              ResultSet r = s.executeQuery("SELECT coalesce(max(id), 0) FROM imports")) {
            r.next();
            return r.getLong(1);
          }
        });
  }

  @Override
  public Registry storedBy(Collection<Long> imports) {
    if (imports.isEmpty()) return Registry.empty();
    return records(
        " WHERE import_id IN ("
            + imports.stream().map(String::valueOf).collect(Collectors.joining(","))
            + ")");
  }

  @Override
  public boolean isEmpty() {
    return imports().isEmpty();
  }

  @Override
  public Registry load() {
    return records("");
  }

  /** The records {@code where} selects, in the order they were stored. */
  private Registry records(String where) {
    Map<String, List<Object>> byKind = new HashMap<>();
    reading(
        "cannot read the registry from " + location() + ": ",
        c -> {
          Map<String, RecordKind<?>> kinds = new HashMap<>();
          RecordKind.ALL.forEach(k -> kinds.put(k.name(), k));
          try (Statement s = c.createStatement();
              ResultSet r =
                  s.executeQuery("SELECT kind, body FROM records" + where + " ORDER BY seq")) {
            while (r.next()) {
              RecordKind<?> k = kinds.get(r.getString(1));
              if (k == null) continue; // a kind from a newer Entwine: kept, not shown
              byKind
                  .computeIfAbsent(k.name(), x -> new ArrayList<>())
                  .add(record(k, r.getString(2)));
            }
          }
          return null;
        });
    // observations are read by the questions that need them, not with the registry
    Registry.Builder loaded = Registry.builder();
    for (RecordKind<?> k : RecordKind.ALL)
      loaded = filled(k, byKind.getOrDefault(k.name(), List.of()), loaded);
    return loaded.build();
  }

  /**
   * A stored record. A source stored before Entwine refused addresses other than http and https
   * (schema 9) loses such an address as it is read (a javascript: link is followed by no one), so
   * that the store still loads; the stored body keeps it.
   */
  private Object record(RecordKind<?> kind, String body) throws JsonProcessingException {
    if (kind.type() == org.entwine.source.Source.class && body.contains("\"url\"")) {
      com.fasterxml.jackson.databind.node.ObjectNode n =
          (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(body);
      if (n.hasNonNull("url") && !org.entwine.source.Source.isWebAddress(n.get("url").asText()))
        n.remove("url");
      return json.treeToValue(n, kind.type());
    }
    return json.readValue(body, kind.type());
  }

  private static <T> Registry.Builder filled(
      RecordKind<T> kind, List<Object> records, Registry.Builder into) {
    return kind.put(into, records.stream().map(kind.type()::cast).toList());
  }

  @Override
  public void observations(ObservationQuery query, Consumer<Observation> each) {
    List<String> where = new ArrayList<>();
    List<String> params = new ArrayList<>();
    if (query.indicators() != null) {
      if (query.indicators().isEmpty()) return;
      where.add("indicator IN (" + marks(query.indicators().size()) + ")");
      params.addAll(query.indicators());
    }
    for (String actor : Arrays.asList(query.actor(), query.partner())) {
      if (actor == null) continue;
      where.add("(actor = ? OR partner = ?)");
      params.add(actor);
      params.add(actor);
    }
    stream(where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where), params, each);
  }

  private static String marks(int n) {
    return String.join(",", Collections.nCopies(n, "?"));
  }

  /**
   * Streams the observations {@code where} selects, in no particular order, through a cursor in a
   * transaction (the PostgreSQL driver otherwise reads a whole answer into memory).
   */
  void stream(String where, List<String> params, Consumer<Observation> each) {
    inTransaction(
        "cannot read observations: ",
        c -> {
          try (PreparedStatement p = c.prepareStatement(OBSERVATIONS + where)) {
            p.setFetchSize(10_000);
            for (int i = 0; i < params.size(); i++) p.setString(i + 1, params.get(i));
            try (ResultSet r = p.executeQuery()) {
              while (r.next()) each.accept(observation(r));
            }
          }
        });
  }

  /** The columns {@link #observation} reads, in its order. */
  private static final String OBSERVATIONS =
      "SELECT indicator, actor, partner, period, value, source FROM observations";

  static Observation observation(ResultSet r) throws SQLException {
    return new Observation(
        r.getString(1),
        r.getString(2),
        r.getString(3),
        PartialDate.parse(r.getString(4)),
        r.getDouble(5),
        r.getString(6));
  }

  @Override
  public void add(Registry batch, Entry entry) {
    add(List.of(batch), entry);
  }

  @Override
  public void add(List<Registry> batches, List<Entry> entries) {
    if (entries.size() != batches.size())
      throw new IllegalArgumentException(
          "one entry per batch: " + entries.size() + " for " + batches.size());
    changing(
        "nothing was imported: the database refused the batch: ",
        c -> {
          boolean observations = batches.stream().anyMatch(b -> !b.observations().isEmpty());
          long[] importIds = next(c, "import_ids", batches.size());
          long[] order =
              next(c, "record_order", batches.stream().mapToInt(SqlStore::records).sum());
          LocalDateTime now = LocalDateTime.now();
          // rows in bulk, inside the transaction: a prepared statement's batch runs row by row,
          // each row a round trip, and a server storing many small writes at once would pay it
          // for each
          if (observations) stage(c, "observations_incoming", "observations");
          // one table at a time: PostgreSQL's connection carries one COPY at a time
          try (Bulk imports = bulk(c, "imports")) {
            for (int i = 0; i < batches.size(); i++)
              imports.row(
                  importIds[i],
                  now,
                  entries.get(i).origin(),
                  entries.get(i).enteredBy(),
                  batches.get(i).size(),
                  entries.get(i).address(),
                  entries.get(i).reason());
          }
          stage(c, "records_incoming", "records");
          try (Bulk records = bulk(c, "records_incoming")) {
            int seq = 0;
            for (int i = 0; i < batches.size(); i++) {
              for (RecordKind<?> k : RecordKind.ALL) {
                for (Object rec : k.of().apply(batches.get(i))) {
                  records.row(
                      k.name(),
                      k.keyOf(rec),
                      order[seq++],
                      importIds[i],
                      json.writeValueAsString(rec));
                }
              }
            }
          }
          try (Statement s = c.createStatement()) {
            // an INSERT raises a key already stored (an appender would not: schema version 6)
            s.execute("INSERT INTO records SELECT * FROM records_incoming");
            s.execute("DELETE FROM records_incoming");
          }
          if (observations) {
            try (Bulk staged = bulk(c, "observations_incoming")) {
              for (int i = 0; i < batches.size(); i++)
                for (Observation o : batches.get(i).observations()) row(staged, o, importIds[i]);
            }
          }
          if (observations) landStaged(c);
          // observations change answers about any pair: those who keep answers forget them all
          return observations
              ? StoreChange.data()
              : StoreChange.records(Arrays.stream(importIds).boxed().toList());
        });
  }

  /** One observation as a row of the observations table. */
  static void row(Bulk bulk, Observation o, long importId) throws SQLException {
    bulk.row(
        o.indicator(),
        o.actor(),
        o.partner(),
        o.period().toString(),
        o.period().earliest(),
        o.value(),
        o.source(),
        importId);
  }

  /**
   * Replaces stored records with new versions of themselves (same kind and id), in one transaction;
   * each earlier version is kept in {@code record_versions}, with the import that replaced it.
   */
  @Override
  public void replace(Registry batch, Entry entry) {
    changing(
        "nothing was changed: ",
        c -> {
          long importId = logImport(c, entry, batch.size());
          try (PreparedStatement keep =
              c.prepareStatement(
                  "INSERT INTO record_versions SELECT kind, id, seq, import_id, body, CAST(? AS"
                      + " BIGINT) FROM records WHERE kind = ? AND id = ?")) {
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
          deleteRecords(c, batch);
          insertRecords(c, batch, importId);
          return batch.observations().isEmpty()
              ? StoreChange.records(List.of(importId))
              : StoreChange.data();
        });
  }

  static long logImport(Connection c, Entry entry, long records) throws SQLException {
    long importId = next(c, "import_ids", 1)[0];
    logImport(c, importId, entry, records);
    return importId;
  }

  /**
   * How many rows of the records table a batch gives: its records of every kind (not its
   * observations).
   */
  private static int records(Registry batch) {
    return RecordKind.ALL.stream().mapToInt(k -> k.in(batch).size()).sum();
  }

  /** The next {@code n} values of a sequence, in one query. */
  static long[] next(Connection c, String sequence, int n) throws SQLException {
    long[] out = new long[n];
    if (n == 0) return out;
    try (Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT nextval('" + sequence + "') FROM generate_series(1, " + n + ")")) {
      for (int i = 0; i < n && r.next(); i++) out[i] = r.getLong(1);
    }
    return out;
  }

  static void logImport(Connection c, long importId, Entry entry, long records)
      throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement("INSERT INTO imports VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      p.setLong(1, importId);
      p.setObject(2, LocalDateTime.now());
      p.setString(3, entry.origin());
      p.setString(4, entry.enteredBy());
      p.setLong(5, records);
      p.setString(6, entry.address());
      p.setString(7, entry.reason());
      p.executeUpdate();
    }
  }

  void insertRecords(Connection c, Registry batch, long importId)
      throws SQLException, JsonProcessingException {
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO records VALUES (?, ?, nextval('record_order'), ?, CAST(? AS JSON))")) {
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

  static void deleteRecords(Connection c, Registry records) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement("DELETE FROM records WHERE kind = ? AND id = ?")) {
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
    return reading(
        "cannot read the registry: ",
        c -> {
          try (PreparedStatement p =
              c.prepareStatement("SELECT 1 FROM records WHERE kind = ? AND id = ?")) {
            p.setString(1, kind);
            p.setString(2, id);
            try (ResultSet r = p.executeQuery()) {
              return r.next();
            }
          }
        });
  }

  @Override
  public ObservationLoad beginLoad(
      Registry records, String origin, String enteredBy, boolean replace) {
    Connection c;
    try {
      c = begin();
    } catch (SQLException e) {
      throw new StoreException("cannot start the load: " + Failures.explain(e), e);
    }
    try {
      if (replace) {
        // Observations first, before the load adds new ones under the same keys.
        try (PreparedStatement obs =
            c.prepareStatement("DELETE FROM observations WHERE indicator = ?")) {
          for (var i : records.indicators()) {
            obs.setString(1, i.id());
            obs.executeUpdate();
          }
        }
      }
      stage(c, "observations_incoming", "observations");
      long importId = next(c, "import_ids", 1)[0];
      return new Load(c, bulk(c, "observations_incoming"), importId, origin, enteredBy, replace);
    } catch (SQLException | RuntimeException e) {
      rollbackQuietly(c);
      finish(c);
      throw new StoreException("cannot start the load: " + Failures.explain(e), e);
    }
  }

  private static void rollbackQuietly(Connection c) {
    try {
      c.rollback();
    } catch (SQLException ignored) {
      // the first error is the one to report
    }
  }

  /**
   * Adds the observations waiting in the staging table to the stored ones, in one statement, once
   * checked.
   */
  static void landStaged(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      refuseDuplicates(s);
      s.execute("INSERT INTO observations SELECT * FROM observations_incoming");
      s.execute("DELETE FROM observations_incoming");
    }
  }

  /**
   * Keeps the rule that one indicator has one value per pair and period: refuses what waits in the
   * staging table when it gives a key twice, or a key already stored, naming the keys. (An index
   * keeps the rule too where the store has one, but its error names no key; DuckDB keeps none: its
   * schema version 5.)
   */
  private static void refuseDuplicates(Statement s) throws SQLException {
    String within =
        "SELECT indicator, actor, partner, period, count(*) AS n FROM observations_incoming GROUP"
            + " BY indicator, actor, partner, period HAVING count(*) > 1";
    String stored =
        "SELECT i.indicator, i.actor, i.partner, i.period, 2 AS n FROM (SELECT DISTINCT indicator,"
            + " actor, partner, period FROM observations_incoming) i JOIN observations o ON"
            + " o.indicator = i.indicator AND o.actor = i.actor AND o.partner = i.partner AND"
            + " o.period = i.period";
    List<String> twice = new ArrayList<>();
    long more = 0;
    try (ResultSet r =
        s.executeQuery(
            "SELECT d.*, count(*) OVER () FROM ("
                + within
                + " UNION ALL "
                + stored
                + ") d ORDER BY 1, 2, 3, 4 LIMIT 5")) {
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

  /** A load: observations go in bulk to the staging table, inside the transaction. */
  private final class Load implements ObservationLoad {
    private final Connection connection;
    private final Bulk staged;
    private final long importId;
    private final String origin;
    private final String enteredBy;
    private final boolean replace;
    private long count;
    private boolean done;

    Load(
        Connection connection,
        Bulk staged,
        long importId,
        String origin,
        String enteredBy,
        boolean replace) {
      this.connection = connection;
      this.staged = staged;
      this.importId = importId;
      this.replace = replace;
      this.origin = origin;
      this.enteredBy = enteredBy;
    }

    @Override
    public void add(Observation o) {
      try {
        row(staged, o, importId);
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
        staged.close();
        landStaged(connection);
        logImport(connection, importId, Entry.of(origin, enteredBy), count + records.size());
        if (replace) deleteRecords(connection, records);
        insertRecords(connection, records, importId);
        announce(connection, StoreChange.data());
        connection.commit();
      } catch (SQLException | JsonProcessingException e) {
        rollbackQuietly(connection);
        throw new StoreException(
            "nothing was loaded: the database refused the load: " + Failures.explain(e), e);
      } catch (RuntimeException e) {
        rollbackQuietly(connection);
        throw e;
      } finally {
        done = true;
        finish(connection);
      }
      told(StoreChange.data());
    }

    @Override
    public void close() {
      if (done) return;
      try {
        staged.close();
      } catch (SQLException ignored) {
        // rolling back anyway
      }
      rollbackQuietly(connection);
      done = true;
      finish(connection);
    }
  }

  @Override
  public List<ImportLogEntry> imports() {
    return reading(
        "cannot read the import log: ",
        c -> {
          try (Statement s = c.createStatement();
              ResultSet r =
                  s.executeQuery(
                      "SELECT id, imported_at, origin, entered_by, records FROM imports ORDER BY"
                          + " id DESC")) {
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
          }
        });
  }

  @Override
  public byte[] eventIds(String dataset) {
    return reading(
        "cannot read the event ids: ",
        c -> {
          try (PreparedStatement p =
              c.prepareStatement("SELECT ids FROM event_ids WHERE dataset = ?")) {
            p.setString(1, dataset);
            try (ResultSet r = p.executeQuery()) {
              return r.next() ? r.getBytes(1) : new byte[0];
            }
          }
        });
  }

  /** The figures of a relation-month, in the order of the event_months table's columns. */
  static final List<String> MONTH_FIGURES =
      java.util.stream.Stream.concat(
              java.util.stream.Stream.of(
                  "events",
                  "verbal_cooperation",
                  "material_cooperation",
                  "verbal_conflict",
                  "material_conflict",
                  "goldstein_sum",
                  "mentions",
                  "sources",
                  "articles",
                  "tone_sum"),
              Arrays.stream(CameoFamily.values()).map(CameoFamily::column))
          .toList();

  @Override
  public long addEvents(
      String dataset,
      Source months,
      byte[] ids,
      String origin,
      String enteredBy,
      List<org.entwine.events.EventFile> files) {
    String sums =
        MONTH_FIGURES.stream().map(f -> "sum(" + f + ")").collect(Collectors.joining(", "));
    String update =
        MONTH_FIGURES.stream()
            .map(f -> f + " = event_months." + f + " + excluded." + f)
            .collect(Collectors.joining(", "));
    long[] added = new long[1];
    changing(
        "nothing was loaded: the database refused the event series: ",
        c -> {
          stage(c, "event_months_incoming", "event_months");
          try (Bulk staged = bulk(c, "event_months_incoming")) {
            SQLException[] failed = new SQLException[1];
            months.forEach(
                m -> {
                  if (failed[0] == null) {
                    try {
                      staged.row(row(dataset, m));
                    } catch (SQLException e) {
                      failed[0] = e;
                    }
                  }
                });
            if (failed[0] != null) throw failed[0];
          }
          try (Statement s = c.createStatement()) {
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
              c.prepareStatement(
                  "INSERT INTO event_ids VALUES (?, ?) ON CONFLICT (dataset) DO UPDATE SET ids ="
                      + " excluded.ids")) {
            p.setString(1, dataset);
            p.setBytes(2, ids);
            p.executeUpdate();
          }
          recordFiles(c, dataset, files);
          logImport(c, Entry.of(origin, enteredBy), added[0]);
          return StoreChange.data();
        });
    return added[0];
  }

  /**
   * Records the files a load read (a file loaded again keeps one row, with its latest checksum) and
   * the files listed but not loaded (only where no row is there: a loaded file stays loaded),
   * through a staging table: two statements, however many files.
   */
  private void recordFiles(Connection c, String dataset, List<org.entwine.events.EventFile> files)
      throws SQLException {
    if (files.isEmpty()) return;
    // one row a name, as the statements need: the last loaded, else the first listed
    Map<String, org.entwine.events.EventFile> byName = new java.util.LinkedHashMap<>();
    for (var f : files) byName.merge(f.name(), f, (was, now) -> now.loaded() ? now : was);
    stage(c, "event_files_incoming", "event_files");
    try (Bulk staged = bulk(c, "event_files_incoming")) {
      for (var f : byName.values()) staged.row(dataset, f.name(), f.md5(), f.bytes(), f.loaded());
    }
    try (Statement s = c.createStatement()) {
      s.executeUpdate(
          "INSERT INTO event_files SELECT * FROM event_files_incoming WHERE loaded ON CONFLICT"
              + " (dataset, name) DO UPDATE SET md5 = excluded.md5, bytes = excluded.bytes, loaded"
              + " = true");
      s.executeUpdate(
          "INSERT INTO event_files SELECT * FROM event_files_incoming WHERE NOT loaded ON CONFLICT"
              + " (dataset, name) DO NOTHING");
      s.execute("DELETE FROM event_files_incoming");
    }
  }

  @Override
  public Map<String, org.entwine.events.EventFile> eventFiles(String dataset) {
    return reading(
        "cannot read the event files: ",
        c -> {
          Map<String, org.entwine.events.EventFile> out = new java.util.TreeMap<>();
          try (PreparedStatement p =
              c.prepareStatement(
                  "SELECT name, md5, bytes, loaded FROM event_files WHERE dataset = ? ORDER BY"
                      + " name")) {
            p.setString(1, dataset);
            try (ResultSet r = p.executeQuery()) {
              while (r.next())
                out.put(
                    r.getString(1),
                    new org.entwine.events.EventFile(
                        r.getString(1), r.getString(2), r.getLong(3), r.getBoolean(4)));
            }
          }
          return out;
        });
  }

  /** A relation-month as a row of the event_months table (families null where not counted). */
  private static Object[] row(String dataset, RelationMonth m) {
    Object[] row = new Object[4 + MONTH_FIGURES.size()];
    Object[] figures = {
      dataset,
      m.actor(),
      m.partner(),
      m.month().packed(),
      m.events(),
      m.quad()[0],
      m.quad()[1],
      m.quad()[2],
      m.quad()[3],
      m.goldsteinSum(),
      m.mentions(),
      m.sources(),
      m.articles(),
      m.toneSum()
    };
    System.arraycopy(figures, 0, row, 0, figures.length);
    for (CameoFamily f : CameoFamily.values())
      row[figures.length + f.ordinal()] = m.families() == null ? null : m.families()[f.ordinal()];
    return row;
  }

  @Override
  public List<RelationMonth> eventMonths(
      String dataset, String actor, String partner, Month from, Month to) {
    return eventMonths(
        "WHERE dataset = ? AND actor = ? AND partner = ? AND month BETWEEN ? AND ? ORDER BY month",
        dataset,
        actor,
        partner,
        from.packed(),
        to.packed());
  }

  @Override
  public List<RelationMonth> eventMonthsWith(String dataset, String actor, Month from, Month to) {
    return eventMonths(
        "WHERE dataset = ? AND (actor = ? OR partner = ?) AND month BETWEEN ? AND ? ORDER BY actor,"
            + " partner, month",
        dataset,
        actor,
        actor,
        from.packed(),
        to.packed());
  }

  private List<RelationMonth> eventMonths(String where, Object... parameters) {
    return reading(
        "cannot read the event series: ",
        c -> {
          try (PreparedStatement p =
              c.prepareStatement(
                  "SELECT actor, partner, month, "
                      + String.join(", ", MONTH_FIGURES)
                      + " FROM event_months "
                      + where)) {
            for (int i = 0; i < parameters.length; i++) p.setObject(i + 1, parameters[i]);
            List<RelationMonth> out = new ArrayList<>();
            try (ResultSet r = p.executeQuery()) {
              while (r.next()) out.add(relationMonth(r));
            }
            return out;
          }
        });
  }

  /**
   * A relation-month from a row of actor, partner, month, then the figures of {@code MONTH_FIGURES}
   * (the benchmark reads its SQL peer's rows with it too). The month column holds it packed YYYYMM,
   * as GDELT writes it: an integer sorts and compares in SQL as the month does.
   */
  static RelationMonth relationMonth(ResultSet r) throws SQLException {
    return new RelationMonth(
        r.getString(1),
        r.getString(2),
        Month.ofPacked(r.getInt(3)),
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
  public Map<Month, Long> eventTotals(String dataset, String actor, Month from, Month to) {
    String sql =
        "SELECT month, sum(events) FROM event_months WHERE dataset = ? AND (actor = ? OR partner ="
            + " ?) AND month BETWEEN ? AND ? GROUP BY month ORDER BY month";
    return reading(
        "cannot read the event totals: ",
        c -> {
          try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, dataset);
            p.setString(2, actor);
            p.setString(3, actor);
            p.setInt(4, from.packed());
            p.setInt(5, to.packed());
            Map<Month, Long> out = new TreeMap<>();
            try (ResultSet r = p.executeQuery()) {
              while (r.next()) out.put(Month.ofPacked(r.getInt(1)), r.getLong(2));
            }
            return out;
          }
        });
  }

  /** The SELECT an export of the relation-months of {@code dataset} (all if null) runs. */
  static String exportQuery(String dataset) {
    if (dataset != null && !dataset.matches("[a-z0-9-]+"))
      throw new org.entwine.input.UserInputException("not a dataset name: " + dataset);
    return "SELECT * FROM event_months"
        + (dataset == null ? "" : " WHERE dataset = '" + dataset + "'")
        + " ORDER BY dataset, actor, partner, month";
  }

  @Override
  public Map<String, Long> eventDatasets() {
    return reading(
        "cannot read the event datasets: ",
        c -> {
          try (Statement s = c.createStatement();
              ResultSet r =
                  s.executeQuery(
                      "SELECT dataset, count(*) FROM event_months GROUP BY dataset ORDER BY"
                          + " dataset")) {
            Map<String, Long> out = new TreeMap<>();
            while (r.next()) out.put(r.getString(1), r.getLong(2));
            return out;
          }
        });
  }

  /** The tables {@link #counts} counts. */
  static final List<String> TABLES =
      List.of(
          "imports",
          "records",
          "record_versions",
          "observations",
          "event_months",
          "event_ids",
          "event_files",
          "accounts",
          "api_tokens",
          "sessions",
          "sign_in_devices");

  @Override
  public Instant lastChange(String origin) {
    return reading(
        "cannot read the import log: ",
        c -> {
          try (PreparedStatement p =
              c.prepareStatement(
                  "SELECT max(imported_at) FROM imports WHERE starts_with(origin, ?)")) {
            p.setString(1, origin);
            try (ResultSet r = p.executeQuery()) {
              java.sql.Timestamp t = r.next() ? r.getTimestamp(1) : null;
              return t == null ? null : t.toInstant();
            }
          }
        });
  }

  @Override
  public Map<String, Long> counts() {
    return reading(
        "cannot count rows: ",
        c -> {
          Map<String, Long> out = new TreeMap<>();
          try (Statement s = c.createStatement()) {
            for (String t : TABLES) {
              try (ResultSet r = s.executeQuery("SELECT count(*) FROM " + t)) {
                r.next();
                out.put(t, r.getLong(1));
              }
            }
          }
          return out;
        });
  }

  @Override
  public List<AuditEntry> audit(Instant since, String user, int limit) {
    return reading(
        "cannot read the audit trail: ",
        c -> {
          List<AuditEntry> out = new ArrayList<>();
          try (PreparedStatement p =
              c.prepareStatement(
                  "SELECT id, imported_at, entered_by, address, origin, reason FROM imports WHERE"
                      + " (CAST(? AS TIMESTAMP) IS NULL OR imported_at >= CAST(? AS TIMESTAMP)) AND"
                      + " (CAST(? AS VARCHAR) IS NULL OR entered_by = CAST(? AS VARCHAR)) ORDER BY"
                      + " id DESC LIMIT ?")) {
            LocalDateTime from =
                since == null ? null : LocalDateTime.ofInstant(since, ZoneId.systemDefault());
            p.setObject(1, from);
            p.setObject(2, from);
            p.setString(3, user);
            p.setString(4, user);
            p.setInt(5, limit);
            try (ResultSet r = p.executeQuery()) {
              while (r.next())
                out.add(
                    new AuditEntry(
                        r.getLong(1),
                        r.getTimestamp(2).toInstant(),
                        r.getString(3),
                        r.getString(4),
                        r.getString(5),
                        r.getString(6),
                        new ArrayList<>()));
            }
          }
          if (out.isEmpty()) return out;
          Map<Long, AuditEntry> byId = new HashMap<>();
          out.forEach(e -> byId.put(e.id(), e));
          String ids =
              out.stream().map(e -> String.valueOf(e.id())).collect(Collectors.joining(","));
          // each import's records: the version it stored (now current, or replaced since) and the
          // version it replaced
          String sql =
              "SELECT a.import_id, a.kind, a.id, CAST(b.body AS VARCHAR), CAST(a.body AS VARCHAR)"
                  + " FROM (SELECT import_id, kind, id, body FROM records UNION ALL SELECT"
                  + " import_id, kind, id, body FROM record_versions) a LEFT JOIN record_versions b"
                  + " ON b.kind = a.kind AND b.id = a.id AND b.replaced_by = a.import_id WHERE"
                  + " a.import_id IN ("
                  + ids
                  + ") ORDER BY a.import_id, a.kind, a.id";
          try (Statement s = c.createStatement();
              ResultSet r = s.executeQuery(sql)) {
            while (r.next())
              byId.get(r.getLong(1))
                  .changes()
                  .add(
                      new AuditEntry.RecordChange(
                          r.getString(2), r.getString(3), r.getString(4), r.getString(5)));
          }
          return out;
        });
  }

  @Override
  public Optional<Account> account(String name) {
    return accounts(" WHERE name = ?", name).stream().findFirst();
  }

  @Override
  public List<Account> accounts() {
    return accounts("", null);
  }

  private List<Account> accounts(String where, String name) {
    return reading(
        "cannot read the accounts: ",
        c -> {
          try (PreparedStatement p =
              c.prepareStatement(
                  "SELECT name, role, password_hash, disabled, created_at FROM accounts"
                      + where
                      + " ORDER BY name")) {
            if (name != null) p.setString(1, name);
            List<Account> out = new ArrayList<>();
            try (ResultSet r = p.executeQuery()) {
              while (r.next())
                out.add(
                    new Account(
                        r.getString(1),
                        Role.parse(r.getString(2)),
                        r.getString(3),
                        r.getBoolean(4),
                        r.getTimestamp(5).toInstant()));
            }
            return out;
          }
        });
  }

  /**
   * Holds the accounts for the rest of the transaction, so that two changes at once cannot each
   * leave the other's admin the last one: nothing to do where one connection serves everyone.
   */
  void lockAccounts(Connection c) throws SQLException {}

  @Override
  public void saveAccount(Account a, boolean endAccess, Entry entry) {
    changing(
        "the account was not saved: ",
        c -> {
          lockAccounts(c);
          long adminsBefore = enabledAdmins(c);
          try (PreparedStatement p =
              c.prepareStatement(
                  "INSERT INTO accounts VALUES (?, ?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET"
                      + " role = excluded.role, password_hash = excluded.password_hash, disabled ="
                      + " excluded.disabled")) {
            p.setString(1, a.name());
            p.setString(2, a.role().toString());
            p.setString(3, a.passwordHash());
            p.setBoolean(4, a.disabled());
            p.setObject(5, time(a.created()));
            p.executeUpdate();
          }
          if (adminsBefore > 0 && enabledAdmins(c) == 0)
            throw new UserInputException(
                a.name()
                    + " is the last enabled admin: no one could manage the accounts. Make another"
                    + " account an admin first (entwine users role NAME admin)");
          if (endAccess) {
            update(c, "DELETE FROM sessions WHERE account = ?", a.name());
            update(
                c,
                "UPDATE api_tokens SET revoked_at = ? WHERE account = ? AND revoked_at IS NULL",
                time(Instant.now()),
                a.name());
          }
          logImport(c, entry, 0);
          return StoreChange.account(a.name());
        });
  }

  private static long enabledAdmins(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery("SELECT count(*) FROM accounts WHERE role = 'admin' AND NOT disabled")) {
      r.next();
      return r.getLong(1);
    }
  }

  /** Runs a statement with these parameters (strings, times or null); returns the rows changed. */
  private static int update(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) p.setObject(i + 1, params[i]);
      return p.executeUpdate();
    }
  }

  /** A moment as the store's TIMESTAMP columns keep it (this machine's local time), or null. */
  static LocalDateTime time(Instant at) {
    return at == null ? null : LocalDateTime.ofInstant(at, ZoneId.systemDefault());
  }

  private static Instant instant(ResultSet r, int column) throws SQLException {
    java.sql.Timestamp t = r.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }

  private static final String TOKENS =
      "SELECT token_hash, account, label, created_at, expires_at, revoked_at, last_used_at FROM"
          + " api_tokens";

  @Override
  public void addToken(ApiToken t, Entry entry) {
    changing(
        "the token was not stored: ",
        c -> {
          try (PreparedStatement p =
              c.prepareStatement(
                  "SELECT count(*) FROM api_tokens WHERE account = ? AND label = ? AND revoked_at"
                      + " IS NULL AND (expires_at IS NULL OR expires_at > ?)")) {
            p.setString(1, t.account());
            p.setString(2, t.name());
            p.setObject(3, time(t.created()));
            try (ResultSet r = p.executeQuery()) {
              r.next();
              if (r.getLong(1) > 0)
                throw new UserInputException(
                    t.account()
                        + " already has a token named '"
                        + t.name()
                        + "': revoke it first, or give this one another name");
            }
          }
          update(
              c,
              "INSERT INTO api_tokens (token_hash, account, label, created_at, expires_at) VALUES"
                  + " (?, ?, ?, ?, ?)",
              t.hash(),
              t.account(),
              t.name(),
              time(t.created()),
              time(t.expires()));
          logImport(c, entry, 0);
          return null; // a new token changes nothing anyone keeps
        });
  }

  @Override
  public Optional<ApiToken> token(String tokenHash) {
    return tokens(" WHERE token_hash = ?", tokenHash).stream().findFirst();
  }

  @Override
  public List<ApiToken> tokens(String account) {
    return account == null ? tokens("", null) : tokens(" WHERE account = ?", account);
  }

  private List<ApiToken> tokens(String where, String param) {
    return reading(
        "cannot read the API tokens: ",
        c -> {
          try (PreparedStatement p =
              c.prepareStatement(TOKENS + where + " ORDER BY account, label, created_at")) {
            if (param != null) p.setString(1, param);
            List<ApiToken> out = new ArrayList<>();
            try (ResultSet r = p.executeQuery()) {
              while (r.next())
                out.add(
                    new ApiToken(
                        r.getString(1),
                        r.getString(2),
                        r.getString(3),
                        instant(r, 4),
                        instant(r, 5),
                        instant(r, 6),
                        instant(r, 7)));
            }
            return out;
          }
        });
  }

  @Override
  public int revokeTokens(String account, String name, Instant at, Entry entry) {
    int[] revoked = new int[1];
    changing(
        "no token was revoked: ",
        c -> {
          revoked[0] =
              name == null
                  ? update(
                      c,
                      "UPDATE api_tokens SET revoked_at = ? WHERE account = ? AND revoked_at IS"
                          + " NULL",
                      time(at),
                      account)
                  : update(
                      c,
                      "UPDATE api_tokens SET revoked_at = ? WHERE account = ? AND label = ? AND"
                          + " revoked_at IS NULL",
                      time(at),
                      account,
                      name);
          if (revoked[0] == 0) return null;
          logImport(c, entry, 0);
          return StoreChange.account(account);
        });
    return revoked[0];
  }

  @Override
  public void tokenUsed(String tokenHash, Instant at, Entry entry) {
    changing(
        "the token's use was not noted: ",
        c -> {
          update(
              c,
              "UPDATE api_tokens SET last_used_at = ? WHERE token_hash = ?",
              time(at),
              tokenHash);
          logImport(c, entry, 0);
          return null;
        });
  }

  @Override
  public void startSession(Session s, Entry entry) {
    changing(
        "the session was not stored: ",
        c -> {
          update(
              c,
              "INSERT INTO sessions VALUES (?, ?, ?, ?, ?, ?)",
              s.idHash(),
              s.account(),
              s.csrf(),
              s.address(),
              time(s.started()),
              time(s.lastUsed()));
          logImport(c, entry, 0);
          return null;
        });
  }

  @Override
  public Optional<Session> session(String idHash) {
    return reading(
        "cannot read the sessions: ",
        c -> {
          try (PreparedStatement p =
              c.prepareStatement(
                  "SELECT id_hash, account, csrf, address, started_at, last_used_at FROM sessions"
                      + " WHERE id_hash = ?")) {
            p.setString(1, idHash);
            try (ResultSet r = p.executeQuery()) {
              if (!r.next()) return Optional.empty();
              return Optional.of(
                  new Session(
                      r.getString(1),
                      r.getString(2),
                      r.getString(3),
                      r.getString(4),
                      instant(r, 5),
                      instant(r, 6)));
            }
          }
        });
  }

  @Override
  public void sessionUsed(String idHash, Instant at) {
    changing(
        "the session's use was not noted: ",
        c -> {
          update(c, "UPDATE sessions SET last_used_at = ? WHERE id_hash = ?", time(at), idHash);
          return null;
        });
  }

  @Override
  public void endSession(String idHash) {
    changing(
        "the session was not ended: ",
        c ->
            update(c, "DELETE FROM sessions WHERE id_hash = ?", idHash) == 0
                ? null
                : StoreChange.sessionEnded(idHash));
  }

  @Override
  public void endSessions(Instant startedBefore, Instant usedBefore) {
    changing(
        "the sessions were not ended: ",
        c -> {
          // each server also ends them by their times: no one needs telling
          update(
              c,
              "DELETE FROM sessions WHERE started_at < ? OR last_used_at < ?",
              time(startedBefore),
              time(usedBefore));
          return null;
        });
  }

  @Override
  public void addDevice(String deviceHash, String account, Instant at) {
    changing(
        "the browser was not remembered: ",
        c -> {
          update(
              c,
              "INSERT INTO sign_in_devices VALUES (?, ?, ?) ON CONFLICT (device_hash) DO NOTHING",
              deviceHash,
              account,
              time(at));
          return null;
        });
  }

  @Override
  public Optional<String> deviceAccount(String deviceHash) {
    return reading(
        "cannot read the browsers that signed in: ",
        c -> {
          try (PreparedStatement p =
              c.prepareStatement("SELECT account FROM sign_in_devices WHERE device_hash = ?")) {
            p.setString(1, deviceHash);
            try (ResultSet r = p.executeQuery()) {
              return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
            }
          }
        });
  }

  @Override
  public void note(Entry entry) {
    changing(
        "the audit trail was not written: ",
        c -> {
          logImport(c, entry, 0);
          return null;
        });
  }
}
