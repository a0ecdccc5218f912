package org.entwine.method;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.entwine.actor.Actor;
import org.entwine.actor.ActorKind;
import org.entwine.actor.Membership;
import org.entwine.evidence.Contact;
import org.entwine.evidence.ContactLevel;
import org.entwine.evidence.IndicatorDefinition;
import org.entwine.evidence.Observation;
import org.entwine.evidence.Project;
import org.entwine.evidence.ProjectStatus;
import org.entwine.registry.Records;
import org.entwine.registry.Registry;
import org.entwine.time.PartialDate;
import org.junit.jupiter.api.Test;

/**
 * Scoring as of a date: each indicator at its freshest within its own lookback, a window of years,
 * two publishers' series bridged over their overlap, organizations from their members, ledgers that
 * say nothing where no record speaks, and the age of the evidence. Actors XF (focal), XA, XB, XC
 * and the organization XO are invented, and so are their values.
 */
class AsOfScoringTest {
  private static final List<String> SRC = List.of("src");

  private static Observation obs(String measure, String a, String b, int year, double v) {
    return obs(measure, a, b, year, v, "src");
  }

  private static Observation obs(
      String measure, String a, String b, int year, double v, String source) {
    return new Observation(measure, a, b, PartialDate.parse(String.valueOf(year)), v, source);
  }

  private static Method method(MethodIndicator... indicators) {
    return new Method(
        "t",
        1,
        null,
        Normalization.MIN_MAX,
        Aggregation.ARITHMETIC,
        5,
        false,
        null,
        List.of(indicators),
        List.of(),
        null,
        null,
        null,
        null,
        "h");
  }

  private static MethodIndicator indicator(
      String id,
      String measure,
      Pillar pillar,
      Orientation o,
      Integer lookback,
      int years,
      String bridge,
      Aggregate organizations) {
    return new MethodIndicator(
        id,
        measure,
        MeasureKind.of(measure),
        pillar,
        Side.DE_FACTO,
        o,
        true,
        false,
        1,
        null,
        "test",
        null,
        lookback,
        years,
        bridge,
        organizations);
  }

  private static MethodIndicator plain(String id, String measure, Integer lookback) {
    return indicator(
        id, measure, Pillar.INTERESTS, Orientation.EITHER, lookback, 1, null, Aggregate.NONE);
  }

  @Test
  void eachIndicatorTakesItsFreshestValueWithinItsOwnLookbackAndNoOlder() {
    var o =
        List.of(
            obs("flow", "XF", "XA", 2020, 10),
            obs("flow", "XF", "XA", 2018, 8),
            obs("stock", "XF", "XA", 2014, 3));
    Method m = method(plain("flow", "flow", 6), plain("stock", "stock", 13));
    var v = new RawValues(m, Registry.empty(), o, "XF");
    assertThat(v.values(2026).get("XA").get("flow").value()).isEqualTo(10);
    assertThat(v.values(2026).get("XA").get("flow").year()).isEqualTo(2020);
    assertThat(v.values(2026).get("XA").get("stock").year()).isEqualTo(2014);
    // a year on, the flow of 2020 is older than its six years: missing, not stale
    assertThat(v.values(2027).get("XA")).doesNotContainKey("flow").containsKey("stock");
    // the picture of 2019 takes nothing from after 2019
    assertThat(v.values(2019).get("XA").get("flow").year()).isEqualTo(2018);
  }

  @Test
  void aWindowOfYearsIsTheMeanOfTheFreshestYearsWithinTheLookback() {
    var o =
        List.of(
            obs("news", "XF", "XA", 2019, 30),
            obs("news", "XF", "XA", 2018, 6),
            obs("news", "XF", "XA", 2017, 3),
            obs("news", "XF", "XA", 2016, 300));
    Method m =
        method(
            indicator(
                "news",
                "news",
                Pillar.INSTITUTIONS,
                Orientation.EITHER,
                3,
                3,
                null,
                Aggregate.NONE));
    RawValue v = new RawValues(m, Registry.empty(), o, "XF").values(2020).get("XA").get("news");
    // 2017-2019 only: 2016 is beyond the lookback of three years
    assertThat(v.value()).isEqualTo(13);
    assertThat(v.year()).isEqualTo(2019);
    assertThat(v.note()).contains("2017-2019");
  }

