package org.entwine.datasets.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entwine.datasets.Progress;
import org.entwine.events.CameoFamily;
import org.entwine.events.RelationMonth;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The ICEWS reader's relation-months equal DuckDB SQL's over the real Dataverse file; bad rows are
 * put aside.
 */
class IcewsEventsTest {
  @TempDir Path dir;

  @ParameterizedTest
  @MethodSource("org.entwine.datasets.events.RealFiles#forms")
  void theSeriesEqualWhatDuckDbSqlComputesFromTheSameFile(RealFiles.Form form) throws Exception {
    Path file = RealFiles.file(form, RealFiles.ICEWS);
    IcewsEvents.Result mine =
        IcewsEvents.read(EventFiles.inputs(List.of(file)), null, null, Progress.NONE);
    assertThat(mine.quarantine()).isEmpty();
    Map<String, RelationMonth> byKey = new HashMap<>();
    mine.series()
        .results()
        .forEach(r -> byKey.put(r.actor() + "|" + r.partner() + "|" + r.month().packed(), r));
    // QuadClass written here from the CAMEO root independently of QuadClass.ofRoot
    String sql =
        "WITH e AS (SELECT DISTINCT ON (\"Event ID\") \"Source Country\" AS a, \"Target Country\""
            + " AS b, year(\"Event Date\") * 100 + month(\"Event Date\") AS ym, CAST(substr(\"CAMEO"
            + " Code\", 1, 2) AS INTEGER) AS root, \"CAMEO Code\" AS code, \"Intensity\" AS g FROM"
            + " read_csv('"
            + file
            + "', delim = '\\t', header = true, nullstr = 'NA', quote = '', types = {'CAMEO Code':"
            + " 'VARCHAR'}) WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b) SELECT a, b, ym,"
            + " count(*), count(*) FILTER (root <= 5), count(*) FILTER (root BETWEEN 6 AND 9),"
            + " count(*) FILTER (root BETWEEN 10 AND 14), count(*) FILTER (root >= 15), sum(g),"
            + " count(*) FILTER (code LIKE '03%'), count(*) FILTER (code LIKE '04%'), count(*)"
            + " FILTER (code LIKE '042%'), count(*) FILTER (code LIKE '043%'), count(*) FILTER"
            + " (code LIKE '057%'), count(*) FILTER (code LIKE '06%'), count(*) FILTER (code LIKE"
            + " '07%') FROM e GROUP BY a, b, ym";
    int compared = 0;
    long visits = 0;
    try (var c = DriverManager.getConnection("jdbc:duckdb:");
        var r = c.createStatement().executeQuery(sql)) {
      while (r.next()) {
        String key = r.getString(1) + "|" + r.getString(2) + "|" + r.getInt(3);
        RelationMonth x = byKey.get(key);
        assertThat(x).as(key).isNotNull();
        assertThat(x.events()).as(key).isEqualTo(r.getLong(4));
        assertThat(x.quad())
            .as(key)
            .containsExactly(r.getLong(5), r.getLong(6), r.getLong(7), r.getLong(8));
        assertThat(x.goldsteinSum()).as(key).isCloseTo(r.getDouble(9), within(1e-9));
        long[] families = new long[CameoFamily.values().length];
        for (int i = 0; i < families.length; i++) families[i] = r.getLong(10 + i);
        assertThat(x.families()).as(key).containsExactly(families);
        visits += families[CameoFamily.VISIT.ordinal()];
        compared++;
      }
    }
    assertThat(compared)
        .isEqualTo(byKey.size())
        // 417 relation-months in two days of 2018; 79 in the excerpt's first 400 events
        .isGreaterThan(form == RealFiles.Form.FULL ? 400 : 70);
    assertThat(visits).isPositive();
    if (form == RealFiles.Form.FULL) {
      assertThat(byKey.get("Vietnam|Bangladesh|201806").events()).isPositive();
    }
  }

  @ParameterizedTest
  @MethodSource("org.entwine.datasets.events.RealFiles#forms")
  void badRowsAreQuarantinedWithTheirLineAndAnEventIdCountsOnce(RealFiles.Form form)
      throws Exception {
    Path file = RealFiles.file(form, RealFiles.ICEWS);
    List<String> lines = new ArrayList<>(Files.readAllLines(file));
    lines.set(5, lines.get(5).replaceFirst("\t0(\\d\\d)\t", "\t99$1\t"));
    lines.set(6, lines.get(6).replaceFirst("2018-06-0", "2018-13-0"));
    lines.set(7, lines.get(7).substring(0, lines.get(7).lastIndexOf('\t')));
    lines.add(lines.get(10)); // the same event again
    Path bad = Files.write(dir.resolve("events.tab"), lines);
    IcewsEvents.Result r =
        IcewsEvents.read(EventFiles.inputs(List.of(bad)), null, null, Progress.NONE);
    assertThat(r.quarantine()).hasSize(3);
    assertThat(r.quarantine().get(0))
        .startsWith(bad + ":6: CAMEO Code: expected a CAMEO code with a root from 01 to 20");
    assertThat(r.quarantine().get(1))
        .startsWith(bad + ":7: Event Date: expected a real date YYYY-MM-DD from 1900 to")
        .contains("'2018-13-0");
    assertThat(r.quarantine().get(2))
        .isEqualTo(bad + ":8: expected 20 tab-separated fields, as the header has, got 19");
    assertThat(r.duplicates()).isEqualTo(1);
  }
}
