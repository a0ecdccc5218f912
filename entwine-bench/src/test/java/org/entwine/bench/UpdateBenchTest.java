package org.entwine.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.entwine.testing.GdeltMirror;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The update bench on the committed excerpts zipped as GDELT zips them: it serves them, updates a
 * new store from them, checks the update read every row, and times curl beside it.
 */
class UpdateBenchTest {
  @TempDir Path dir;

  @Test
  void theUpdateReadsEveryRowTheServedZipsHoldAndTheShellsLimitIsTimedBesideIt() {
    Path zips = GdeltMirror.write(dir).resolve("gdeltv2");
    BenchRun r = BenchRun.of("update", zips.toString(), "--runs", "1");
    assertThat(r.code()).as(r.out() + r.err()).isEqualTo(Bench.OK);
    assertThat(r.out())
        .contains("2 zipped exports")
        .contains("600 rows")
        .contains("relation-months stored")
        .containsPattern(
            "entwine's whole update takes \\d+\\.\\d\\dx the time of the shell's limit");
  }
}
