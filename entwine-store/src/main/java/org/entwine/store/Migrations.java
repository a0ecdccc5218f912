package org.entwine.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Brings a database to the current schema version by running {@code db/<vendor>/V<n>__*.sql} in
 * order, each in its own transaction, and recording the version reached.
 */
final class Migrations {
  /** The schema version this Entwine writes. */
  static final int CURRENT = 10;

  private static final String[] SCRIPTS = {
    "V1__registry.sql",
    "V2__events.sql",
    "V3__record_versions.sql",
    "V4__event_families_and_load_staging.sql",
    "V5__observations_without_index.sql",
    "V6__record_staging.sql",
    "V7__accounts_and_audit.sql",
    "V8__event_files.sql",
    "V9__sessions_and_tokens.sql",
    "V10__temporary_staging.sql"
  };

  private Migrations() {}

  static int migrate(Connection c, String vendor) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, applied_at"
              + " TIMESTAMP NOT NULL)");
    }
    int version = current(c);
    if (version > CURRENT) {
      throw new SQLException(
          "the database has schema version "
              + version
              + ", newer than this Entwine knows ("
              + CURRENT
              + "): use a newer Entwine");
    }
    for (int v = version + 1; v <= CURRENT; v++) {
      String sql = script(vendor, SCRIPTS[v - 1]);
      boolean auto = c.getAutoCommit();
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        for (String part : sql.split(";\\s*\\n")) {
          String stmt = part.replaceAll("(?m)^--.*$", "").strip();
          if (!stmt.isEmpty()) s.execute(stmt);
        }
        s.execute("INSERT INTO schema_version VALUES (" + v + ", current_timestamp)");
        c.commit();
      } catch (SQLException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(auto);
      }
    }
    return current(c);
  }

  /**
   * For a database opened read-only: it must already be at this Entwine's schema, since it cannot
   * be migrated.
   */
  static void requireCurrent(Connection c, java.nio.file.Path file) throws SQLException {
    int version;
    try {
      version = current(c);
    } catch (SQLException e) {
      throw new SQLException(
          "it is read-only and holds no Entwine schema: open it once writable to prepare it", e);
    }
    if (version != CURRENT) {
      throw new SQLException(
          "it is read-only and has schema version "
              + version
              + ", not "
              + CURRENT
              + ": open it once writable with this Entwine to upgrade it");
    }
  }

  private static int current(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
      r.next();
      return r.getInt(1);
    }
  }

  private static String script(String vendor, String name) {
    String path = "db/" + vendor + "/" + name;
    try (InputStream in = Migrations.class.getResourceAsStream(path)) {
      if (in == null) throw new IllegalStateException("missing migration " + path);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read migration " + path, e);
    }
  }
}
