package org.entwine.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.entwine.time.Month;
import org.junit.jupiter.api.Test;

/**
 * The relation score and shares, computed by hand from the formula in RelationScore's
 * documentation.
 */
class RelationScoreTest {
  private static RelationMonth month(
      String a, String b, Month m, long events, double goldsteinSum) {
    return new RelationMonth(
        a,
        b,
        m,
        events,
        new long[] {events, 0, 0, 0},
        goldsteinSum,
        events,
        events,
        events,
        events * -1.5,
        null);
  }

  @Test
  void theScoreCarriesEachMonthsMeanGoldsteinWithDecayAndDriftsToNeutralWithoutNews() {
    // half-life one month: lambda = 0.5
    List<RelationMonth> out =
        List.of(
            month("VNM", "CHN", Month.of(2018, 12), 2, 6),
            month("VNM", "CHN", Month.of(2019, 2), 1, -10));
    List<RelationMonth> in = List.of(month("CHN", "VNM", Month.of(2018, 12), 2, 2));
    List<RelationPoint> s =
        RelationScore.series(
            out,
            in,
            Map.of(Month.of(2018, 12), 8L),
            Map.of(Month.of(2018, 12), 16L),
            Month.of(2018, 12),
            Month.of(2019, 2),
            1,
            true);
    assertThat(s)
        .extracting(RelationPoint::month)
        .containsExactly(Month.of(2018, 12), Month.of(2019, 1), Month.of(2019, 2));
    // Dec: 4 events, Goldstein mean 8/4 = 2; S = 0.5*0 + 0.5*2 = 1; score 0.9
    assertThat(s.get(0).goldsteinMean()).isEqualTo(2.0);
    assertThat(s.get(0).score()).isCloseTo(0.9, within(1e-12));
    assertThat(s.get(0).events()).isEqualTo(4);
    assertThat(s.get(0).actorShare()).isEqualTo(0.5);
    assertThat(s.get(0).partnerShare()).isEqualTo(0.25);
    assertThat(s.get(0).toneMean()).isEqualTo(-1.5);
    // Jan: no events; S = 0.5; score 0.45; no mean, no share
    assertThat(s.get(1).score()).isCloseTo(0.45, within(1e-12));
    assertThat(s.get(1).goldsteinMean()).isNaN();
    assertThat(s.get(1).actorShare()).isNaN();
    // Feb: one event at -10; S = 0.25 - 5 = -4.75; score -4.275
    assertThat(s.get(2).score()).isCloseTo(-4.275, within(1e-12));
  }

  @Test
  void theScoreStaysWithinNineEitherWayAndTheHalfLifeMeansWhatItSays() {
    List<RelationMonth> hostile = new java.util.ArrayList<>();
    for (Month m = Month.of(2000, 1); !m.isAfter(Month.of(2009, 12)); m = m.next())
      hostile.add(month("A", "B", m, 5, -50));
    List<RelationPoint> s =
        RelationScore.series(
            hostile,
            List.of(),
            Map.of(),
            Map.of(),
            Month.of(2000, 1),
            Month.of(2010, 12),
            3,
            false);
    assertThat(s).allSatisfy(p -> assertThat(p.score()).isBetween(-9.0, 9.0));
    assertThat(s.get(119).score()).isCloseTo(-9, within(1e-6));
    // a year without news after it: three half-lives later the score is an eighth of what it was
    assertThat(s.get(119 + 9).score() / s.get(119).score()).isCloseTo(0.125, within(1e-9));
    assertThat(s.get(0).toneMean()).as("without tone in the data").isNaN();
  }

  @Test
  void aHalfLifeMustBePositive() {
    assertThatThrownBy(() -> RelationScore.decay(0)).hasMessageContaining("positive");
  }
}
