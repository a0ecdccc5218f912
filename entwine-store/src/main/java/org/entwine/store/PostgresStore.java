package org.entwine.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import de.siegmar.fastcsv.writer.QuoteStrategies;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Collectors;
import org.entwine.input.UserInputException;
import org.entwine.storage.StoreBusyException;
import org.entwine.storage.StoreChange;
import org.entwine.storage.StoreException;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * The store a team shares: a PostgreSQL database, reached through a pool of connections so that
 * requests read at once and each write is a transaction of its own. Given as {@code
 * postgresql://[user[:password]@]host[:port]/database[?parameters]} (libpq's form; the password may
 * instead come from {@code PGPASSWORD} or {@code ~/.pgpass}).
 */
public final class PostgresStore extends SqlStore {
  /** Held while a server migrates the schema, so that two starting at once do not both do it. */
  private static final long MIGRATION_LOCK = 0x456e7477696e65L; // "Entwine"

  /** Held by a change to the accounts until it commits: see {@link #lockAccounts}. */
  private static final long ACCOUNTS_LOCK = 0x456e7477696e66L;

  /** The channel on which the processes on one database tell each other what they changed. */
  static final String CHANNEL = "entwine";

  private final HikariDataSource pool;
  private final Address address;

  /** This store's name in its notices, so that it does not hear its own changes twice. */
  private final String self = java.util.UUID.randomUUID().toString();

  /**
   * The first key of the advisory locks a task holds (the second is the task's): "Entw". PostgreSQL
   * shows them in pg_locks as classid and objid.
   */
  private static final int TASK_LOCKS = 0x456e7477;

  /** The connections holding tasks: closing the store lets them go. */
  private final java.util.Set<Connection> holding =
      java.util.concurrent.ConcurrentHashMap.newKeySet();

  private PostgresStore(HikariDataSource pool, Address address) {
    this.pool = pool;
    this.address = address;
  }

  /** Whether {@code text} names a PostgreSQL database rather than a file. */
  public static boolean isAddress(String text) {
    return text.startsWith("postgresql://") || text.startsWith("postgres://");
  }

  /** Where a database is, as given, its password kept apart from what messages show. */
  record Address(String jdbcUrl, String user, String password, String shown) {
    static Address parse(String text) {
      URI uri;
      try {
        uri = new URI(text);
      } catch (URISyntaxException e) {
        throw new UserInputException(
            "not a PostgreSQL address: expected"
                + " postgresql://[user[:password]@]host[:port]/database, got "
                + hidePassword(text));
      }
      String database = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
      if (uri.getHost() == null || database.isEmpty())
        throw new UserInputException(
            "not a PostgreSQL address: expected postgresql://[user[:password]@]host[:port]/database"
                + " (a host and a database), got "
                + hidePassword(text));
      String user = null;
      String password = null;
      if (uri.getUserInfo() != null) {
        String[] parts = uri.getUserInfo().split(":", 2);
        user = parts[0].isEmpty() ? null : parts[0];
        password = parts.length > 1 ? parts[1] : null;
      }
      if (user == null)
        user = System.getenv().getOrDefault("PGUSER", System.getProperty("user.name"));
      if (password == null) password = System.getenv("PGPASSWORD");
      String hostPort = uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
      String jdbc =
          "jdbc:postgresql://"
              + hostPort
              + "/"
              + database
              + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
      return new Address(
          jdbc, user, password, "postgresql://" + user + "@" + hostPort + "/" + database);
    }

    private static String hidePassword(String text) {
      return text.replaceFirst("(://[^:/@]*):[^@/]*@", "$1:***@");
    }
  }

