package org.entwine.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entwine.datasets.GdeltEvents;
import org.entwine.events.RelationMonth;
import org.junit.jupiter.api.Test;

/** The GDELT reader's relation-month series equal DuckDB SQL's over the same real files. */
class GdeltEventsTest {
  private static final List<String> FILES = List.of(
      "gdelt/arekziobrowski+gdelt-big-data/20191024143000.export.CSV",
      "gdelt/epournaras+DIAS-GDELT/20180326044500.export.CSV",
      "gdelt/reed9999+gdelt-demo/events.csv");

  @Test
  void theSeriesEqualThoseDuckDbComputesFromTheSameFiles() throws Exception {
    List<Path> files = FILES.stream().map(SharedData::require).toList();
    GdeltEvents.Result mine = GdeltEvents.read(files);
    Map<String, RelationMonth> byKey = new HashMap<>();
    mine.series().results().forEach(r -> byKey.put(r.actor() + "|" + r.partner() + "|" + r.month(), r));
    assertThat(mine.quarantine()).isEmpty();
    String union = String.join(" UNION ALL ", files.stream().map(f ->
        "SELECT column00 AS id, column02 AS month, column07 AS a, column17 AS b, column29 AS quad, column30 AS g, column31 AS m,"
            + " column32 AS s, column33 AS ar, column34 AS t FROM read_csv('" + f + "', delim = '\\t', header = false,"
            + " all_varchar = true, null_padding = true)").toList());
    String sql = "WITH e AS (SELECT DISTINCT ON (id) * FROM (" + union + ") WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b)"
        + " SELECT a, b, CAST(month AS INTEGER), count(*), sum(CASE WHEN quad = '1' THEN 1 ELSE 0 END),"
        + " sum(CASE WHEN quad = '4' THEN 1 ELSE 0 END), sum(CAST(g AS DOUBLE)), sum(CAST(m AS BIGINT)), sum(CAST(t AS DOUBLE))"
        + " FROM e GROUP BY a, b, month";
    int compared = 0;
    try (var c = DriverManager.getConnection("jdbc:duckdb:"); var r = c.createStatement().executeQuery(sql)) {
      while (r.next()) {
        RelationMonth x = byKey.get(r.getString(1) + "|" + r.getString(2) + "|" + r.getInt(3));
        assertThat(x).as(r.getString(1) + "-" + r.getString(2) + " " + r.getInt(3)).isNotNull();
        assertThat(x.events()).isEqualTo(r.getLong(4));
        assertThat(x.quad()[0]).isEqualTo(r.getLong(5));
        assertThat(x.quad()[3]).isEqualTo(r.getLong(6));
        assertThat(x.goldsteinSum()).isCloseTo(r.getDouble(7), within(1e-9));
        assertThat(x.mentions()).isEqualTo(r.getLong(8));
        assertThat(x.toneSum()).isCloseTo(r.getDouble(9), within(1e-9));
        compared++;
      }
    }
    assertThat(compared).isEqualTo(byKey.size()).isGreaterThan(400); // 417 relation-months in these three files
  }

  @Test
  void theSameEventIdCountsOnceAndBrokenRowsAreQuarantinedWithTheirLine() throws Exception {
    Path src = SharedData.require("gdelt/epournaras+DIAS-GDELT/20180326044500.export.CSV");
    List<String> lines = Files.readAllLines(src);
    Path dir = Files.createTempDirectory("gdelt");
    Path twice = Files.write(dir.resolve("twice.CSV"), lines);
    GdeltEvents.Result once = GdeltEvents.read(List.of(src));
    GdeltEvents.Result again = GdeltEvents.read(List.of(src, twice));
    assertThat(again.series().results()).usingRecursiveFieldByFieldElementComparator().isEqualTo(once.series().results());
    assertThat(again.series().duplicates()).isEqualTo(once.relationEvents());
    String broken = lines.get(5).replaceFirst("\t[^\t]*$", "");
    Path bad = Files.write(dir.resolve("bad.CSV"), List.of(lines.get(0), broken, lines.get(2).replace("\t4\t", "\tfour\t")));
    GdeltEvents.Result b = GdeltEvents.read(List.of(bad));
    assertThat(b.quarantine()).anySatisfy(q -> assertThat(q).contains("bad.CSV:2: expected 57, 58 or 61 fields, got 60"));
  }

  @Test
  void aFileThatIsNotAnEventExportIsRefused() throws Exception {
    Path f = Files.writeString(Files.createTempDirectory("gdelt").resolve("notes.csv"), "a,b,c\n1,2,3\n");
    assertThatThrownBy(() -> GdeltEvents.read(List.of(f))).hasMessageContaining("not a GDELT event export");
  }
}
