package org.entwine.datasets.readers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.entwine.datasets.Dataset;
import org.entwine.datasets.Progress;
import org.entwine.testing.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The yearly UN vote files as published (../shared/data), read whole from their folder: the data
 * README's figures for Vietnam, and every repair of the scrape named.
 */
class UngaYearlyRealFileTest {
  static final String FILE = UnVoteRecordsTest.YEARLY.toString();
  static Path folder;
  static Map<String, Double> values = new HashMap<>();
  static Dataset.Result result;

  @BeforeAll
  static void read() {
    if (!SharedData.isHere(FILE)) return;
    folder = SharedData.require(FILE);
    result =
        new UngaYearly()
            .read(
                List.of(folder),
                ExampleRegistry.crosswalk(),
                o ->
                    values.put(
                        o.indicator() + "|" + o.actor() + "|" + o.partner() + "|" + o.period(),
                        o.value()),
                Progress.NONE);
  }

  /** Skips each test where it is absent (fails under CI): a skip in @BeforeAll counts no test. */
  @BeforeEach
  void requireTheFile() {
    SharedData.require(FILE);
  }

  /**
   * A member's column of a year's file, read apart from the reader: its cells by row, the scrape's
   * last row (no vote) included.
   */
  private static List<String> column(int year, String member) throws Exception {
    List<String> out = new ArrayList<>();
    try (CsvReader<CsvRecord> csv =
        CsvReader.builder().ofCsvRecord(folder.resolve(year + "_RAW_COIN.csv"))) {
      int at = -1;
      for (CsvRecord r : csv) {
        if (at < 0) at = r.getFields().indexOf(member);
        else out.add(r.getField(at));
      }
    }
    return out;
  }

  private static List<String> votes(int year, String member) throws Exception {
    List<String> all = column(year, member);
    return all.subList(0, all.size() - 1);
  }

  private static Map<String, Long> tally(List<String> cells) {
    Map<String, Long> n = new TreeMap<>();
    cells.forEach(c -> n.merge(c, 1L, Long::sum));
    return n;
  }

  /** Resolutions on which both cast a vote, and on how many they cast the same. */
  private static int[] common(List<String> a, List<String> b) {
    int both = 0;
    int same = 0;
    for (int i = 0; i < a.size(); i++) {
      if (!"YNA".contains(a.get(i)) || a.get(i).isEmpty()) continue;
      if (!"YNA".contains(b.get(i)) || b.get(i).isEmpty()) continue;
      both++;
      if (a.get(i).equals(b.get(i))) same++;
    }
    return new int[] {both, same};
  }

  @Test
  void theDataReadmesFiguresForVietnamIn2020And2021() throws Exception {
    // Vietnam 2020: 89 Y, 7 A, 3 N, 1 X; 2021: 77 Y, 6 A, 2 N, 1 X (../shared/data/README.md)
    assertThat(tally(votes(2020, "VIET NAM")))
        .isEqualTo(Map.of("Y", 89L, "A", 7L, "N", 3L, "X", 1L));
    assertThat(tally(votes(2021, "VIET NAM")))
        .isEqualTo(Map.of("Y", 77L, "A", 6L, "N", 2L, "X", 1L));
    // The README has Vietnam cast the same vote as China on 80 (2021: 66) and as the United
    // States on 17 (2021: 20): the cells that are equal in every row, the scrape's last row too,
    // where both are blank. Over the resolutions, one fewer: 79 (65), 16 (19).
    int[][] expected = {{2020, 80, 17}, {2021, 66, 20}};
    for (int[] e : expected) {
      int year = e[0];
      assertThat(equalCells(column(year, "VIET NAM"), column(year, "CHINA"))).isEqualTo(e[1]);
      assertThat(equalCells(column(year, "VIET NAM"), column(year, "UNITED STATES")))
          .isEqualTo(e[2]);
      var china = common(votes(year, "VIET NAM"), votes(year, "CHINA"));
      var usa = common(votes(year, "VIET NAM"), votes(year, "UNITED STATES"));
      assertThat(china[1]).isEqualTo(e[1] - 1);
      assertThat(usa[1]).isEqualTo(e[2] - 1);
      assertThat(values.get("unga-yearly.votes|CHN|VNM|" + year)).isEqualTo((double) china[0]);
      assertThat(values.get("unga-yearly.agreement|CHN|VNM|" + year))
          .isCloseTo((double) china[1] / china[0], within(1e-12));
      assertThat(values.get("unga-yearly.votes|USA|VNM|" + year)).isEqualTo((double) usa[0]);
      assertThat(values.get("unga-yearly.agreement|USA|VNM|" + year))
          .isCloseTo((double) usa[1] / usa[0], within(1e-12));
    }
  }

  private static long equalCells(List<String> a, List<String> b) {
    long n = 0;
    for (int i = 0; i < a.size(); i++) if (a.get(i).equals(b.get(i))) n++;
    return n;
  }

  @Test
  void everyFileIsReadWithItsRepairsNamedAndNoNameLeftUnmapped() {
    assertThat(result.rows()).isEqualTo(2_341);
    assertThat(result.unmapped()).isEmpty();
    assertThat(result.records().indicators().get(0).coveredFrom()).isEqualTo(1992);
    assertThat(result.records().indicators().get(0).coveredTo()).isEqualTo(2022);
    assertThat(result.notes())
        .containsEntry(UngaYearly.NOTE_JUNK, 31L)
        .containsKey(
            "2014_RAW_COIN.csv: column 'y SAUDI ARABIA' read as SAUDI ARABIA (a scraping"
                + " artefact: 'y ' before the name)")
        .containsKey(
            "2016_RAW_COIN.csv: column 'y LAO PEOPLE'S DEMOCRATIC REPUBLIC' read as LAO PEOPLE'S"
                + " DEMOCRATIC REPUBLIC (a scraping artefact: 'y ' before the name)")
        .containsKey(
            "1997_RAW_COIN.csv: columns DEMOCRATIC REPUBLIC OF THE CONGO and ZAIRE are one"
                + " member (COD): read as one")
        .containsKey("2004_RAW_COIN.csv: SERBIA read as the seat of Serbia and Montenegro");
    // Serbia and Montenegro's seat is the registry's Yugoslavia to 2005, Serbia's from 2006
    assertThat(values).containsKey("unga-yearly.agreement|VNM|YUG|2005");
    assertThat(values).doesNotContainKey("unga-yearly.agreement|SRB|VNM|2005");
    assertThat(values).containsKey("unga-yearly.agreement|SRB|VNM|2006");
  }
}
