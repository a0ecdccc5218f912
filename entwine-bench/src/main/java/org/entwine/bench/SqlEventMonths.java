package org.entwine.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.entwine.events.CameoFamily;
import org.entwine.events.RelationMonth;
import org.entwine.storage.StoreException;
import org.entwine.store.DuckDbStore;

/**
 * Relation-month series computed by DuckDB SQL straight from GDELT export files: the peer Entwine's
 * fast reader is benchmarked and checked against. The query is written as an analyst who knows
 * DuckDB would write it: every column named and typed (no sniffing), no quoting (GDELT has none),
 * an event id counted once ({@code DISTINCT ON}), and the relations grouped by pair and month.
 */
public final class SqlEventMonths {
  private SqlEventMonths() {}

  /**
   * What DuckDB computed, and how long the aggregation took (the reading of the result into Java
   * not counted).
   */
  public record Result(List<RelationMonth> series, double seconds) {}

  public static Result compute(List<Path> files) {
    List<String> reads = new ArrayList<>();
    for (Path f : files) reads.add(read(f, f));
    return aggregate(reads);
  }

  /**
   * The same over every file {@code glob} matches ({@code dir/*.CSV}), read by DuckDB as one: how
   * an analyst reads a directory of exports; {@code sample} is one of them, for its field count.
   */
  public static Result compute(String glob, Path sample) {
    return aggregate(List.of(read(Path.of(glob), sample)));
  }

  private static Result aggregate(List<String> reads) {
    String sql =
        "CREATE TEMP TABLE peer AS SELECT a, b, ym, count(*) AS events, count(*) FILTER (quad = 1)"
            + " AS q1, count(*) FILTER (quad = 2) AS q2, count(*) FILTER (quad = 3) AS q3, count(*)"
            + " FILTER (quad = 4) AS q4, sum(goldstein) AS g, sum(mentions) AS m, sum(sources) AS"
            + " s, sum(articles) AS ar, sum(tone) AS t, "
            + families()
            + " FROM (SELECT DISTINCT ON (id) * FROM ("
            + String.join(" UNION ALL ", reads)
            + ")"
            + " WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b) GROUP BY a, b, ym";
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      long t0 = System.nanoTime();
      s.execute(sql);
      double seconds = (System.nanoTime() - t0) / 1e9;
      List<RelationMonth> out = new ArrayList<>();
      try (ResultSet r = s.executeQuery("SELECT * FROM peer ORDER BY a, b, ym")) {
        while (r.next()) {
          out.add(DuckDbStore.relationMonth(r));
        }
      }
      return new Result(out, seconds);
    } catch (SQLException e) {
      throw new StoreException("DuckDB could not aggregate the events: " + e.getMessage(), e);
    }
  }

  /**
   * A count per CAMEO family, as an analyst would write it: the event code starts with the
   * family's.
   */
  private static String families() {
    StringBuilder out = new StringBuilder();
    for (CameoFamily f : CameoFamily.values()) {
      if (out.length() > 0) out.append(", ");
      out.append("count(*) FILTER (starts_with(code, '")
          .append(f.code())
          .append("')) AS ")
          .append(f.column());
    }
    return out.toString();
  }

  /**
   * A read_csv of one file, its columns named c0.. and those the series needs typed. GDELT 1.0
   * files mix 57-field rows (before April 2013) with 58-field ones (SOURCEURL added): DuckDB pads
   * the short ones.
   */
  private static String read(Path f, Path sample) {
    int first = fields(sample);
    boolean v1 = first == 57 || first == 58;
    int fields = v1 ? 58 : first;
    StringBuilder columns = new StringBuilder();
    for (int i = 0; i < fields; i++) {
      String type =
          switch (i) {
            case 0, 31, 32, 33 -> "BIGINT";
            case 2, 29 -> "INTEGER";
            case 30, 34 -> "DOUBLE";
            default -> "VARCHAR";
          };
      if (i > 0) columns.append(", ");
      columns.append("'c").append(i).append("': '").append(type).append("'");
    }
    return "SELECT c0 AS id, c2 AS ym, c7 AS a, c17 AS b, c26 AS code, c29 AS quad, c30 AS"
        + " goldstein, c31 AS mentions, c32 AS sources, c33 AS articles, c34 AS tone FROM"
        + " read_csv('"
        + f.toAbsolutePath().toString().replace("'", "''")
        + "', delim = '\\t', header = false, quote = '', escape = '', auto_detect = false,"
        + (v1 ? " null_padding = true," : "")
        + " columns = {"
        + columns
        + "})";
  }

  private static int fields(Path f) {
    try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
      String first = r.readLine();
      return first == null ? 0 : first.split("\t", -1).length;
    } catch (IOException e) {
      throw new StoreException("cannot read " + f + ": " + e.getMessage(), e);
    }
  }

  /** The number of cores DuckDB uses here (for the report). */
  public static int threads() {
    return SqlVoteAgreement.threads();
  }
}
