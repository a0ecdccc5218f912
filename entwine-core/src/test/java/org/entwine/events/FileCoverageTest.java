package org.entwine.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class FileCoverageTest {
  @Test
  void aFileNamedByItsPeriodTellsItsMonthAndOthersDoNot() {
    assertThat(file("20150218230000.export.CSV.zip").month()).isEqualTo(201502);
    assertThat(file("20150218230000.translation.export.CSV.zip").month()).isEqualTo(201502);
    assertThat(file("20130401.export.CSV.zip").month()).isEqualTo(201304);
    assertThat(file("200601.zip").month()).isEqualTo(200601);
    assertThat(file("20171001001500.export.CSV").month()).isEqualTo(201710);
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
    assertThat(coverage).containsOnlyKeys(201501, 201502, 201503, 201504);
    assertThat(coverage.get(201501).complete()).isTrue();
    assertThat(FileCoverage.gaps(coverage, 201412, 201506))
        .containsExactly(
            java.util.Map.entry(201502, "no file loaded"),
            java.util.Map.entry(201503, "incomplete: 1 of its 2 files loaded"),
            java.util.Map.entry(201504, "none of its 1 file loaded"));
    assertThat(FileCoverage.gaps(coverage, 201501, 201501)).isEmpty();
    assertThat(FileCoverage.of(List.of(file("events.2018.sample.tab")))).isEmpty();
    assertThat(FileCoverage.next(201512)).isEqualTo(201601);
  }

  private static EventFile file(String name) {
    return new EventFile(name, null, 1, true);
  }
}
