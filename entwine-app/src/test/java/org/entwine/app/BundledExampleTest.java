package org.entwine.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.entwine.store.DuckDbStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled example, as init loads it. */
class BundledExampleTest {
  @TempDir Path dir;

  @Test
  void itsImportIsLoggedAsTheRepositorysFilesNotTheTemporaryCopyItWasReadFrom() {
    try (DuckDbStore store = DuckDbStore.open(dir.resolve("b.duckdb"))) {
      BundledExample.loadRegistry(store);
      var logged = store.imports().get(0);
      assertThat(logged.origin())
          .startsWith("data/example/sources.yaml, ")
          .contains("data/example/vietnam.yaml")
          .doesNotContain(System.getProperty("java.io.tmpdir"));
      assertThat(logged.enteredBy()).isEqualTo("entwine bundled example");
    }
  }
}
