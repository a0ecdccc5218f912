package org.entwine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The training run the launcher records its class-data archive from runs every short command to its
 * end: a command that failed half way would leave its later classes out of the archive.
 */
class ClassDataTrainingTest {
  @TempDir Path dir;

  @Test
  void everyShortCommandOfTheTrainingRunSucceedsOnTheBundledExample() throws Exception {
    Map<String, Integer> codes = ClassDataTraining.train(dir);
    assertThat(codes.keySet())
        .anyMatch(c -> c.startsWith("portfolio VNM"))
        .anyMatch(c -> c.startsWith("brief VNM CHN"))
        .anyMatch(c -> c.startsWith("report VNM"));
    assertThat(codes).allSatisfy((command, code) -> assertThat(code).as(command).isZero());
    assertThat(dir.resolve("export.pdf")).isNotEmptyFile();
    assertThat(Files.list(dir.resolve("export"))).isNotEmpty();
  }
}
