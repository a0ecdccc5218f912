package org.entwine.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Each committed excerpt is what its README says: whole rows of the published file, unchanged and
 * in the file's order, its first line (the header, where it has one) kept. Checked against the full
 * file in ../shared/data, for every excerpt whose file is here (all of them under CI).
 */
class ExcerptsTest {
  @TestFactory
  Stream<DynamicTest> everyExcerptIsWholeRowsOfItsPublishedFileInOrder()
      throws IOException, URISyntaxException {
    Path root = Path.of(SharedData.class.getResource("excerpts").toURI());
    List<Path> excerpts;
    try (Stream<Path> files = Files.walk(root)) {
      excerpts =
          files
              .filter(Files::isRegularFile)
              .filter(f -> !f.getFileName().toString().matches("README\\.md|regenerate\\.sh"))
              .sorted()
              .toList();
    }
    assertThat(excerpts).hasSizeGreaterThan(10);
    return excerpts.stream()
        .map(root::relativize)
        .map(Path::toString)
        // GDELT's own file list, recorded by others: not a file of ../shared/data (README.md)
        .filter(relative -> !relative.startsWith("gdelt/jdrumgoole+gdelttools/"))
        .filter(SharedData::isHere)
        .map(
            relative ->
                DynamicTest.dynamicTest(
                    relative,
                    () ->
                        isOrderedSubsetWithFirstLine(
                            root.resolve(relative), SharedData.require(relative))));
  }

  private static void isOrderedSubsetWithFirstLine(Path excerpt, Path full) throws IOException {
    List<String> lines = Files.readAllLines(excerpt, StandardCharsets.ISO_8859_1);
    assertThat(lines).isNotEmpty();
    int found = 0;
    try (BufferedReader r = Files.newBufferedReader(full, StandardCharsets.ISO_8859_1)) {
      String first = r.readLine();
      assertThat(lines.get(0)).as("the first line of " + full).isEqualTo(first);
      found = 1;
      for (String line = r.readLine(); line != null && found < lines.size(); line = r.readLine()) {
        if (line.equals(lines.get(found))) found++;
      }
    }
    assertThat(found)
        .as("lines of %s found in %s, in order (the next missing: %s)", excerpt, full, found)
        .isEqualTo(lines.size());
  }
}