  /**
   * Opens the database at {@code address}, migrating it to the current schema (one server at a
   * time: the migration holds an advisory lock). The pool holds up to $ENTWINE_DB_POOL connections
   * (10 by default).
   */
  public static PostgresStore open(String address) {
    Address a = Address.parse(address);
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(a.jdbcUrl());
    config.setUsername(a.user());
    if (a.password() != null) config.setPassword(a.password());
    config.setPoolName("entwine");
    config.setMaximumPoolSize(poolSize());
    config.setConnectionTimeout(10_000);
    config.addDataSourceProperty("ApplicationName", "entwine");
    config.addDataSourceProperty("reWriteBatchedInserts", "true");
    HikariDataSource pool;
    try {
      pool = new HikariDataSource(config);
    } catch (HikariPool.PoolInitializationException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw new StoreException(
          "cannot reach the PostgreSQL database "
              + a.shown()
              + ": "
              + cause.getMessage()
              + " (is the server running, and may this user connect to this database?)",
          e);
    }
    try (Connection c = pool.getConnection();
        Statement s = c.createStatement()) {
      s.execute("SELECT pg_advisory_lock(" + MIGRATION_LOCK + ")");
      try {
        Migrations.migrate(c, "postgresql");
      } finally {
        s.execute("SELECT pg_advisory_unlock(" + MIGRATION_LOCK + ")");
      }
    } catch (SQLException e) {
      pool.close();
      throw new StoreException(
          "cannot prepare the database " + a.shown() + ": " + Failures.explain(e), e);
    }
    return new PostgresStore(pool, a);
  }

  private static int poolSize() {
    String asked = System.getenv("ENTWINE_DB_POOL");
    if (asked == null || asked.isBlank()) return 10;
    try {
      int n = Integer.parseInt(asked.strip());
      if (n >= 1) return n;
    } catch (NumberFormatException e) {
      // said below
    }
    throw new StoreException(
        "ENTWINE_DB_POOL expects a number of connections (1 or more), got '" + asked + "'", null);
  }

  @Override
  public String location() {
    return address.shown();
  }

  /**
   * A session advisory lock, on a connection of its own outside the pool (a load beside it needs
   * the pool's): held while that connection is, so a process that dies lets it go.
   */
  @Override
  public Hold hold(String task) {
    Connection c;
    try {
      c = DriverManager.getConnection(address.jdbcUrl(), address.user(), address.password());
    } catch (SQLException e) {
      throw new StoreException(
          "cannot reach "
              + address.shown()
              + " to hold it for the "
              + task
              + ": "
              + Failures.explain(e),
          e);
    }
    try (PreparedStatement p = c.prepareStatement("SELECT pg_try_advisory_lock(?, ?)")) {
      p.setInt(1, TASK_LOCKS);
      p.setInt(2, task.hashCode());
      try (ResultSet r = p.executeQuery()) {
        if (r.next() && r.getBoolean(1)) {
          holding.add(c);
          return () -> {
            holding.remove(c);
            closeQuietly(c);
          };
        }
      }
      String holder = holder(c, task);
      closeQuietly(c);
      throw new StoreBusyException(
          "another "
              + task
              + " is running on "
              + address.shown()
              + holder
              + ": wait for it to end");
    } catch (SQLException e) {
      closeQuietly(c);
      throw new StoreException(
          "cannot hold " + address.shown() + " for the " + task + ": " + Failures.explain(e), e);
    }
  }

