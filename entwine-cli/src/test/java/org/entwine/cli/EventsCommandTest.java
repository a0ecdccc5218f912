package org.entwine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.entwine.json.DomainJson;
import org.entwine.store.DuckDbStore;
import org.entwine.testing.SharedData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** entwine events load, series and bench on the real GDELT and ICEWS files. */
class EventsCommandTest {
  @TempDir Path dir;
  Path db;

  @BeforeEach
  void example() {
    db = dir.resolve("e.duckdb");
    assertThat(Cli.run(db, "init", "--registry-only").code()).isZero();
  }

  static final List<String> EVENT_FILES =
      List.of(
          "gdelt/arekziobrowski+gdelt-big-data/20191024143000.export.CSV",
          "gdelt/epournaras+DIAS-GDELT/20180326044500.export.CSV",
          "gdelt/reed9999+gdelt-demo/events.csv",
          "icews/andybega+icews/events.2018.sample.tab");

  /**
   * The four files in one form, with what that form holds, counted apart from Entwine (awk over the
   * files): the rows of each dataset's files, their relation events (distinct ids whose two
   * countries are given and differ), the ICEWS ones with an actor on both sides (the full file's
   * two with Western Sahara have none), and the relation-months stored, at least (the excerpts: 83
   * directed pair-months of GDELT whose codes map to actors, all but CAMEO EUR's, and 79 of ICEWS).
   */
  private record Held(
      String[] files,
      int gdeltRows,
      int gdeltEvents,
      int icewsRows,
      int icewsEvents,
      int icewsStored,
      int monthsAtLeast) {
    /** The full files where ../shared/data holds them all (always under CI), else the excerpts. */
    static Held atHand() {
      return EVENT_FILES.stream().allMatch(SharedData::isHere)
          ? new Held(paths(SharedData::require), 4_361, 839, 3_705, 1_741, 1_741 - 2, 701)
          : new Held(paths(SharedData::excerpt), 900, 114, 427, 237, 237, 83 + 79);
    }

    private static String[] paths(Function<String, Path> form) {
      return EVENT_FILES.stream().map(f -> form.apply(f).toString()).toArray(String[]::new);
    }
  }

  /** The CAMEO codebook's folder: in ../shared/data, else the committed copies of its two files. */
  private static String cameo() {
    String folder = "cameo/mpiccirilli+UNDP-BCPR-Project";
    SharedData.fullOrExcerpt(folder + "/CAMEO.goldsteinscale.txt");
    return SharedData.fullOrExcerpt(folder + "/CAMEO.eventcodes.txt").getParent().toString();
  }

  private Cli.Result load(String... paths) {
    List<String> args = new ArrayList<>(List.of("events", "load"));
    args.addAll(List.of(paths));
    args.addAll(List.of("--quarantine", dir.resolve("q.txt").toString(), "--cameo", cameo()));
    return Cli.run(db, args.toArray(String[]::new));
  }

  private Map<String, Long> counts() {
    try (DuckDbStore s = DuckDbStore.open(db)) {
      return s.counts();
    }
  }

