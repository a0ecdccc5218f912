package org.entwine.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.entwine.exchange.Importer;
import org.entwine.store.DuckDbStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A focal actor's evidence, read once and scored: an immutable value that keeps made-up records out
 * unless asked.
 */
class ScoringTest {
  @TempDir Path dir;

  @Test
  void illustrativeLedgerRecordsStayOutOfTheEvidenceUnlessAskedFor() {
    try (DuckDbStore store = DuckDbStore.open(dir.resolve("s.duckdb"))) {
      BundledExample.loadRegistry(store);
      new Importer(store)
          .importFiles(List.of(Path.of("../data/worked-example/worked-example.yaml")), "test");
      var method = DefaultMethod.load();
      Scoring without = Scoring.of(store, method, "XVA", 2024, null, false);
      assertThat(without.registry().documents())
          .noneMatch(d -> d.sources().contains("illustrative"));
      assertThat(without.values().getOrDefault("XBO", java.util.Map.of())).isEmpty();
      assertThat(without.illustrative().included()).isFalse();
      Scoring with = Scoring.of(store, method, "XVA", 2024, null, true);
      assertThat(with.values().get("XBO")).containsKey("binding-documents");
      assertThat(with.illustrative().included()).isTrue();
    }
  }

  @Test
  void whatItHoldsCannotBeChanged() {
    try (DuckDbStore store = DuckDbStore.open(dir.resolve("s.duckdb"))) {
      BundledExample.load(store);
      Scoring s = Scoring.of(store, DefaultMethod.load(), "VNM", null);
      assertThat(s.scores()).isNotEmpty();
      assertThatThrownBy(() -> s.values().clear())
          .isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> s.stability().clear())
          .isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> s.volatility().values().iterator().next().clear())
          .isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> s.scores().clear())
          .isInstanceOf(UnsupportedOperationException.class);
    }
  }
}
