package org.entwine.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ObservationCsvTest {
  @TempDir Path dir;

  private Path file(String text) throws IOException {
    Path p = dir.resolve("obs.csv");
    Files.writeString(p, text);
    return p;
  }

  @Test
  void readsRowsAndKeepsTheirPeriodPrecision() throws IOException {
    var b =
        ObservationCsv.read(
            file(
                "indicator,actor,partner,period,value,source\n"
                    + "trade,VNM,CHN,2014,58.6,cow\n"
                    + "trade,VNM,CHN,2015-03,1e3,cow\n"));
    assertThat(b.registry().observations()).hasSize(2);
    assertThat(b.registry().observations().get(1).period().toString()).isEqualTo("2015-03");
    assertThat(b.registry().observations().get(1).value()).isEqualTo(1000.0);
  }

  @Test
  void writesWhatItReads() throws IOException {
    var obs =
        ObservationCsv.read(
                file("indicator,actor,partner,period,value,source\ntrade,VNM,CHN,2014,58.6,cow\n"))
            .registry()
            .observations();
    Path out = dir.resolve("out.csv");
    ObservationCsv.write(out, obs);
    assertThat(ObservationCsv.read(out).registry().observations()).isEqualTo(obs);
  }

  @Test
  void aWrongHeaderIsRefusedWithWhatWasExpected() throws IOException {
    Path p = file("year,from,to,value\n2014,VNM,CHN,1\n");
    assertThatThrownBy(() -> ObservationCsv.read(p))
        .hasMessageContaining(
            "obs.csv:1: header: expected the columns indicator,actor,partner,period,value,source");
  }

  @Test
  void aNonNumericValueNamesLineAndColumn() throws IOException {
    Path p =
        file(
            "indicator,actor,partner,period,value,source\n"
                + "trade,VNM,CHN,2014,1.0,cow\n"
                + "trade,VNM,CHN,2015,n/a,cow\n");
    assertThatThrownBy(() -> ObservationCsv.read(p))
        .hasMessageContaining("obs.csv:3: value: expected a number, got 'n/a'");
  }

  @Test
  void aBadPeriodNamesTheColumn() throws IOException {
    Path p =
        file("indicator,actor,partner,period,value,source\ntrade,VNM,CHN,2014-07-01,1.0,cow\n");
    assertThatThrownBy(() -> ObservationCsv.read(p))
        .hasMessageContaining("obs.csv:2: period: a period is a year");
  }

  @Test
  void aRowCutShortIsRefused() throws IOException {
    Path p =
        file(
            "indicator,actor,partner,period,value,source\n"
                + "trade,VNM,CHN,2014,1.0,cow\n"
                + "trade,VNM,CH");
    assertThatThrownBy(() -> ObservationCsv.read(p))
        .hasMessageContaining("obs.csv:3: expected 6 fields, got 3 (is the file cut short?)");
  }

  @Test
  void anEmptyFileIsRefused() throws IOException {
    Path p = file("");
    assertThatThrownBy(() -> ObservationCsv.read(p)).hasMessageContaining("the file is empty");
  }

  @Test
  void aBinaryFileIsRefused() throws IOException {
    Path p = dir.resolve("obs.csv");
    Files.write(p, new byte[] {'P', 'K', 3, 4, 0, 0});
    assertThatThrownBy(() -> ObservationCsv.read(p)).hasMessageContaining("binary file");
  }

  @Test
  void missingIsNotZero() throws IOException {
    // A year the data does not cover has no row; an empty value is refused, never read as 0.
    Path p = file("indicator,actor,partner,period,value,source\ntrade,VNM,CHN,2014,,cow\n");
    assertThatThrownBy(() -> ObservationCsv.read(p))
        .hasMessageContaining("value: expected a number, got ''");
    assertThat(List.of()).isEmpty();
  }
}