  @Test
  void loadingStoresTheSeriesByActorAndLoadingAgainCountsNothingTwice() throws Exception {
    Held held = Held.atHand();
    Cli.Result first = load(held.files());
    assertThat(first.code()).as(first.err()).isZero();
    assertThat(first.out())
        .contains(
            String.format(
                Locale.ROOT,
                "loaded gdelt: 3 files, %,d rows, %,d relation events counted",
                held.gdeltRows(),
                held.gdeltEvents()))
        .contains(
            String.format(
                Locale.ROOT,
                "loaded icews: 1 file, %,d rows, %,d relation events counted",
                held.icewsRows(),
                held.icewsEvents()))
        .contains("CAMEO EUR")
        .contains("against the CAMEO codebook (311 codes)");
    Map<String, Long> after = counts();
    assertThat(after.get("event_months")).isGreaterThanOrEqualTo(held.monthsAtLeast());
    Cli.Result again = load(held.files());
    assertThat(again.out())
        .contains(
            String.format(
                Locale.ROOT,
                "0 relation events counted, %,d repeated event ids counted once",
                held.gdeltEvents()))
        .contains(
            String.format(
                Locale.ROOT,
                "0 relation events counted, %,d repeated event ids counted once",
                held.icewsEvents()));
    assertThat(counts().get("event_months")).isEqualTo(after.get("event_months"));
    JsonNode series =
        DomainJson.json()
            .readValue(
                Cli.run(
                        db,
                        "events",
                        "series",
                        "VNM",
                        "BGD",
                        "--dataset",
                        "icews",
                        "--format",
                        "json")
                    .out(),
                JsonNode.class);
    assertThat(series).hasSize(1);
    JsonNode june = series.get(0);
    assertThat(june.get("month").asText()).isEqualTo("2018-06");
    assertThat(june.get("events").asLong())
        .isEqualTo(june.get("fromVNM").asLong() + june.get("fromBGD").asLong())
        .isPositive();
    assertThat(june.get("shareVNM").asDouble()).isBetween(0.0, 1.0);
    assertThat(june.get("score").asDouble()).isBetween(-9.0, 9.0);
  }

  @Test
  void theSeriesCountTheCameoFamiliesAndAddUpByYear() throws Exception {
    assertThat(load(Held.atHand().files()).code()).isZero();
    JsonNode months =
        DomainJson.json()
            .readValue(
                Cli.run(
                        db,
                        "events",
                        "series",
                        "USA",
                        "CHN",
                        "--dataset",
                        "gdelt",
                        "--format",
                        "json")
                    .out(),
                JsonNode.class);
    JsonNode years =
        DomainJson.json()
            .readValue(
                Cli.run(
                        db,
                        "events",
                        "series",
                        "USA",
                        "CHN",
                        "--dataset",
                        "gdelt",
                        "--by",
                        "year",
                        "--format",
                        "json")
                    .out(),
                JsonNode.class);
    assertThat(years.size()).isLessThan(months.size());
    long consultations = 0;
    for (String column :
        List.of("events", "intent", "consult", "visit", "host", "sign", "cooperate", "aid")) {
      long byMonth = 0;
      long byYear = 0;
      for (JsonNode m : months) byMonth += m.get(column).asLong();
      for (JsonNode y : years) byYear += y.get(column).asLong();
      assertThat(byYear).as(column).isEqualTo(byMonth);
      if (column.equals("consult")) consultations = byMonth;
    }
    assertThat(consultations).as("the files hold consultations between the two").isPositive();
    for (JsonNode m : months) {
      assertThat(m.get("consult").asLong())
          .as("visits made and hosted are consultations")
          .isGreaterThanOrEqualTo(m.get("visit").asLong() + m.get("host").asLong());
    }
    assertThat(Cli.run(db, "events", "series", "USA", "CHN", "--by", "week").err())
        .contains("--by expects month or year");
  }

  @Test
  void theSeriesExportAsParquetAndCsvThatReadBackWhole() throws Exception {
    Held held = Held.atHand();
    assertThat(load(held.files()).code()).isZero();
    long stored = counts().get("event_months");
    Path parquet = dir.resolve("months.parquet");
    Path csv = dir.resolve("icews.csv");
    assertThat(Cli.run(db, "events", "export", "--out", parquet.toString()).out())
        .contains("wrote " + String.format("%,d", stored));
    assertThat(
            Cli.run(db, "events", "export", "--out", csv.toString(), "--dataset", "icews").code())
        .isZero();
    try (var c = java.sql.DriverManager.getConnection("jdbc:duckdb:");
        var s = c.createStatement()) {
      var r =
          s.executeQuery(
              "SELECT count(*), sum(events) FILTER (dataset = 'icews') FROM read_parquet('"
                  + parquet
                  + "')");
      r.next();
      assertThat(r.getLong(1)).isEqualTo(stored);
      assertThat(r.getLong(2)).isEqualTo(held.icewsStored());
      r =
          s.executeQuery(
              "SELECT count(*), min(dataset), max(dataset) FROM read_csv('" + csv + "')");
      r.next();
      assertThat(r.getLong(1)).isPositive().isLessThan(stored);
      assertThat(r.getString(2)).isEqualTo("icews");
      assertThat(r.getString(3)).isEqualTo("icews");
    }
    assertThat(Cli.run(db, "events", "export", "--out", dir.resolve("x.xlsx").toString()).err())
        .contains(".parquet or .csv");
  }

