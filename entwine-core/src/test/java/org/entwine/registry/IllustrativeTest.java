package org.entwine.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entwine.registry.Records.BY_TEST;

import java.util.List;
import org.entwine.evidence.Commitment;
import org.entwine.evidence.CommitmentStatus;
import org.entwine.evidence.CommitmentStatusChange;
import org.entwine.evidence.Observation;
import org.entwine.source.Source;
import org.entwine.time.PartialDate;
import org.junit.jupiter.api.Test;

/**
 * A record citing an illustrative source, in any of its parts, stays out of what is scored unless
 * asked for.
 */
class IllustrativeTest {
  private static final Source MADE_UP =
      new Source("made-up", "Illustrative", null, null, null, null, null, null, null, true);
  private static final Source REAL = Records.source("real");

  private static Commitment commitment(String id, String source, String statusSource) {
    return new Commitment(
        id,
        null,
        List.of("AAA"),
        "trade",
        "A promise",
        PartialDate.parse("2020"),
        List.of(
            new CommitmentStatusChange(
                PartialDate.parse("2020"),
                CommitmentStatus.FULFILLED,
                null,
                List.of(statusSource))),
        null,
        List.of(source),
        BY_TEST);
  }

  private final Registry r =
      Registry.empty()
          .plus(
              Registry.builder()
                  .sources(List.of(MADE_UP, REAL))
                  .commitments(
                      List.of(
                          commitment("real", "real", "real"),
                          commitment("made", "made-up", "made-up"),
                          commitment("status-made-up", "real", "made-up")))
                  .build());

  @Test
  void recordsCitingAnIllustrativeSourceAnywhereAreLeftOutAndCounted() {
    var e = Illustrative.of(r, false);
    assertThat(e.registry().commitments()).extracting(Commitment::id).containsExactly("real");
    assertThat(e.count()).isEqualTo(2);
    assertThat(e.notice()).startsWith("2 illustrative record(s) left out");
  }

  @Test
  void askedForTheyStayAndTheNoticeSaysTheyWereUsed() {
    var e = Illustrative.of(r, true);
    assertThat(e.registry().commitments()).hasSize(3);
    assertThat(e.notice()).startsWith("includes 2 illustrative record(s)");
  }

  @Test
  void observationsCitingAnIllustrativeSourceAreLeftOutAndCounted() {
    List<Observation> obs =
        List.of(
            new Observation("x", "AAA", "BBB", PartialDate.parse("2020"), 1, "real"),
            new Observation("x", "AAA", "CCC", PartialDate.parse("2020"), 2, "made-up"));
    var e = Illustrative.of(r, false).counting(obs);
    assertThat(e.scored(obs)).extracting(Observation::partner).containsExactly("BBB");
    assertThat(e.count()).isEqualTo(3);
    assertThat(Illustrative.of(r, true).scored(obs)).hasSize(2);
  }

  @Test
  void aRegistryWithoutIllustrativeSourcesSaysNothing() {
    var e = Illustrative.of(Records.registry(List.of(), List.of()), false);
    assertThat(e.count()).isZero();
    assertThat(e.notice()).isNull();
  }
}
