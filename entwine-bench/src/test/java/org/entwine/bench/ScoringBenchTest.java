package org.entwine.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoringBenchTest {
  @TempDir Path dir;

  @Test
  void scoresEveryActorsPartnersOnTheBundledExampleAndTimesASensitivityAnalysis() {
    var r = BenchRun.of("scoring", "--runs", "20", "--db", dir.resolve("b.duckdb").toString());
    assertThat(r.code()).as(r.out() + r.err()).isZero();
    assertThat(r.err()).contains("with the bundled example");
    assertThat(r.out())
        .containsPattern("scored [1-9][0-9,]* partner-years for [1-9][0-9,]* actor-years")
        .containsPattern("sensitivity for VNM in \\d{4}: 20 runs over [1-9]\\d* partners");
  }
}