  @Test
  void aFileThatIsNotAnEventFileStopsTheLoadAndNothingIsStored() throws Exception {
    Map<String, Long> before = counts();
    Path notes = Files.writeString(dir.resolve("notes.txt"), "a note, not events\n");
    List<String> args = new ArrayList<>(List.of(Held.atHand().files()));
    args.add(notes.toString());
    Cli.Result r = load(args.toArray(String[]::new));
    assertThat(r.code()).isNotZero();
    assertThat(r.err()).contains("notes.txt:1").contains("not an event file");
    assertThat(counts()).isEqualTo(before);
  }

  @Test
  void badRowsGoToTheQuarantineFileAndTheRestLoads() throws Exception {
    Path src = SharedData.excerpt("gdelt/epournaras+DIAS-GDELT/20180326044500.export.CSV");
    List<String> lines = new ArrayList<>(Files.readAllLines(src));
    lines.set(3, lines.get(3).replaceFirst("\t[^\t]*$", ""));
    Path bad = Files.write(dir.resolve("bad.export.CSV"), lines);
    Cli.Result r = load(bad.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("1 bad rows put aside");
    assertThat(Files.readAllLines(dir.resolve("q.txt")))
        .containsExactly(bad + ":4: expected 57, 58 or 61 tab-separated fields, got 60");
  }

  @Test
  void theEventRecordStandsBesideTheDegreeInBriefAndAssess() throws Exception {
    assertThat(
            load(SharedData.fullOrExcerpt("icews/andybega+icews/events.2018.sample.tab").toString())
                .code())
        .isZero();
    // In the file (and its excerpt, which keeps every event between the two): 21 events from
    // Vietnam to Japan and 13 from Japan to Vietnam, all on 1-2 June 2018; Japan's 13 are verbal
    // cooperation (CAMEO roots 03, 04, 05), none material.
    Cli.Result brief = Cli.run(db, "brief", "VNM", "JPN", "--as-of", "2018-12-31");
    assertThat(brief.code()).as(brief.err()).isZero();
    assertThat(brief.out())
        .contains("event data (icews, 2014-01 to 2018-12): 34 events in 1 month;")
        .contains("deeds to words: 0% of JPN's cooperation with VNM was material")
        .contains("stability: too sparse (1 months with events; 12 needed)");
    JsonNode rows =
        DomainJson.json()
            .readValue(
                Cli.run(db, "assess", "VNM", "--as-of", "2018-12-31", "--format", "json").out(),
                JsonNode.class);
    JsonNode jpn = null;
    for (JsonNode r : rows.get("partners")) if (r.get("partner").asText().equals("JPN")) jpn = r;
    assertThat(jpn).isNotNull();
    assertThat(rows.get("eventDataset").asText()).isEqualTo("icews");
    assertThat(jpn.at("/events/deedsToWords").asDouble()).isZero();
    assertThat(jpn.at("/events/latestScore").asDouble()).isBetween(0.0, 9.0);
    assertThat(jpn.at("/events/swings").isNull() || jpn.at("/events/swings").isMissingNode())
        .as("too sparse for stability")
        .isTrue();
  }

  @Test
  void aSeriesNobodyLoadedSaysSo() {
    Cli.Result r = Cli.run(db, "events", "series", "VNM", "CHN");
    assertThat(r.code()).isEqualTo(ExitCodes.NOT_FOUND);
    assertThat(r.err()).contains("no events are loaded").contains("entwine events load");
  }

  @Test
  void aQuarantineFileThatCannotBeWrittenStopsTheLoadBeforeAnythingIsStored() throws Exception {
    Map<String, Long> before = counts();
    Path src = SharedData.excerpt("gdelt/epournaras+DIAS-GDELT/20180326044500.export.CSV");
    List<String> lines = new ArrayList<>(Files.readAllLines(src));
    lines.set(3, lines.get(3).replaceFirst("\t[^\t]*$", ""));
    Path bad = Files.write(dir.resolve("bad.export.CSV"), lines);
    Cli.Result r =
        Cli.run(
            db,
            "events",
            "load",
            bad.toString(),
            "--quarantine",
            dir.resolve("no/such/folder/q.txt").toString());
    assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err())
        .contains("cannot write the quarantine file")
        .contains("does not exist")
        .contains("nothing was loaded");
    assertThat(counts()).isEqualTo(before);
  }

