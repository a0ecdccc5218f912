package org.entwine.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.entwine.store.DuckDbStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The assessment the command line and the web both show, on the bundled example. */
class AssessorTest {
  @TempDir static Path dir;
  static DuckDbStore store;
  static Scoring scoring;
  static final LocalDate DAY = LocalDate.of(2024, 12, 31);

  @BeforeAll
  static void load() {
    store = DuckDbStore.open(dir.resolve("a.duckdb"));
    BundledExample.load(store);
    scoring = Scoring.of(store, DefaultMethod.load(), "VNM", null, DAY.getYear(), false);
  }

  @AfterAll
  static void close() {
    store.close();
  }

  @Test
  void onePartnerIsAssessedExactlyAsInTheWholeAssessment() {
    var all = Assessor.assess(scoring, DAY, 20, true).partners();
    for (String p : new String[] {"JPN", "LAO", "USA", "PRK"}) {
      Assessment row = all.stream().filter(a -> a.partner().equals(p)).findFirst().orElseThrow();
      assertThat(Assessor.of(scoring, DAY, 20, p)).as(p).isEqualTo(row);
    }
  }

  @Test
  void aPartnerNothingCoversIsStillAssessedAndSaysSo() {
    var listed = Assessor.assess(scoring, DAY, 20, false).partners();
    assertThat(listed).noneMatch(a -> a.partner().equals("XBO"));
    Assessment none = Assessor.of(scoring, DAY, 20, "XBO");
    assertThat(none.score()).isNull();
    assertThat(none.rank()).isNull();
    assertThat(none.standing().degree()).isEqualTo(org.entwine.trust.Degree.INSUFFICIENT_EVIDENCE);
    assertThat(none.gap().isEmpty()).isTrue();
  }

  @Test
  void theSameSeedGivesTheSameRankIntervals() {
    var a = Assessor.assess(scoring, DAY, 50, 7, false).partners();
    var b = Assessor.assess(scoring, DAY, 50, 7, false).partners();
    assertThat(a).extracting(Assessment::rank).isEqualTo(b.stream().map(Assessment::rank).toList());
    assertThat(a).extracting(Assessment::rank).filteredOn(r -> r != null).isNotEmpty();
  }
}
