package org.entwine.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadBenchTest {
  @TempDir Path dir;

  @Test
  void signedInClientsReadAndWriteAndEveryAcknowledgedWriteIsCountedInTheStore() {
    BenchRun r =
        BenchRun.of(
            "load",
            "--clients",
            "3",
            "--seconds",
            "3",
            "--writes",
            "0.3",
            "--db",
            dir.resolve("load.duckdb").toString());
    assertThat(r.code()).as(r.out() + r.err()).isZero();
    assertThat(r.out())
        .contains("read: portfolio")
        .contains("write: commitment")
        .contains("errors: 0");
    Matcher m =
        Pattern.compile("writes acknowledged: (\\d+), stored: (\\d+), lost: 0, stored twice: 0")
            .matcher(r.out());
    assertThat(m.find()).as(r.out()).isTrue();
    assertThat(Integer.parseInt(m.group(1))).isPositive().isEqualTo(Integer.parseInt(m.group(2)));
  }
}