  @Test
  void aGdeltFileWithWindowsLineEndsLoadsAsTheSameFileWithout() throws Exception {
    Path src = SharedData.excerpt("gdelt/epournaras+DIAS-GDELT/20180326044500.export.CSV");
    Path crlf =
        Files.writeString(
            dir.resolve("crlf.export.CSV"), Files.readString(src).replace("\n", "\r\n"));
    Cli.Result r = load(crlf.toString());
    assertThat(r.code()).as(r.err()).isZero();
    long months = counts().get("event_months");
    Path lf = dir.resolve("lf.duckdb");
    assertThat(Cli.run(lf, "init", "--registry-only").code()).isZero();
    assertThat(
            Cli.run(
                    lf,
                    "events",
                    "load",
                    src.toString(),
                    "--quarantine",
                    dir.resolve("q2.txt").toString())
                .code())
        .isZero();
    try (DuckDbStore s = DuckDbStore.open(lf)) {
      assertThat(s.counts().get("event_months")).isEqualTo(months).isPositive();
    }
    assertThat(r.out()).doesNotContain("bad rows");
  }

  @Test
  void aMonthOrAToneNoEventCanHaveIsPutAsideWithItsLine() throws Exception {
    Path src = SharedData.excerpt("gdelt/epournaras+DIAS-GDELT/20180326044500.export.CSV");
    List<String> lines = new ArrayList<>(Files.readAllLines(src));
    String[] f = lines.get(2).split("\t", -1);
    f[2] = "299901";
    lines.set(2, String.join("\t", f));
    // the tone is checked on a relation (both countries given, and different): the first such row
    // after line 3
    int k = 3;
    while (true) {
      f = lines.get(k).split("\t", -1);
      if (!f[7].isEmpty() && !f[17].isEmpty() && !f[7].equals(f[17])) break;
      k++;
    }
    f[34] = "1e308";
    lines.set(k, String.join("\t", f));
    int toneLine = k + 1;
    Path bad = Files.write(dir.resolve("bad.export.CSV"), lines);
    Cli.Result r = load(bad.toString());
    assertThat(r.code()).as(r.err()).isZero();
    List<String> quarantined = Files.readAllLines(dir.resolve("q.txt"));
    assertThat(quarantined)
        .anySatisfy(
            l ->
                assertThat(l)
                    .startsWith(bad + ":3: MonthYear: expected a month YYYYMM from 1900 to"));
    assertThat(quarantined)
        .anySatisfy(
            l ->
                assertThat(l)
                    .startsWith(
                        bad + ":" + toneLine + ": AvgTone: expected a number from -100 to 100"));
  }

