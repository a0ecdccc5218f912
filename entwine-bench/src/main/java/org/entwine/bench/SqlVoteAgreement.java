package org.entwine.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.entwine.storage.StoreException;

/**
 * UN General Assembly voting agreement for every pair and year computed by DuckDB SQL straight from
 * the unvotes CSV files: the peer Entwine's own computation is benchmarked and checked against.
 */
public final class SqlVoteAgreement {
  private SqlVoteAgreement() {}

  /** One pair-year of two actors ({@code a} before {@code b}). */
  public record Row(String a, String b, int year, long votes, double agreement, Double kappa) {}

  /**
   * Which actor a key of the file (its ISO alpha-2 code, or the country's name where the code is
   * empty) stands for on the days after {@code after} (null: from the start) up to {@code until}
   * (null: to this day): the file keeps one code for a seat its successor continued (Yugoslavia's
   * YU, Serbia's after 2006), and Entwine counts each day's votes for the actor standing then.
   */
  public record Standing(
      String key, java.time.LocalDate after, java.time.LocalDate until, String actor) {}

  /**
   * The keys the votes file names its countries by (the code, or the name where the code is empty).
   */
  public static List<String> keys(Path votes) {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        var p =
            c.prepareStatement(
                "SELECT DISTINCT coalesce(country_code, country) FROM read_csv(?, header = true,"
                    + " all_varchar = true)")) {
      p.setString(1, votes.toString());
      List<String> out = new ArrayList<>();
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) out.add(r.getString(1));
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException(
          "DuckDB could not read the countries of " + votes + ": " + e.getMessage(), e);
    }
  }

  /**
   * Every pair-year's agreement, the file's keys mapped to actors by {@code standing} (a key it
   * does not map is left out).
   */
  public static List<Row> compute(Path votes, Path rollCalls, List<Standing> standing) {
    String sql =
        """
        WITH calls AS (
          SELECT CAST(rcid AS INTEGER) AS rcid, CAST(date AS DATE) AS d FROM read_csv(?, header = true, all_varchar = true)
        ), votes AS (
          SELECT CAST(rcid AS INTEGER) AS rcid, coalesce(country_code, country) AS k,
                 CASE vote WHEN 'yes' THEN 0 WHEN 'abstain' THEN 1 ELSE 2 END AS v
          FROM read_csv(?, header = true, all_varchar = true)
        ), voted AS (
          SELECT votes.rcid, s.actor AS c, votes.v, year(calls.d) AS y
          FROM votes JOIN calls ON calls.rcid = votes.rcid
          JOIN standing s ON s.k = votes.k AND (s.after IS NULL OR calls.d > s.after) AND (s.until IS NULL OR calls.d <= s.until)
        ), pairs AS (
          SELECT a.c AS a, b.c AS b, a.y AS y, a.v AS va, b.v AS vb
          FROM voted a JOIN voted b ON a.rcid = b.rcid AND a.c < b.c
        ), counts AS (
          SELECT a, b, y, count(*) AS n, sum(CASE WHEN va = vb THEN 1 ELSE 0 END) AS same,
                 sum(CASE WHEN va = 0 THEN 1 ELSE 0 END) AS a0, sum(CASE WHEN va = 1 THEN 1 ELSE 0 END) AS a1,
                 sum(CASE WHEN va = 2 THEN 1 ELSE 0 END) AS a2, sum(CASE WHEN vb = 0 THEN 1 ELSE 0 END) AS b0,
                 sum(CASE WHEN vb = 1 THEN 1 ELSE 0 END) AS b1, sum(CASE WHEN vb = 2 THEN 1 ELSE 0 END) AS b2
          FROM pairs GROUP BY a, b, y
        )
        SELECT a, b, y, n, same / n AS po,
               (a0 * b0 + a1 * b1 + a2 * b2) / (n * n) AS pe
        FROM counts
        """;
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      try (Statement s = c.createStatement()) {
        s.execute("CREATE TABLE standing (k VARCHAR, after DATE, until DATE, actor VARCHAR)");
      }
      try (var appender =
          c.unwrap(org.duckdb.DuckDBConnection.class).createAppender("main", "standing")) {
        for (Standing x : standing) {
          appender.beginRow().append(x.key());
          if (x.after() == null) appender.appendNull();
          else appender.append(x.after());
          if (x.until() == null) appender.appendNull();
          else appender.append(x.until());
          appender.append(x.actor()).endRow();
        }
      }
      try (var p = c.prepareStatement(sql)) {
        p.setString(1, rollCalls.toString());
        p.setString(2, votes.toString());
        List<Row> out = new ArrayList<>();
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            double po = r.getDouble(5);
            double pe = r.getDouble(6);
            out.add(
                new Row(
                    r.getString(1),
                    r.getString(2),
                    r.getInt(3),
                    r.getLong(4),
                    po,
                    pe >= 1.0 ? null : (po - pe) / (1.0 - pe)));
          }
        }
        return out;
      }
    } catch (SQLException e) {
      throw new StoreException("DuckDB could not compute the vote agreement: " + e.getMessage(), e);
    }
  }

  /** The number of cores DuckDB uses here (for the report). */
  public static int threads() {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT current_setting('threads')")) {
      r.next();
      return r.getInt(1);
    } catch (SQLException e) {
      return -1;
    }
  }
}
