package org.entwine.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.entwine.datasets.Progress;
import org.entwine.datasets.events.EventFiles;
import org.entwine.datasets.events.GdeltScan;
import org.entwine.events.CameoFamily;
import org.entwine.events.RelationMonth;
import org.entwine.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fast GDELT reader gives what DuckDB SQL gives on the real exports, and the bench says so or
 * fails.
 */
class EventsBenchTest {
  private static final List<String> GDELT =
      List.of(
          "gdelt/arekziobrowski+gdelt-big-data/20191024143000.export.CSV",
          "gdelt/epournaras+DIAS-GDELT/20180326044500.export.CSV",
          "gdelt/reed9999+gdelt-demo/events.csv");

  /** The full exports where they are (and always under CI), and their committed excerpts. */
  static Stream<Boolean> full() {
    return GDELT.stream().allMatch(SharedData::isHere) ? Stream.of(true, false) : Stream.of(false);
  }

  @ParameterizedTest(name = "the full files: {0}")
  @MethodSource("full")
  void theFastReaderGivesWhatDuckDbSqlGivesOnTheRealExports(boolean full) {
    // 417 relation-months in these three files, 87 in their first 300 events each
    List<Path> files =
        GDELT.stream().map(full ? SharedData::require : SharedData::excerpt).toList();
    fastReaderAgreesWithDuckDb(files, full ? 400 : 80, full);
  }

  private static void fastReaderAgreesWithDuckDb(
      List<Path> files, int moreThan, boolean everyFamily) {
    List<RelationMonth> duck = SqlEventMonths.compute(files).series();
    assertThat(duck).hasSizeGreaterThan(moreThan);
    // every family occurs in them, so the comparison of family counts can fail
    long[] families = new long[CameoFamily.values().length];
    duck.forEach(
        m -> {
          for (int i = 0; i < families.length; i++) families[i] += m.families()[i];
        });
    if (everyFamily) assertThat(java.util.Arrays.stream(families).min().getAsLong()).isPositive();
    GdeltScan.Result mine = GdeltScan.read(EventFiles.inputs(files), null, null, 2, Progress.NONE);
    StringWriter shown = new StringWriter();
    assertThat(EventsBench.compare(mine, duck, new PrintWriter(shown)))
        .as(shown.toString())
        .isZero();

    // and the comparison can fail: one relation-month with one event more, one left out
    List<RelationMonth> changed = new ArrayList<>(duck);
    RelationMonth m = changed.get(7);
    changed.set(
        7,
        new RelationMonth(
            m.actor(),
            m.partner(),
            m.month(),
            m.events() + 1,
            m.quad(),
            m.goldsteinSum(),
            m.mentions(),
            m.sources(),
            m.articles(),
            m.toneSum(),
            m.families()));
    assertThat(EventsBench.compare(mine, changed, new PrintWriter(new StringWriter())))
        .isEqualTo(1);
    assertThat(
            EventsBench.compare(
                mine, duck.subList(1, duck.size()), new PrintWriter(new StringWriter())))
        .isPositive();
  }

  @Test
  void theBenchChecksEntwineAgainstDuckDbAndPrintsTheRatio() {
    String file = SharedData.fullOrExcerpt(GDELT.get(0)).toString();
    var r = BenchRun.of("events", file, "--runs", "1");
    assertThat(r.code()).as(r.out() + r.err()).isZero();
    assertThat(r.out())
        .contains("0 differ")
        .containsPattern("best: .* entwine is [0-9.]+x (faster|slower)")
        .contains("wc -l:")
        .contains("heap:");
  }
}