  @Test
  void anOlderPublishersSeriesIsBridgedByThePairsRatioOverTheOverlapAndNeverBlind() {
    var o =
        List.of(
            // XA: both publishers in 2010-2012 (the newer reads 10% higher), the older one alone
            // after
            obs("new", "XF", "XA", 2010, 110),
            obs("new", "XF", "XA", 2011, 220),
            obs("new", "XF", "XA", 2012, 330),
            obs("old", "XF", "XA", 2010, 100, "old-src"),
            obs("old", "XF", "XA", 2011, 200, "old-src"),
            obs("old", "XF", "XA", 2012, 300, "old-src"),
            obs("old", "XF", "XA", 2014, 500, "old-src"),
            // XB: the newer publisher has values, but none in a year the older one has
            obs("new", "XF", "XB", 2008, 50),
            obs("old", "XF", "XB", 2014, 70, "old-src"),
            // XC: the newer publisher has no value at all
            obs("old", "XF", "XC", 2014, 40, "old-src"));
    Method m =
        method(
            indicator(
                "t", "new", Pillar.INTERESTS, Orientation.FROM_FOCAL, 2, 1, "old", Aggregate.NONE));
    var v = new RawValues(m, Registry.empty(), o, "XF").values(2015);
    assertThat(v.get("XA").get("t").value())
        .isCloseTo(550, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(v.get("XA").get("t").source()).isEqualTo("old-src");
    assertThat(v.get("XA").get("t").note()).contains("1.100").contains("3 overlap years");
    assertThat(v.get("XB")).isNull();
    assertThat(v.get("XC").get("t").value()).isEqualTo(40);
    assertThat(v.get("XC").get("t").note()).contains("alone");
  }

  @Test
  void anOrganizationTakesTheSumOrTheLargestOfItsMembersValuesOrNone() {
    Actor org =
        new Actor(
            "XO",
            ActorKind.INTERNATIONAL_ORGANIZATION,
            "Organization XO",
            null,
            null,
            List.of(
                new Membership("XA", PartialDate.parse("2000"), null, SRC),
                new Membership("XB", PartialDate.parse("2000"), null, SRC)),
            null,
            SRC,
            Records.BY_TEST);
    var o =
        List.of(
            obs("share", "XF", "XA", 2020, 4),
            obs("share", "XF", "XB", 2019, 6),
            obs("treaties", "XF", "XA", 2020, 1),
            obs("treaties", "XF", "XB", 2020, 2),
            obs("people", "XF", "XA", 2020, 9));
    Method m =
        method(
            indicator(
                "share",
                "share",
                Pillar.INTERESTS,
                Orientation.FROM_FOCAL,
                6,
                1,
                null,
                Aggregate.SUM),
            indicator(
                "treaties",
                "treaties",
                Pillar.INTERESTS,
                Orientation.EITHER,
                6,
                1,
                null,
                Aggregate.ANY),
            // XB has no people value: a sum over some members would understate it
            indicator(
                "people", "people", Pillar.IDENTITY, Orientation.EITHER, 6, 1, null, Aggregate.SUM),
            indicator(
                "none",
                "share",
                Pillar.IDENTITY,
                Orientation.FROM_FOCAL,
                6,
                1,
                null,
                Aggregate.NONE));
    Registry r = Registry.builder().actors(List.of(org)).frameworks(List.of()).build();
    // the organization is a partner the ledgers know: a framework would bring it in; here a contact
    Registry withContact =
        r.toBuilder()
            .contacts(
                List.of(
                    new Contact(
                        "c1",
                        PartialDate.parse("2020-05-01"),
                        "XF",
                        "XO",
                        ContactLevel.MINISTER,
                        "a meeting",
                        null,
                        SRC,
                        Records.BY_TEST)))
            .build();
    Map<String, RawValue> v = new RawValues(m, withContact, o, "XF").values(2020).get("XO");
    assertThat(v.get("share").value()).isEqualTo(10);
    assertThat(v.get("share").year()).isEqualTo(2019);
    assertThat(v.get("share").note()).contains("sum of its 2 members");
    assertThat(v.get("treaties").value()).isEqualTo(2);
    assertThat(v).doesNotContainKeys("people", "none");
  }

  @Test
  void dataThatListsOnlyStatesSaysNothingOfAnOrganization() {
    Actor org =
        new Actor(
            "XO",
            ActorKind.INTERNATIONAL_ORGANIZATION,
            "Organization XO",
            null,
            null,
            List.of(),
            null,
            SRC,
            Records.BY_TEST);
    var def =
        new IndicatorDefinition(
            "treaties", "Treaties", "count", false, null, 2000, 2020, true, List.of("src"), null);
    Method m = method(plain("treaties", "treaties", 5), plain("flow", "flow", 5));
    var o = List.of(obs("flow", "XF", "XO", 2020, 5), obs("flow", "XF", "XA", 2020, 7));
    var v =
        new RawValues(
                m,
                Registry.builder()
                    .actors(List.of(org, Records.state("XA")))
                    .indicators(List.of(def))
                    .build(),
                o,
                "XF")
            .values(2020);
    assertThat(v.get("XA").get("treaties").value()).isZero();
    assertThat(v.get("XO")).doesNotContainKey("treaties").containsKey("flow");
  }

  @Test
  void inDataThatListsOnlyWhatExistsALaterYearOfNoneIsFresherThanAnEarlierValue() {
    var def =
        new IndicatorDefinition(
            "treaties", "Treaties", "count", false, null, 2000, 2025, true, List.of("src"), null);
    Method m = method(plain("treaties", "treaties", 10), plain("flow", "flow", 10));
    // a treaty in force to 2018, then none: as of 2026 the pair has none (2025), not one (2018)
    var o =
        List.of(
            obs("treaties", "XF", "XA", 2017, 1),
            obs("treaties", "XF", "XA", 2018, 1),
            obs("flow", "XF", "XA", 2020, 3));
    var v =
        new RawValues(
                m,
                Registry.builder()
                    .actors(List.of(Records.state("XA")))
                    .indicators(List.of(def))
                    .build(),
                o,
                "XF")
            .values(2026)
            .get("XA");
    assertThat(v.get("treaties").value()).isZero();
    assertThat(v.get("treaties").year()).isEqualTo(2025);
  }

  @Test
  void aLedgerCountOfNoRecordIsMissingAndAProjectCountsOnlyFromItsDates() {
    var visit =
        new Contact(
            "v1",
            PartialDate.parse("2016-05-23"),
            "XA",
            "XF",
            ContactLevel.HEAD_OF_STATE_OR_GOVERNMENT,
            "a visit",
            null,
            SRC,
            Records.BY_TEST);
    var completedLate =
        new Project(
            "p1",
            "A line completed in 2024, start not on record",
            List.of("XF", "XA"),
            "trade",
            null,
            null,
            null,
            PartialDate.parse("2024-12-22"),
            null,
            null,
            ProjectStatus.COMPLETED,
            null,
            null,
            SRC,
            Records.BY_TEST);
    Registry r =
        Registry.builder().contacts(List.of(visit)).projects(List.of(completedLate)).build();
    // a visit in 2016 is within the five years before 2019, not 2022
    assertThat(LedgerMeasures.of(r, "XF", "XA", 2019))
        .containsEntry("ledger:high-level-visits", 1.0);
    assertThat(LedgerMeasures.of(r, "XF", "XA", 2022))
        .doesNotContainKey("ledger:high-level-visits");
    assertThat(LedgerMeasures.of(r, "XF", "XA", 2012)).doesNotContainKey("ledger:projects");
    assertThat(LedgerMeasures.of(r, "XF", "XA", 2024)).containsEntry("ledger:projects", 1.0);
  }

  @Test
  void theEvidenceAgeIsWeightedAsTheValuesWeighInTheDepth() {
    var o =
        List.of(
            obs("a", "XF", "XA", 2020, 1),
            obs("a", "XF", "XB", 2020, 2),
            obs("b", "XF", "XA", 2026, 1),
            obs("b", "XF", "XB", 2026, 2),
            obs("c", "XF", "XA", 2024, 1),
            obs("c", "XF", "XB", 2024, 2));
    Method m =
        method(
            plain("a", "a", 10),
            plain("b", "b", 10),
            indicator("c", "c", Pillar.IDENTITY, Orientation.EITHER, 10, 1, null, Aggregate.NONE));
    var values = new RawValues(m, Registry.empty(), o, "XF").values(2026);
    Score xa =
        DepthScorer.score(m, Registry.empty(), values, "XF", 2026).stream()
            .filter(s -> s.partner().equals("XA"))
            .findFirst()
            .orElseThrow();
    // interests: a (6 years) and b (0) weigh half each in their pillar; identity: c (2 years)
    assertThat(xa.pillars().get(Pillar.INTERESTS).age()).isEqualTo(3.0);
    assertThat(xa.pillars().get(Pillar.IDENTITY).age()).isEqualTo(2.0);
    assertThat(xa.evidenceAge()).isEqualTo(2.5);
    assertThat(xa.oldestPillar()).isEqualTo(Pillar.INTERESTS);
    assertThat(Vintage.of(List.of(xa), 2026).freshest()).containsEntry("src", 2026);
  }

  @Test
  void theVintageNamesTheIndicatorsThatGaveNoValueForAnyPartnerAndThoseAlikeForAll() {
    var o =
        List.of(
            obs("a", "XF", "XA", 2025, 1),
            obs("a", "XF", "XB", 2025, 2),
            obs("b", "XF", "XA", 2025, 5), // the same for both: tells them not apart
            obs("b", "XF", "XB", 2025, 5),
            obs("c", "XF", "XA", 2010, 1), // older than its lookback of 10 years in 2026
            obs("c", "XF", "XB", 2010, 2));
    Method m = method(plain("a", "a", 10), plain("b", "b", 10), plain("c", "c", 10));
    var scores =
        DepthScorer.score(
            m,
            Registry.empty(),
            new RawValues(m, Registry.empty(), o, "XF").values(2026),
            "XF",
            2026);
    Vintage v = Vintage.of(scores, 2026, List.of("a", "b", "c", "d"));
    assertThat(v.indicators()).isEqualTo(4);
    assertThat(v.silent()).containsExactly("c", "d");
    assertThat(v.uninformative()).containsExactly("b");
    assertThat(v.informing()).isEqualTo(1);
    // not told the method's indicators: nothing to say of them
    assertThat(Vintage.of(scores, 2026).silent()).isEmpty();
    assertThat(Vintage.of(scores, 2026).indicators()).isZero();
  }
}
