package org.entwine.datasets.readers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.entwine.actor.Crosswalk;
import org.entwine.datasets.Dataset;
import org.entwine.datasets.Progress;
import org.entwine.evidence.Observation;
import org.entwine.testing.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The IMF DOTS reader on the whole published file (../shared/data): every label accounted for, the
 * data README's figures, and every total and share equal to what DuckDB SQL computes from the same
 * file by the same rule, written apart. Where the file is not here, the figures for Vietnam and its
 * trade with Cuba are read from the committed excerpt, which holds their rows, and the tests of the
 * whole file skip.
 */
class ImfDotsRealFileTest {
  static final String FILE =
      "trade/SamLeBlanc+Direction-of-Trade-Map/imf_dots_dyad_year_2000_2020.csv";

  /**
   * Economies in the file the registry has no actor for: territories and dependencies, not states
   * (Hong Kong and Macao among them: the registry keeps them in China's record neither as parts nor
   * apart).
   */
  static final Set<String> KNOWN_UNMAPPED =
      Set.of(
          "American Samoa",
          "Anguilla",
          "Aruba, Kingdom of the Netherlands",
          "Bermuda",
          "China, P.R.: Hong Kong",
          "China, P.R.: Macao",
          "Curaçao, Kingdom of the Netherlands",
          "Falkland Islands (Malvinas)",
          "Faroe Islands",
          "French Polynesia",
          "Gibraltar",
          "Greenland",
          "Guam",
          "Montserrat",
          "Netherlands Antilles",
          "New Caledonia",
          "Sint Maarten, Kingdom of the Netherlands");

  static Path file;
  static Set<String> labels = new TreeSet<>();
  static Map<String, Observation> kept = new HashMap<>();
  static Map<String, Long> bySource = new HashMap<>();
  static Dataset.Result result;

