package org.entwine.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.entwine.datasets.Progress;
import org.entwine.datasets.events.EventFiles;
import org.entwine.datasets.events.GdeltScan;
import org.entwine.events.CameoFamily;
import org.entwine.events.RelationMonth;
import org.entwine.testing.SharedData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job against the Java reader, row for row, in Spark's local mode with two threads: on
 * the real GDELT exports in ../shared/data (1.0 and 2.0), zipped and plain, or, in a clone without
 * them, on their committed excerpts (whole rows of the same files), and on files that repeat each
 * other's event ids.
 */
class EventMonthsTest {
  static SparkSession spark;
  @TempDir Path dir;

  @BeforeAll
  static void start() {
    spark =
        SparkSession.builder()
            .master("local[2]")
            .appName("entwine-spark test")
            .config("spark.ui.enabled", "false")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .config("spark.sql.shuffle.partitions", "4")
            .getOrCreate();
  }

  @AfterAll
  static void stop() {
    if (spark != null) spark.stop();
  }

  private static List<Path> real() {
    return List.of(
        SharedData.fullOrExcerpt("gdelt/arekziobrowski+gdelt-big-data/20191024143000.export.CSV"),
        SharedData.fullOrExcerpt("gdelt/epournaras+DIAS-GDELT/20180326044500.export.CSV"),
        SharedData.fullOrExcerpt("gdelt/reed9999+gdelt-demo/events.csv"));
  }

  @Test
  void theJobGivesTheJavaReadersRelationMonthsOnTheRealExports() throws Exception {
    List<Path> files = new ArrayList<>(real());
    // one zipped as GDELT publishes them
    Path zipped = dir.resolve("20180326044500.export.CSV.zip");
    zip(files.get(1), zipped);
    files.set(1, zipped);
    same(files);
  }

  @Test
  void anEventIdRepeatedAcrossFilesCountsOnceAsTheJavaReaderCountsIt() throws Exception {
    Path a =
        SharedData.fullOrExcerpt("gdelt/arekziobrowski+gdelt-big-data/20191024143000.export.CSV");
    List<String> lines = Files.readAllLines(a);
    // the second file repeats the first's second half and adds a broken row
    Path first = dir.resolve("a.export.CSV");
    Path second = dir.resolve("b.export.CSV");
    Files.write(first, lines);
    List<String> again = new ArrayList<>(lines.subList(lines.size() / 2, lines.size()));
    again.add("123\tnot a row");
    Files.write(second, again);
    var r = same(List.of(first, second));
    assertThat(r.duplicates()).isPositive();
    assertThat(r.quarantined()).isEqualTo(1);
  }

  /** Runs both on {@code files}; asserts the same relation-months and counts. */
  private EventMonths.Result same(List<Path> files) throws Exception {
    var java = GdeltScan.read(EventFiles.inputs(files), null, null, 2, Progress.NONE);
    String out = dir.resolve("out").toString();
    EventMonths.Result r =
        EventMonthsJob.run(spark, files.stream().map(Path::toString).toList(), out);
    List<RelationMonth> theirs = new ArrayList<>();
    for (Row row : spark.read().parquet(out + "/months").collectAsList()) theirs.add(month(row));
    theirs.sort(
        Comparator.comparing(RelationMonth::actor)
            .thenComparing(RelationMonth::partner)
            .thenComparing(RelationMonth::month));
    List<RelationMonth> mine = java.series();
    assertThat(theirs).hasSameSizeAs(mine);
    for (int i = 0; i < mine.size(); i++) {
      RelationMonth m = mine.get(i);
      RelationMonth t = theirs.get(i);
      assertThat(List.of(t.actor(), t.partner(), t.month(), t.events(), t.mentions(), t.sources()))
          .as("relation-month " + i)
          .isEqualTo(
              List.of(m.actor(), m.partner(), m.month(), m.events(), m.mentions(), m.sources()));
      assertThat(t.articles()).isEqualTo(m.articles());
      assertThat(t.quad()).containsExactly(m.quad());
      assertThat(t.families()).containsExactly(m.families());
      // sums in another order differ in the last bits
      assertThat(t.goldsteinSum())
          .isCloseTo(
              m.goldsteinSum(),
              org.assertj.core.data.Offset.offset(1e-9 * Math.max(1, Math.abs(m.goldsteinSum()))));
      assertThat(t.toneSum())
          .isCloseTo(
              m.toneSum(),
              org.assertj.core.data.Offset.offset(1e-9 * Math.max(1, Math.abs(m.toneSum()))));
    }
    assertThat(r.rows()).isEqualTo(java.rows());
    assertThat(r.relations()).isEqualTo(java.relations());
    assertThat(r.duplicates()).isEqualTo(java.duplicates());
    assertThat(r.quarantined()).isEqualTo(java.quarantined());
    assertThat(spark.read().parquet(out + "/ids").count()).isEqualTo(java.relations());
    assertThat(Files.readString(Path.of(out, EventMonthsJob.MANIFEST)))
        .contains(EventMonthsJob.FORMAT)
        .contains("\"relationEvents\" : " + java.relations());
    return r;
  }

  static RelationMonth month(Row r) {
    long[] quad = {
      r.getAs("verbal_cooperation"),
      r.getAs("material_cooperation"),
      r.getAs("verbal_conflict"),
      r.getAs("material_conflict")
    };
    long[] families = new long[CameoFamily.values().length];
    for (CameoFamily f : CameoFamily.values()) families[f.ordinal()] = r.getAs(f.column());
    return new RelationMonth(
        r.getAs("actor"),
        r.getAs("partner"),
        org.entwine.time.Month.ofPacked(r.<Integer>getAs("month")),
        r.<Long>getAs("events"),
        quad,
        r.<Double>getAs("goldstein_sum"),
        r.<Long>getAs("mentions"),
        r.<Long>getAs("sources"),
        r.<Long>getAs("articles"),
        r.<Double>getAs("tone_sum"),
        families);
  }