  /** Who holds the task's lock, as PostgreSQL tells it: " (since …, from …, backend PID …)". */
  private static String holder(Connection c, String task) {
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT a.pid, a.client_addr, a.backend_start FROM pg_locks l JOIN pg_stat_activity a"
                + " ON a.pid = l.pid WHERE l.locktype = 'advisory' AND l.granted AND l.classid = ?"
                + " AND l.objid = ? AND l.objsubid = 2")) {
      // pg_locks gives the two keys as oid: unsigned
      p.setLong(1, Integer.toUnsignedLong(TASK_LOCKS));
      p.setLong(2, Integer.toUnsignedLong(task.hashCode()));
      try (ResultSet r = p.executeQuery()) {
        if (!r.next()) return "";
        String from = r.getString(2);
        return " (held since "
            + r.getTimestamp(3).toInstant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
            + (from == null ? " on the server itself" : " from " + from)
            + ", PostgreSQL backend "
            + r.getInt(1)
            + ")";
      }
    } catch (SQLException e) {
      return ""; // who holds it is a courtesy: the refusal stands without it
    }
  }

  private static void closeQuietly(Connection c) {
    try {
      c.close(); // ends the session, and with it the advisory lock
    } catch (SQLException ignored) {
      // the server ends the session's locks with the connection
    }
  }

  /** A transaction-scoped advisory lock: two servers' changes to the accounts take turns. */
  @Override
  void lockAccounts(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("SELECT pg_advisory_xact_lock(" + ACCOUNTS_LOCK + ")");
    }
  }

  /** NOTIFY, which PostgreSQL delivers to every listening session when the transaction commits. */
  @Override
  void announce(Connection c, StoreChange change) throws SQLException {
    try (java.sql.PreparedStatement p = c.prepareStatement("SELECT pg_notify(?, ?)")) {
      p.setString(1, CHANNEL);
      p.setString(2, self + " " + change.text());
      p.execute();
    }
  }

  private Thread listening;
  private volatile boolean closed;

  /**
   * Also tells {@code listener} of other processes' changes, heard on a connection of its own that
   * LISTENs on {@value #CHANNEL} (started with the first listener; this returns once it listens).
   * Should that connection break, what was said meanwhile is lost: listeners hear UNKNOWN, then the
   * connection is made again.
   */
  @Override
  public synchronized void listen(java.util.function.Consumer<StoreChange> listener) {
    super.listen(listener);
    if (listening != null) return;
    java.util.concurrent.CountDownLatch ready = new java.util.concurrent.CountDownLatch(1);
    listening = new Thread(() -> hear(ready), "entwine-store-notices");
    listening.setDaemon(true);
    listening.start();
    try {
      if (!ready.await(10, java.util.concurrent.TimeUnit.SECONDS))
        throw new StoreException(
            "cannot listen for other servers' changes on " + location() + " (no answer in 10 s)",
            null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void hear(java.util.concurrent.CountDownLatch ready) {
    boolean again = false;
    while (!closed) {
      try (Connection c = connectAlone();
          Statement s = c.createStatement()) {
        s.execute("LISTEN " + CHANNEL);
        ready.countDown();
        if (again) told(StoreChange.unknown()); // what was said while away is lost
        PGConnection pg = c.unwrap(PGConnection.class);
        while (!closed) {
          org.postgresql.PGNotification[] heard = pg.getNotifications(500);
          if (heard == null) continue;
          for (org.postgresql.PGNotification n : heard) {
            String text = n.getParameter();
            int space = text.indexOf(' ');
            if (space < 0 || text.substring(0, space).equals(self)) continue;
            try {
              told(StoreChange.parse(text.substring(space + 1)).elsewhere());
            } catch (RuntimeException e) {
              // a listener's own failure: the others have heard; the next notice is heard too
            }
          }
        }
      } catch (SQLException e) {
        if (closed) return;
        again = true;
        try {
          Thread.sleep(1000);
        } catch (InterruptedException stop) {
          return;
        }
      }
    }
  }

  /** A connection outside the pool, held by the listener. */
  private Connection connectAlone() throws SQLException {
    java.util.Properties p = new java.util.Properties();
    if (address.user() != null) p.setProperty("user", address.user());
    if (address.password() != null) p.setProperty("password", address.password());
    p.setProperty("ApplicationName", "entwine (listening)");
    return DriverManager.getConnection(address.jdbcUrl(), p);
  }

  @Override
  public boolean concurrentReads() {
    return true;
  }

  /** Commands and other servers work on the same database. */
  @Override
  public boolean othersMayWrite() {
    return true;
  }

  @Override
  <T> T reading(String failure, Query<T> work) {
    try (Connection c = pool.getConnection()) {
      return work.run(c);
    } catch (SQLException | JsonProcessingException e) {
      throw new StoreException(failure + Failures.explain(e), e);
    }
  }

  @Override
  Connection begin() throws SQLException {
    Connection c = pool.getConnection();
    c.setAutoCommit(false);
    return c;
  }

  @Override
  void finish(Connection c) {
    try {
      c.setAutoCommit(true);
    } catch (SQLException ignored) {
      // the pool checks the connection before lending it again
    }
    try {
      c.close();
    } catch (SQLException ignored) {
      // back to the pool, or dropped by it
    }
  }

  /**
   * COPY … FROM STDIN in CSV: PostgreSQL's bulk path. An empty string is quoted, a null is not, so
   * that the two stay apart.
   */
  @Override
  Bulk bulk(Connection c, String table) throws SQLException {
    OutputStream copy =
        new PGCopyOutputStream(
            c.unwrap(PGConnection.class), "COPY " + table + " FROM STDIN (FORMAT csv)", 1 << 16);
    CsvWriter csv =
        CsvWriter.builder()
            .quoteStrategy(QuoteStrategies.EMPTY)
            .lineDelimiter(LineDelimiter.LF)
            .build(new BufferedWriter(new OutputStreamWriter(copy, StandardCharsets.UTF_8)));
    return new Bulk() {
      @Override
      public void row(Object... values) throws SQLException {
        String[] row = new String[values.length];
        for (int i = 0; i < values.length; i++) {
          if (values[i] instanceof byte[])
            throw new IllegalArgumentException("no CSV text for bytes (column " + (i + 1) + ")");
          row[i] = values[i] == null ? null : String.valueOf(values[i]);
        }
        try {
          csv.writeRecord(row);
        } catch (java.io.UncheckedIOException e) {
          throw new SQLException("the database refused a row for " + table, e);
        }
      }

      @Override
      public void close() throws SQLException {
        try {
          csv.close();
        } catch (IOException | java.io.UncheckedIOException e) {
          throw new SQLException(
              "the database refused the rows for " + table + ": " + rootMessage(e), e);
        }
      }
    };
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) t = t.getCause();
    return t.getMessage();
  }

  /**
   * A temporary table of this session, shaped as {@code like}, emptied at every commit: each load
   * has its own, so that loads at once do not meet there.
   */
  @Override
  void stage(Connection c, String table, String like) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(
          "CREATE TEMP TABLE IF NOT EXISTS "
              + table
              + " (LIKE "
              + like
              + ") ON COMMIT DELETE ROWS");
      s.execute("DELETE FROM " + table);
    }
  }

  /**
   * CSV by PostgreSQL's COPY … TO STDOUT; Parquet by way of that CSV, which an in-memory DuckDB
   * writes as Parquet with the same column types as an export from the embedded store.
   */
  @Override
  public long exportEvents(String dataset, Path file) {
    String format = DuckDbStore.exportFormat(file);
    String query = exportQuery(dataset);
    boolean parquet = format.contains("PARQUET");
    return reading(
        "cannot export the event series to " + file + ": ",
        c -> {
          try {
            Path csv =
                parquet
                    ? Files.createTempFile(
                        file.toAbsolutePath().getParent(), ".entwine-export", ".csv")
                    : file;
            try {
              long rows;
              try (OutputStream out = Files.newOutputStream(csv)) {
                rows =
                    c.unwrap(PGConnection.class)
                        .getCopyAPI()
                        .copyOut("COPY (" + query + ") TO STDOUT (FORMAT csv, HEADER)", out);
              }
              if (parquet) toParquet(csv, file);
              return rows;
            } finally {
              if (parquet) Files.deleteIfExists(csv);
            }
          } catch (IOException e) {
            throw new SQLException(e.getMessage(), e);
          }
        });
  }

  private static void toParquet(Path csv, Path parquet) throws SQLException {
    String columns =
        "{'dataset': 'VARCHAR', 'actor': 'VARCHAR', 'partner': 'VARCHAR', 'month': 'INTEGER', "
            + MONTH_FIGURES.stream()
                .map(f -> "'" + f + "': '" + (f.endsWith("_sum") ? "DOUBLE" : "BIGINT") + "'")
                .collect(Collectors.joining(", "))
            + "}";
    try (Connection duck = DuckDbLibrary.connect("jdbc:duckdb:");
        Statement s = duck.createStatement()) {
      s.execute(
          "COPY (SELECT * FROM read_csv('"
              + quoted(csv)
              + "', header = true, columns = "
              + columns
              + ")) TO '"
              + quoted(parquet)
              + "' (FORMAT PARQUET)");
    }
  }

  private static String quoted(Path p) {
    return p.toAbsolutePath().toString().replace("'", "''");
  }

  @Override
  public void close() {
    holding.forEach(PostgresStore::closeQuietly);
    closed = true;
    Thread t;
    synchronized (this) {
      t = listening;
    }
    if (t != null) {
      t.interrupt();
      try {
        t.join(2000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    pool.close();
  }
}
