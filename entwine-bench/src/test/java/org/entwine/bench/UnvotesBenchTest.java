package org.entwine.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.entwine.datasets.readers.UnVotes;
import org.entwine.indicator.VoteAgreement;
import org.entwine.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class UnvotesBenchTest {
  static final String VOTES = "unvotes/dgrtwo+unvotes/un_votes.csv";
  static final String CALLS = "unvotes/dgrtwo+unvotes/un_roll_calls.csv";
  @TempDir Path dir;

  /** The full files where they are (and always under CI), and their committed excerpts. */
  static Stream<String> forms() {
    return Stream.of(VOTES, CALLS).allMatch(SharedData::isHere)
        ? Stream.of("full", "excerpt")
        : Stream.of("excerpt");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("forms")
  void theVoteBenchGivesTheSamePairYearsAsDuckDb(String form) {
    Function<String, Path> file = form.equals("full") ? SharedData::require : SharedData::excerpt;
    agreesWithDuckDb(file.apply(VOTES), file.apply(CALLS));
  }

  private void agreesWithDuckDb(Path votes, Path calls) {
    var r =
        BenchRun.of(
            "unvotes",
            votes.toString(),
            calls.toString(),
            "--runs",
            "1",
            "--db",
            dir.resolve("b.duckdb").toString());
    assertThat(r.code()).as(r.out() + r.err()).isZero();
    assertThat(r.out())
        .containsPattern(
            "pair-years: entwine ([0-9,]+), duckdb \\1; only in entwine 0, only in duckdb 0;")
        .contains(", 0 differ");
    assertThat(r.out()).containsPattern("best: .* entwine is [0-9.]+x (faster|slower)");
  }

  @Test
  void theVoteBenchsCheckFailsOnAPairYearOnlyOneSideHasOrOnAFigureThatDiffers() {
    var agreement = new VoteAgreement.Period(2006, null);
    var mine =
        new UnVotes.Computed(
            List.of(
                new VoteAgreement.Result(0, 1, agreement, 10, 0.8, 0.5),
                new VoteAgreement.Result(0, 2, agreement, 10, 0.7, 0.4)),
            List.of("SCG", "VNM", "WSM"),
            0,
            Map.of(),
            List.of());
    var same =
        List.of(
            new SqlVoteAgreement.Row("SCG", "VNM", 2006, 10, 0.8, 0.5),
            new SqlVoteAgreement.Row("SCG", "WSM", 2006, 10, 0.7, 0.4));
    assertThat(UnvotesBench.check(mine, same).agrees()).isTrue();
    assertThat(UnvotesBench.check(mine, same.subList(0, 1)).agrees())
        .as("a pair-year only Entwine has")
        .isFalse();
    var extra = new ArrayList<>(same);
    extra.add(new SqlVoteAgreement.Row("SRB", "VNM", 2006, 4, 1.0, null));
    assertThat(UnvotesBench.check(mine, extra).agrees())
        .as("a pair-year only DuckDB has")
        .isFalse();
    var differs = List.of(same.get(0), new SqlVoteAgreement.Row("SCG", "WSM", 2006, 11, 0.7, 0.4));
    assertThat(UnvotesBench.check(mine, differs).agrees()).as("a count that differs").isFalse();
  }

  @Test
  void aBenchWithoutItsFilesIsAUsageError() {
    var r = BenchRun.of("unvotes", dir.resolve("votes.csv").toString());
    assertThat(r.code()).isEqualTo(Bench.USAGE);
    assertThat(r.err()).contains("ROLL_CALLS");
  }
}