  private static void zip(Path plain, Path zip) throws Exception {
    try (var z = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
      z.putNextEntry(new java.util.zip.ZipEntry(plain.getFileName().toString()));
      Files.copy(plain, z);
    }
  }

  @Test
  void theJobsOutputLoadsIntoTheStoreAsTheFilesThemselvesLoad() throws Exception {
    List<Path> files = real();
    String out = dir.resolve("out").toString();
    EventMonthsJob.run(spark, files.stream().map(Path::toString).toList(), out);
    Path viaSpark = dir.resolve("spark.csv");
    Path viaJava = dir.resolve("java.csv");
    try (var store = org.entwine.store.DuckDbStore.open(dir.resolve("s.duckdb"))) {
      org.entwine.app.BundledExample.load(store);
      var output = org.entwine.app.SparkOutput.read(Path.of(out));
      assertThat(org.entwine.app.SparkOutput.is(Path.of(out))).isTrue();
      org.roaringbitmap.RoaringBitmap ids = new org.roaringbitmap.RoaringBitmap();
      output.ids(id -> ids.add((int) id));
      var load =
          new org.entwine.datasets.events.EventLoad(store, store.load().crosswalk(), null, 2);
      var report = load.addAggregated("gdelt", output.months(), ids, List.of(), out, "test");
      assertThat(report.months()).isPositive();
      // a second time: every event was counted already, and the output is refused whole
      var before = store.counts();
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> load.addAggregated("gdelt", output.months(), ids, List.of(), out, "test"))
          .hasMessageContaining("counted by an earlier load");
      assertThat(store.counts()).isEqualTo(before);
      store.exportEvents("gdelt", viaSpark);
    }
    try (var store = org.entwine.store.DuckDbStore.open(dir.resolve("j.duckdb"))) {
      org.entwine.app.BundledExample.load(store);
      new org.entwine.datasets.events.EventLoad(store, store.load().crosswalk(), null, 2)
          .load(EventFiles.inputs(files), dir.resolve("q.txt"), "test", Progress.NONE);
      store.exportEvents("gdelt", viaJava);
    }
    List<String> a = Files.readAllLines(viaSpark);
    List<String> b = Files.readAllLines(viaJava);
    // the full files give hundreds of relation-months, their 300-line excerpts dozens
    boolean full = SharedData.isHere("gdelt/reed9999+gdelt-demo/events.csv");
    assertThat(a).hasSameSizeAs(b).hasSizeGreaterThan(full ? 100 : 20);
    for (int i = 0; i < a.size(); i++) {
      String[] x = a.get(i).split(",", -1);
      String[] y = b.get(i).split(",", -1);
      for (int k = 0; k < x.length; k++) {
        if (x[k].equals(y[k])) continue;
        // a sum in another order differs in its last bits
        assertThat(Double.parseDouble(x[k]))
            .as(b.get(i))
            .isCloseTo(
                Double.parseDouble(y[k]),
                org.assertj.core.data.Offset.offset(
                    1e-9 * Math.max(1, Math.abs(Double.parseDouble(y[k])))));
      }
    }
  }

  @Test
  void theJobGivesTheIcewsReadersRelationMonthsOnTheRealSample() throws Exception {
    Path sample = SharedData.fullOrExcerpt("icews/andybega+icews/events.2018.sample.tab");
    var java =
        org.entwine.datasets.events.IcewsEvents.read(
            EventFiles.inputs(List.of(sample)), null, null, Progress.NONE);
    String out = dir.resolve("icews").toString();
    EventMonths.Result r = EventMonthsJob.run(spark, List.of(sample.toString()), out);
    assertThat(r.dataset()).isEqualTo("icews");
    List<RelationMonth> theirs = new ArrayList<>();
    for (Row row : spark.read().parquet(out + "/months").collectAsList()) theirs.add(month(row));
    theirs.sort(
        Comparator.comparing(RelationMonth::actor)
            .thenComparing(RelationMonth::partner)
            .thenComparing(RelationMonth::month));
    List<RelationMonth> mine = java.series().results();
    assertThat(theirs).hasSameSizeAs(mine).isNotEmpty();
    for (int i = 0; i < mine.size(); i++) {
      assertThat(theirs.get(i).actor() + theirs.get(i).partner() + theirs.get(i).month())
          .isEqualTo(mine.get(i).actor() + mine.get(i).partner() + mine.get(i).month());
      assertThat(theirs.get(i).events()).isEqualTo(mine.get(i).events());
      assertThat(theirs.get(i).quad()).containsExactly(mine.get(i).quad());
      assertThat(theirs.get(i).families()).containsExactly(mine.get(i).families());
      assertThat(theirs.get(i).goldsteinSum())
          .isCloseTo(mine.get(i).goldsteinSum(), org.assertj.core.data.Offset.offset(1e-9));
    }
    assertThat(r.rows()).isEqualTo(java.rows());
    assertThat(r.relations()).isEqualTo(java.relations());
    assertThat(r.duplicates()).isEqualTo(java.duplicates());
    assertThat(r.quarantined()).isEqualTo(java.quarantine().size());
    assertThat(Files.readString(Path.of(out, EventMonthsJob.MANIFEST)))
        .contains("\"dataset\" : \"icews\"");
  }
}
