package org.entwine.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.entwine.time.Month;
import org.junit.jupiter.api.Test;

/** Stability, deeds to words and shocks from relation-months, checked against hand-made series. */
class EventEvidenceTest {
  /**
   * {@code n} events from {@code a} to {@code b}: {@code coop} verbal cooperation, {@code material}
   * material cooperation, the rest material conflict.
   */
  private static RelationMonth m(
      String a,
      String b,
      Month month,
      int verbal,
      int material,
      int conflict,
      double goldsteinMean) {
    int n = verbal + material + conflict;
    return new RelationMonth(
        a,
        b,
        month,
        n,
        new long[] {verbal, material, 0, conflict},
        goldsteinMean * n,
        n,
        n,
        n,
        0,
        null);
  }

  @Test
  void aSteadyRelationSwingsLessThanAnUnsteadyOneAndSparsePairsAreLeftOut() {
    List<RelationMonth> months = new ArrayList<>();
    int k = 0;
    for (Month month = Month.of(2015, 1);
        !month.isAfter(Month.of(2016, 12));
        month = month.next(), k++) {
      months.add(m("VNM", "JPN", month, 6, 4, 0, 3)); // the same good month, every month
      months.add(m("VNM", "CHN", month, 3, 1, 2, k % 2 == 0 ? 5 : -5)); // good and bad in turn
    }
    months.add(m("NZL", "VNM", Month.of(2016, 3), 1, 0, 0, 2)); // one month only
    Map<String, EventEvidence.Relation> e =
        EventEvidence.of("VNM", months, Month.of(2015, 1), Month.of(2016, 12), 3, 2);
    assertThat(e.get("JPN").swings()).isLessThan(e.get("CHN").swings());
    assertThat(e.get("CHN").materialConflictShare()).isCloseTo(2.0 / 6, within(1e-12));
    assertThat(e.get("JPN").materialConflictShare()).isZero();
    assertThat(e.get("NZL").swings()).as("one month of news is not a stable relation").isNull();
    assertThat(e.get("NZL").materialConflictShare()).isNull();
    assertThat(e.get("NZL").monthsWithEvents()).isEqualTo(1);
  }

  @Test
  void deedsToWordsIsThePartnersMaterialShareOfItsCooperation() {
    List<RelationMonth> months =
        List.of(
            m("JPN", "VNM", Month.of(2018, 1), 6, 2, 5, 1),
            m("JPN", "VNM", Month.of(2018, 2), 1, 1, 0, 1),
            m("VNM", "JPN", Month.of(2018, 1), 0, 30, 0, 1),
            m("USA", "VNM", Month.of(2018, 1), 5, 0, 0, 1));
    Map<String, EventEvidence.Relation> e =
        EventEvidence.of("VNM", months, Month.of(2018, 1), Month.of(2018, 12), 3, 2);
    // Japan to Vietnam: 7 verbal and 3 material cooperation events; Vietnam's own deeds do not
    // count for Japan
    assertThat(e.get("JPN").deedsToWords()).isCloseTo(0.3, within(1e-12));
    assertThat(e.get("USA").deedsToWords())
        .as("five cooperation events are too few to judge")
        .isNull();
  }

  @Test
  void aSharpFallInTheLastYearIsAShockAndAnOlderOneIsNot() {
    List<RelationMonth> months = new ArrayList<>();
    for (Month month = Month.of(2018, 1);
        !month.isAfter(Month.of(2019, 12));
        month = month.next()) {
      boolean crisis = month.equals(Month.of(2018, 6)) || month.equals(Month.of(2019, 10));
      months.add(m("VNM", "CHN", month, 5, 0, 0, crisis ? -10 : 6));
    }
    EventEvidence.Relation r =
        EventEvidence.of("VNM", months, Month.of(2018, 1), Month.of(2019, 12), 3, 2).get("CHN");
    assertThat(r.shock()).isNotNull();
    assertThat(r.shock().month()).isEqualTo(Month.of(2019, 10));
    // a month at -10 after a relation near 0.9 * 6: lambda = 0.5^(1/3); S = lambda * S + (1 -
    // lambda) * -10
    double lambda = Math.pow(0.5, 1.0 / 3);
    double before = r.shock().before() / 0.9;
    assertThat(r.shock().after())
        .isCloseTo(0.9 * (lambda * before + (1 - lambda) * -10), within(1e-9));
    assertThat(r.shock().drop()).isGreaterThanOrEqualTo(2);
    assertThat(
            EventEvidence.of("VNM", months, Month.of(2018, 1), Month.of(2019, 12), 3, 5)
                .get("CHN")
                .shock())
        .as("a higher threshold")
        .isNull();
  }

  @Test
  void aMonthWhoseFilesAreNotAllLoadedIsLeftOutNotReadAsAQuietMonthOrAShock() {
    Month from = Month.of(2018, 1);
    Month to = Month.of(2019, 12);
    Month july = Month.of(2019, 7);
    List<RelationMonth> months = new ArrayList<>();
    for (Month month = from; !month.isAfter(to); month = month.next())
      if (!month.equals(july)) months.add(m("VNM", "CHN", month, 5, 0, 0, 6)); // July not loaded
    EventEvidence.Relation quiet = EventEvidence.of("VNM", months, from, to, 3, 1).get("CHN");
    assertThat(quiet.shock()).as("read as a month of no events, the score falls").isNotNull();
    assertThat(quiet.shock().month()).isEqualTo(july);
    EventEvidence.Relation left =
        EventEvidence.of("VNM", months, from, to, 3, 1, java.util.Set.of(july)).get("CHN");
    assertThat(left.shock()).as("known to be missing, it says nothing").isNull();
    assertThat(left.swings()).isLessThan(quiet.swings());
    assertThat(left.monthsWithEvents()).isEqualTo(quiet.monthsWithEvents());
    // a month partly loaded counts none of its events
    List<RelationMonth> partly = new ArrayList<>(months);
    partly.add(m("VNM", "CHN", july, 1, 0, 0, 6));
    assertThat(
            EventEvidence.of("VNM", partly, from, to, 3, 1, java.util.Set.of(july))
                .get("CHN")
                .events())
        .isEqualTo(left.events());
  }
}
