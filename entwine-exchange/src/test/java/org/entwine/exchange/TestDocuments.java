package org.entwine.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Documents for the reader's tests: written to a folder, or broken by one edit. */
final class TestDocuments {
  private TestDocuments() {}

  /** A reader with an empty stored vocabulary, records entered by "tester". */
  static RegistryReader reader() {
    return new RegistryReader(
        new org.entwine.framework.LevelVocabulary(List.of()),
        new org.entwine.source.Provenance(
            "tester", java.time.Instant.parse("2026-01-01T00:00:00Z")));
  }

  /** {@code text} written to {@code name} in {@code dir}. */
  static Path write(Path dir, String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  /**
   * Applies {@code edit} ("from => to", the first place {@code from} stands) to {@code good} and
   * checks that reading it is refused with a problem at the file, line and field given whose
   * message holds {@code words}.
   */
  static void refused(
      RegistryReader reader,
      Path dir,
      String good,
      String edit,
      int line,
      String field,
      String words)
      throws IOException {
    String[] parts = edit.split("\\s*=>\\s*", -1);
    String from = parts[0].strip();
    int at = good.indexOf(from);
    assertThat(at).as("the edit applies").isNotNegative();
    String text = good.substring(0, at) + parts[1].strip() + good.substring(at + from.length());
    Path p = write(dir, "broken.yaml", text);
    assertThatThrownBy(() -> reader.read(List.of(p)))
        .isInstanceOf(ExchangeException.class)
        .satisfies(
            e ->
                assertThat(((ExchangeException) e).problems())
                    .anySatisfy(
                        problem -> {
                          assertThat(problem.file()).isEqualTo(p);
                          assertThat(problem.line()).isEqualTo(line);
                          assertThat(problem.field()).isEqualTo(field);
                          assertThat(problem.message()).contains(words);
                        }));
  }
}