  @BeforeAll
  static void read() throws Exception {
    file = SharedData.fullOrExcerpt(FILE);
    try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(file)) {
      for (NamedCsvRecord r : csv) {
        labels.add(r.getField("reporter"));
        labels.add(r.getField("partner"));
      }
    }
    Set<String> focal = Set.of("VNM", "CUB", "USA", "CHN");
    result =
        new ImfDots()
            .read(
                List.of(file),
                ExampleRegistry.crosswalk(),
                o -> {
                  bySource.merge(o.indicator() + " " + o.source(), 1L, Long::sum);
                  if (focal.contains(o.actor()) && focal.contains(o.partner()))
                    kept.put(key(o.indicator(), o.actor(), o.partner(), o.period().toString()), o);
                },
                Progress.NONE);
  }

  private static String key(String indicator, String actor, String partner, Object year) {
    return indicator + "|" + actor + "|" + partner + "|" + year;
  }

  @Test
  void everyLabelIsAnEconomyTheRegistryKnowsAGroupAFormerEconomyOrAKnownTerritory() {
    SharedData.require(FILE); // of the whole file
    Crosswalk crosswalk = ExampleRegistry.crosswalk();
    Set<String> unaccounted = new TreeSet<>();
    Map<String, String> economies = new HashMap<>();
    for (String label : labels) {
      if (ImfDots.AGGREGATES.contains(label) || ImfDots.FORMER.contains(label)) continue;
      var actor = crosswalk.byName(label);
      if (actor.isPresent()) {
        String before = economies.put(actor.get(), label);
        assertThat(before).as("two labels for " + actor.get() + ": " + label).isNull();
      } else if (!KNOWN_UNMAPPED.contains(label)) {
        unaccounted.add(label);
      }
    }
    assertThat(unaccounted).as("labels neither mapped, grouped nor known unmapped").isEmpty();
    // the lists name what the file has, nothing it has not, and the known unmapped map to nothing
    assertThat(labels).containsAll(ImfDots.AGGREGATES).containsAll(ImfDots.FORMER);
    assertThat(labels).containsAll(KNOWN_UNMAPPED);
    assertThat(KNOWN_UNMAPPED).allSatisfy(l -> assertThat(crosswalk.byName(l)).isEmpty());
    assertThat(economies).hasSizeGreaterThanOrEqualTo(195);
    assertThat(result.unmapped().keySet())
        .containsExactlyInAnyOrderElementsOf(
            KNOWN_UNMAPPED.stream().map(l -> "name '" + l + "'").toList());
  }

  @Test
  void theDataReadmesFiguresForVietnam2020() {
    // Vietnam-reported 2020: exports to the United States 77,151, to China 49,095; imports from
    // China 84,374; US-reported imports from Vietnam 79,645 (../shared/data/README.md)
    assertThat(kept.get(key("imf.exports", "VNM", "USA", 2020)).value())
        .isCloseTo(77_151, within(0.5));
    assertThat(kept.get(key("imf.exports", "VNM", "CHN", 2020)).value())
        .isCloseTo(49_095, within(0.5));
    assertThat(kept.get(key("imf.imports", "VNM", "CHN", 2020)).value())
        .isCloseTo(84_374, within(0.5));
    assertThat(kept.get(key("imf.imports", "USA", "VNM", 2020)).value())
        .isCloseTo(79_645, within(0.5));
    assertThat(kept.get(key("imf.exports", "VNM", "USA", 2020)).source()).isEqualTo("imf-dots");
  }

  @Test
  void vietnamsTradeWithCubaAfter2010IsCubasMirrorReportCitedAsMirror() {
    // the file: Vietnam reports on Cuba to 2010 only; Cuba reports imports from Vietnam of
    // 197.055577 and exports of 1.733748 in 2020
    assertThat(kept).doesNotContainKey(key("imf.exports", "VNM", "CUB", 2020));
    Observation t = kept.get(key("imf.trade.total", "VNM", "CUB", 2020));
    assertThat(t.value()).isCloseTo(197.055577 + 1.733748, within(1e-9));
    assertThat(t.source()).isEqualTo("imf-dots-mirror");
    assertThat(kept.get(key("imf.trade.share", "VNM", "CUB", 2020)).source())
        .isEqualTo("imf-dots-mirror");
    assertThat(kept.get(key("imf.trade.total", "CUB", "VNM", 2020)).source()).isEqualTo("imf-dots");
  }

  @Test
  void theNicaraguaWorkbookGivenTwiceIsInTheFileOnce() throws Exception {
    SharedData.require(FILE); // of the whole file
    // DOTS_143 and DOTS_144 are both Nicaragua's (data README): the file has each of its
    // partner-years once, and the reader, which refuses a second row, read it whole
    Set<String> seen = new HashSet<>();
    int rows = 0;
    try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(file)) {
      for (NamedCsvRecord r : csv) {
        if (!r.getField("reporter").equals("Nicaragua")) continue;
        rows++;
        assertThat(seen.add(r.getField("partner") + "|" + r.getField("year")))
            .as(r.getField("partner") + " " + r.getField("year"))
            .isTrue();
      }
    }
    assertThat(rows).isGreaterThan(2_000);
    assertThat(result.rows()).isEqualTo(777_230);
  }

  @Test
  void everyTotalAndShareIsWhatDuckDbSqlComputesByTheSameRule() throws Exception {
    SharedData.require(FILE); // of the whole file
    Crosswalk crosswalk = ExampleRegistry.crosswalk();
    Map<String, Observation> mine = new HashMap<>();
    new ImfDots()
        .read(
            List.of(file),
            crosswalk,
            o -> {
              if (o.indicator().equals(ImfDots.TOTAL) || o.indicator().equals(ImfDots.SHARE))
                mine.put(key(o.indicator(), o.actor(), o.partner(), o.period()), o);
            },
            Progress.NONE);
    try (var c = DriverManager.getConnection("jdbc:duckdb:");
        var s = c.createStatement()) {
      s.execute("CREATE TABLE names (label VARCHAR, actor VARCHAR)");
      try (var insert = c.prepareStatement("INSERT INTO names VALUES (?, ?)")) {
        for (String label : labels) {
          if (ImfDots.AGGREGATES.contains(label) || ImfDots.FORMER.contains(label)) continue;
          var actor = crosswalk.byName(label);
          if (actor.isEmpty()) continue;
          insert.setString(1, label);
          insert.setString(2, actor.get());
          insert.addBatch();
        }
        insert.executeBatch();
      }
      // an amount and whether the IMF flags it as its estimate ("1,381.63 e")
      String amount = "CAST(replace(replace(%s, ' e', ''), ',', '') AS DOUBLE)";
      String estimated = "coalesce(%s LIKE '%% e', false)";
      s.execute(
          "CREATE TABLE rows AS SELECT reporter, partner, CAST(year AS INTEGER) AS year, "
              + amount.formatted("exports_fob_musd")
              + " AS ex, "
              + estimated.formatted("exports_fob_musd")
              + " AS ex_e, "
              + amount.formatted("imports_cif_musd")
              + " AS im, "
              + estimated.formatted("imports_cif_musd")
              + " AS im_e FROM read_csv('"
              + file
              + "', header = true, all_varchar = true)");
      s.execute(
          "CREATE TABLE f AS SELECT n1.actor AS a, n2.actor AS b, year, ex, ex_e, im, im_e FROM"
              + " rows JOIN names n1 ON reporter = n1.label JOIN names n2 ON partner = n2.label");
      s.execute(
          "CREATE TABLE w AS SELECT n.actor AS a, year, ex + im AS total, ex_e OR im_e AS e FROM"
              + " rows JOIN names n ON reporter = n.label WHERE partner = 'World'");
      // a flow: the actor's report, else the partner's, else an estimate (0, 1, 2)
      String pick =
          "CASE WHEN o.%1$s IS NOT NULL AND NOT o.%1$s_e THEN o.%1$s WHEN m.%2$s IS NOT NULL AND"
              + " NOT m.%2$s_e THEN m.%2$s ELSE coalesce(o.%1$s, m.%2$s) END AS %1$s, CASE WHEN"
              + " o.%1$s IS NOT NULL AND NOT o.%1$s_e THEN 0 WHEN m.%2$s IS NOT NULL AND NOT"
              + " m.%2$s_e THEN 1 ELSE 2 END AS %1$s_b";
      String sql =
          "WITH k AS (SELECT a, b, year FROM f UNION SELECT b, a, year FROM f), t AS (SELECT k.a,"
              + " k.b, k.year, "
              + pick.formatted("ex", "im")
              + ", "
              + pick.formatted("im", "ex")
              + " FROM k LEFT JOIN f o ON o.a = k.a AND o.b = k.b AND o.year = k.year LEFT JOIN"
              + " f m ON m.a = k.b AND m.b = k.a AND m.year = k.year) SELECT t.a, t.b, t.year,"
              + " ex + im, greatest(ex_b, im_b), 100 * (ex + im) / w.total,"
              + " greatest(ex_b, im_b, CASE WHEN w.e THEN 2 ELSE 0 END) FROM t LEFT JOIN w ON"
              + " w.a = t.a AND w.year = t.year AND w.total > 0 WHERE ex IS NOT NULL AND im IS"
              + " NOT NULL";
      String[] sources = {"imf-dots", "imf-dots-mirror", "imf-dots-estimate"};
      int totals = 0;
      int shares = 0;
      try (var r = s.executeQuery(sql)) {
        while (r.next()) {
          String pair = r.getString(1) + "|" + r.getString(2) + "|" + r.getInt(3);
          Observation t = mine.remove("imf.trade.total|" + pair);
          assertThat(t).as(pair).isNotNull();
          assertThat(t.value()).as(pair).isCloseTo(r.getDouble(4), within(1e-6));
          assertThat(t.source()).as(pair).isEqualTo(sources[r.getInt(5)]);
          totals++;
          r.getDouble(6);
          if (r.wasNull()) continue;
          Observation share = mine.remove("imf.trade.share|" + pair);
          assertThat(share).as("share " + pair).isNotNull();
          assertThat(share.value()).as(pair).isCloseTo(r.getDouble(6), within(1e-9));
          assertThat(share.source()).as(pair).isEqualTo(sources[r.getInt(7)]);
          shares++;
        }
      }
      assertThat(mine).as("what only Entwine gives").isEmpty();
      assertThat(totals).isGreaterThan(450_000);
      assertThat(shares).isGreaterThan(totals * 9 / 10);
    }
  }
}
