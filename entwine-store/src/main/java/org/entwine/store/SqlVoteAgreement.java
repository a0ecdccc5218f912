package org.entwine.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * UN General Assembly voting agreement for every pair and year computed by DuckDB SQL straight from
 * the unvotes CSV files: the peer Entwine's own computation is benchmarked and checked against.
 */
public final class SqlVoteAgreement {
  private SqlVoteAgreement() {}

  /** One pair-year; {@code a} and {@code b} are the file's codes (ISO alpha-2, or the name where the code is empty). */
  public record Row(String a, String b, int year, long votes, double agreement, Double kappa) {}

  public static List<Row> compute(Path votes, Path rollCalls) {
    String sql = """
        WITH calls AS (
          SELECT rcid, year(CAST(date AS DATE)) AS y FROM read_csv(?, header = true, all_varchar = true)
        ), votes AS (
          SELECT CAST(rcid AS INTEGER) AS rcid, coalesce(country_code, country) AS c,
                 CASE vote WHEN 'yes' THEN 0 WHEN 'abstain' THEN 1 ELSE 2 END AS v
          FROM read_csv(?, header = true, all_varchar = true)
        ), pairs AS (
          SELECT a.c AS a, b.c AS b, calls.y AS y, a.v AS va, b.v AS vb
          FROM votes a JOIN votes b ON a.rcid = b.rcid AND a.c < b.c
          JOIN calls ON CAST(calls.rcid AS INTEGER) = a.rcid
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
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        var p = c.prepareStatement(sql)) {
      p.setString(1, rollCalls.toString());
      p.setString(2, votes.toString());
      List<Row> out = new ArrayList<>();
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          double po = r.getDouble(5);
          double pe = r.getDouble(6);
          out.add(new Row(r.getString(1), r.getString(2), r.getInt(3), r.getLong(4), po,
              pe >= 1.0 ? null : (po - pe) / (1.0 - pe)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("DuckDB could not compute the vote agreement: " + e.getMessage(), e);
    }
  }

  /** The number of cores DuckDB uses here (for the report). */
  public static int threads() {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT current_setting('threads')")) {
      r.next();
      return r.getInt(1);
    } catch (SQLException e) {
      return -1;
    }
  }
}
