package org.entwine.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entwine.method.Methods.values;

import java.util.List;
import org.entwine.registry.Registry;
import org.junit.jupiter.api.Test;

class WidthAndCoverageTest {
  private static MethodIndicator tied(String id, Pillar p, String area, boolean positive) {
    return new MethodIndicator(
        id,
        "m." + id,
        p,
        Side.DE_FACTO,
        Orientation.EITHER,
        positive,
        false,
        1,
        null,
        "test",
        area);
  }

  private static final List<String> AREAS =
      List.of("trade", "investment", "defence and security", "politics and diplomacy");

  private static Method method(double floor, MethodIndicator... indicators) {
    return new Method(
        "t",
        1,
        null,
        Normalization.MIN_MAX,
        Aggregation.ARITHMETIC,
        0,
        false,
        null,
        List.of(indicators),
        AREAS,
        null,
        null,
        null,
        null,
        floor,
        "hash");
  }

  @Test
  void widthCountsTheAreasWhoseIndicatorsHaveAValueAboveZero() {
    Method m =
        method(
            0,
            tied("trade", Pillar.INTERESTS, "trade", true),
            tied("bits", Pillar.INTERESTS, "investment", true),
            tied("arms", Pillar.INTERESTS, "defence and security", true),
            tied("distance", Pillar.IDENTITY, "politics and diplomacy", false));
    var v =
        values(
            new Object[] {"A", "trade", 10, "bits", 2, "arms", 0, "distance", 3},
            new Object[] {"B", "trade", 5, "bits", 0});
    var scores = DepthScorer.score(m, Registry.empty(), v, "F", 2020);
    // A: trade and investment have values above zero; arms is zero; a 'less is deeper' distance
    // evidences no area
    assertThat(
            scores.stream().filter(s -> s.partner().equals("A")).findFirst().orElseThrow().width())
        .isEqualTo(2);
    assertThat(
            scores.stream().filter(s -> s.partner().equals("B")).findFirst().orElseThrow().width())
        .isEqualTo(1);
    assertThat(Width.areas(m, org.entwine.registry.PairLedgers.Pair.EMPTY, 2020, v.get("A")))
        .containsExactly("investment", "trade");
  }

  @Test
  void aPartnerWithLessThanTheFloorOfTheCommonEvidenceIsThinAndTheRestAreNot() {
    Method m =
        method(
            0.5,
            tied("a", Pillar.INTERESTS, null, true),
            tied("b", Pillar.INSTITUTIONS, null, true),
            tied("c", Pillar.IDENTITY, null, true));
    // a: 3 of 4 partners have it, b and c: 2 of 4; each is common evidence (at least half)
    var v =
        values(
            new Object[] {"A", "a", 1, "b", 2, "c", 3},
            new Object[] {"B", "a", 2, "b", 1},
            new Object[] {"C", "a", 3},
            new Object[] {"D", "c", 1});
    var scores = DepthScorer.score(m, Registry.empty(), v, "F", 2020);
    // C and D have one pillar of the three: a third of the common evidence
    assertThat(scores)
        .filteredOn(Score::thin)
        .extracting(Score::partner)
        .containsExactlyInAnyOrder("C", "D");
    assertThat(scores)
        .filteredOn(s -> s.partner().equals("B"))
        .singleElement()
        .satisfies(s -> assertThat(s.coverage()).isEqualTo(2.0 / 3));
    assertThat(m.isThin(0.49)).isTrue();
    assertThat(m.isThin(0.5)).isFalse();
  }
}
