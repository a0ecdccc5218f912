package org.entwine.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.entwine.time.Month;
import org.junit.jupiter.api.Test;

class FileCoverageTest {
  @Test
  void aFileNamedByItsPeriodTellsItsMonthAndOthersDoNot() {
    assertThat(file("20150218230000.export.CSV.zip").month()).isEqualTo(Month.of(2015, 2));
    assertThat(file("20150218230000.translation.export.CSV.zip").month())
        .isEqualTo(Month.of(2015, 2));
    assertThat(file("20130401.export.CSV.zip").month()).isEqualTo(Month.of(2013, 4));
    assertThat(file("200601.zip").month()).isEqualTo(Month.of(2006, 1));
    assertThat(file("20171001001500.export.CSV").month()).isEqualTo(Month.of(2017, 10));
    assertThat(file("1979.zip").month()).as("a year is more than a month").isNull();
    assertThat(file("events.2018.sample.tab").month()).isNull();
    assertThat(file("20151318230000.export.CSV.zip").month()).as("no 13th month").isNull();
    assertThatThrownBy(() -> new EventFile("dl/x.zip", null, 1, true))
        .hasMessageContaining("no folder");
    assertThatThrownBy(() -> new EventFile("x.zip", "ABC", 1, true)).hasMessageContaining("MD5");
  }

  @Test
  void aMonthNotWhollyLoadedAndAMonthBetweenFilesWithNoneAreGaps() {
    var coverage =
        FileCoverage.of(
            List.of(
                file("20150130000000.export.CSV.zip"),
                file("20150131000000.export.CSV.zip"),
                new EventFile("20150301000000.export.CSV.zip", null, 1, true),
                new EventFile("20150302000000.export.CSV.zip", null, 1, false),
                new EventFile("20150401000000.export.CSV.zip", null, 1, false),
                file("events.2018.sample.tab")));
    assertThat(coverage)
        .containsOnlyKeys(
            Month.of(2015, 1), Month.of(2015, 2), Month.of(2015, 3), Month.of(2015, 4));
    assertThat(coverage.get(Month.of(2015, 1)).complete()).isTrue();
    assertThat(FileCoverage.gaps(coverage, Month.of(2014, 12), Month.of(2015, 6)))
        .containsExactly(
            java.util.Map.entry(Month.of(2015, 2), "no file loaded"),
            java.util.Map.entry(Month.of(2015, 3), "incomplete: 1 of its 2 files loaded"),
            java.util.Map.entry(Month.of(2015, 4), "none of its 1 file loaded"));
    assertThat(FileCoverage.gaps(coverage, Month.of(2015, 1), Month.of(2015, 1))).isEmpty();
    assertThat(FileCoverage.of(List.of(file("events.2018.sample.tab")))).isEmpty();
  }

  private static EventFile file(String name) {
    return new EventFile(name, null, 1, true);
  }
}
