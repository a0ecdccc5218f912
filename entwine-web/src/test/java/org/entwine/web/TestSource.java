package org.entwine.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.entwine.exchange.Importer;
import org.entwine.store.DuckDbStore;

/**
 * The source the web tests cite for what they enter: the bundled example holds only sourced facts,
 * and a test's entries must not pretend to cite one of them.
 */
final class TestSource {
  static final String ID = "test-entry";

  private TestSource() {}

  static void add(DuckDbStore store, Path dir) throws Exception {
    Path f =
        Files.writeString(
            dir.resolve("test-source.yaml"),
            """
            entwine: 1
            sources:
              - {id: test-entry, title: Entered by Entwine's web tests, note: Not a fact; exists only in a test database.}
            """);
    new Importer(store).importFiles(List.of(f), "web test");
  }
}