  @Test
  void anIcewsNameWrittenInWindows1252IsReadAndMappedNotDropped() throws Exception {
    Path src = SharedData.fullOrExcerpt("icews/andybega+icews/events.2018.sample.tab");
    List<String> lines = Files.readAllLines(src);
    String row = lines.get(1).replace("\tBangladesh\t", "\tC\u00f4te d'Ivoire\t");
    assertThat(row).contains("C\u00f4te");
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    out.write((lines.get(0) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    out.write((row + "\n").getBytes(java.nio.charset.Charset.forName("windows-1252")));
    Path file = Files.write(dir.resolve("events.tab"), out.toByteArray());
    Cli.Result r = load(file.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("loaded icews: 1 file, 1 rows, 1 relation events counted")
        .doesNotContain("Ivoire");
    assertThat(Cli.run(db, "events", "series", "CIV", "VNM", "--dataset", "icews").out())
        .contains("2018-06");
  }

  /**
   * The real GDELT 2.0 file of 2019-10-24 14:30, cut into three 15-minute files zipped as GDELT
   * publishes them, and a masterfilelist naming those three and a fourth not downloaded.
   */
  private Path downloads() throws Exception {
    Path real =
        SharedData.fullOrExcerpt("gdelt/arekziobrowski+gdelt-big-data/20191024143000.export.CSV");
    List<String> lines = java.nio.file.Files.readAllLines(real);
    Path dl = dir.resolve("dl");
    java.nio.file.Files.createDirectories(dl);
    List<String> list = new ArrayList<>();
    String[] stamps = {"20191024143000", "20191024144500", "20191024150000", "20191024151500"};
    for (int k = 0; k < stamps.length; k++) {
      String name = stamps[k] + ".export.CSV.zip";
      var bytes = new java.io.ByteArrayOutputStream();
      try (var z = new java.util.zip.ZipOutputStream(bytes)) {
        z.putNextEntry(new java.util.zip.ZipEntry(stamps[k] + ".export.CSV"));
        int third = lines.size() / 3;
        for (String l : lines.subList(Math.min(k, 2) * third, Math.min(k + 1, 3) * third))
          z.write((l + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }
      byte[] zip = bytes.toByteArray();
      if (k < 3) java.nio.file.Files.write(dl.resolve(name), zip);
      String md5 =
          java.util.HexFormat.of()
              .formatHex(java.security.MessageDigest.getInstance("MD5").digest(zip));
      list.add(zip.length + " " + md5 + " http://data.gdeltproject.org/gdeltv2/" + name);
      list.add("1 " + md5 + " http://data.gdeltproject.org/gdeltv2/" + stamps[k] + ".gkg.csv.zip");
    }
    Path master = dl.resolve("masterfilelist.txt");
    java.nio.file.Files.write(master, list);
    return master;
  }

  private Cli.Result update(String... args) {
    List<String> all = new ArrayList<>(List.of("events", "update"));
    all.addAll(List.of(args));
    all.addAll(List.of("--quarantine", dir.resolve("q.txt").toString()));
    return Cli.run(db, all.toArray(String[]::new));
  }

  @Test
  void updateLoadsOnlyWhatIsNewTwiceAddsNothingAndAMonthNotLoadedWholeIsMissing() throws Exception {
    Path master = downloads();
    Cli.Result dry = update(master.toString(), "--dry-run");
    assertThat(dry.out())
        .contains("lists 4 exports")
        .contains("0 loaded before, 3 to load; 1 missing")
        .contains("missing: 20191024151500.export.CSV.zip")
        .contains("dry run: nothing stored");
    assertThat(counts().get("event_months")).isZero();

    Cli.Result first = update(master.toString());
    assertThat(first.code()).as(first.err()).isZero();
    assertThat(first.out())
        .contains("loaded gdelt: 3 files")
        .contains("2019-10: incomplete: 3 of its 4 files loaded");
    Map<String, Long> after = counts();
    assertThat(after.get("event_files")).isEqualTo(4);

    Cli.Result second = update(master.toString());
    assertThat(second.out()).contains("3 loaded before, 0 to load").contains("nothing to load");
    assertThat(counts()).as("running it twice adds nothing").isEqualTo(after);

    // the folder itself: the same files, known by name and MD5
    assertThat(update(master.getParent().toString()).out()).contains("nothing to load");

    // the month reads as missing, not as a month of fewer events
    Cli.Result series = Cli.run(db, "events", "series", "USA", "CHN", "--format", "json");
    assertThat(series.code()).as(series.err()).isZero();
    var months = org.entwine.json.DomainJson.json().readTree(series.out());
    assertThat(months).isNotEmpty();
    for (var m : months) {
      assertThat(m.get("files").asText()).isEqualTo("incomplete: 3 of its 4 files loaded");
      assertThat(m.get("events").isNull()).isTrue();
    }

    // a download cut short is refused by name, and nothing is stored
    java.nio.file.Files.write(
        master.resolveSibling("20191024144500.export.CSV.zip"), new byte[] {'P', 'K', 3, 4});
    Cli.Result broken = update(master.toString());
    assertThat(broken.code()).isNotZero();
    assertThat(broken.err())
        .contains("20191024144500.export.CSV.zip")
        .contains("a broken or partial download");
    assertThat(counts()).isEqualTo(after);
  }

  @Test
  void theSparkJobsOutputLoadsOnceAndIsRefusedWholeWhenItRepeatsAnEvent() throws Exception {
    // an output folder as entwine-spark writes it (its Parquet written here by DuckDB): two
    // relation-months of Vietnam and Japan, by CAMEO code, and the three event ids they count
    Path out = dir.resolve("spark-out");
    java.nio.file.Files.createDirectories(out.resolve("months/year=2019"));
    java.nio.file.Files.createDirectories(out.resolve("ids"));
    String families =
        java.util.Arrays.stream(org.entwine.events.CameoFamily.values())
            .map(f -> "0::BIGINT AS " + f.column())
            .collect(java.util.stream.Collectors.joining(", "));
    try (var c = java.sql.DriverManager.getConnection("jdbc:duckdb:");
        var st = c.createStatement()) {
      st.execute(
          "COPY (SELECT * FROM (VALUES ('VNM', 'JPN', 201910, 2::BIGINT), ('JPN', 'VNM', 201911,"
              + " 1::BIGINT)) t(actor, partner, month, events), LATERAL (SELECT events AS"
              + " verbal_cooperation, 0::BIGINT AS material_cooperation, 0::BIGINT AS"
              + " verbal_conflict, 0::BIGINT AS material_conflict, 3.5 AS goldstein_sum, events"
              + " AS mentions, events AS sources, events AS articles, 1.0 AS tone_sum, "
              + families
              + ")) TO '"
              + out.resolve("months/year=2019/part-0.parquet")
              + "' (FORMAT PARQUET)");
      st.execute(
          "COPY (SELECT * FROM (VALUES (11::BIGINT), (12), (13)) t(id)) TO '"
              + out.resolve("ids/part-0.parquet")
              + "' (FORMAT PARQUET)");
    }
    java.nio.file.Files.writeString(
        out.resolve("manifest.json"),
        "{\"format\": \"entwine-spark relation-months 1\", \"dataset\": \"gdelt\", \"spark\":"
            + " \"4.2.0\", \"rows\": 10, \"repeatedIds\": 0, \"quarantined\": 0, \"inputs\":"
            + " [\"file:/data/20191001000000.export.CSV.zip\"], \"sizes\": [1234]}");
    Cli.Result first = Cli.run(db, "events", "load", out.toString());
    assertThat(first.code()).as(first.err()).isZero();
    assertThat(first.out())
        .contains("loaded gdelt from the Spark job's output (Spark 4.2.0, 1 input files)")
        .contains("3 relation events counted")
        .contains("2 relation-months stored");
    Map<String, Long> after = counts();
    assertThat(after.get("event_files")).isEqualTo(1);
    Cli.Result again = Cli.run(db, "events", "load", out.toString());
    assertThat(again.code()).isNotZero();
    assertThat(again.err()).contains("3 of its events were counted by an earlier load");
    assertThat(counts()).isEqualTo(after);
  }
}
