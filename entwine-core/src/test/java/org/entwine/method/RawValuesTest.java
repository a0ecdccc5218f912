package org.entwine.method;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.entwine.evidence.IndicatorDefinition;
import org.entwine.evidence.Mechanism;
import org.entwine.evidence.MechanismLevel;
import org.entwine.evidence.Observation;
import org.entwine.evidence.Session;
import org.entwine.registry.Records;
import org.entwine.registry.Registry;
import org.entwine.time.PartialDate;
import org.junit.jupiter.api.Test;

class EvidenceTest {
  private static Observation obs(
      String indicator, String actor, String partner, int year, double v) {
    return new Observation(
        indicator, actor, partner, PartialDate.parse(String.valueOf(year)), v, "src");
  }

  private static Method method(int lookback, MethodIndicator... i) {
    return new Method(
        "t",
        1,
        null,
        Normalization.MIN_MAX,
        Aggregation.ARITHMETIC,
        lookback,
        false,
        null,
        List.of(i),
        List.of(),
        null,
        null,
        null,
        null,
        "h");
  }

  private static MethodIndicator on(String measure, Orientation o) {
    return new MethodIndicator(
        "x", measure, Pillar.INTERESTS, Side.DE_FACTO, o, true, false, 1, null, "test");
  }

  private static Registry with(List<IndicatorDefinition> defs, List<Mechanism> mechanisms) {
    return Registry.builder().mechanisms(mechanisms).indicators(defs).build();
  }

  @Test
  void aValueMayComeFromUpToLookbackYearsBeforeAndSaysWhichYear() {
    var o = List.of(obs("trade.total", "CHN", "VNM", 2014, 70358));
    var v2016 =
        new RawValues(method(5, on("trade.total", Orientation.EITHER)), Registry.empty(), o, "VNM")
            .values(2016);
    assertThat(v2016.get("CHN").get("x").year()).isEqualTo(2014);
    assertThat(v2016.get("CHN").get("x").note()).contains("2014");
    assertThat(
            new RawValues(
                    method(1, on("trade.total", Orientation.EITHER)), Registry.empty(), o, "VNM")
                .values(2016))
        .isEmpty();
  }

  @Test
  void aFormerStateIsNoPartnerAfterItEndedWhateverTheLookbackFinds() {
    var ddr =
        new org.entwine.actor.Actor(
            "DDR",
            org.entwine.actor.ActorKind.STATE,
            "German Democratic Republic",
            null,
            null,
            null,
            null,
            PartialDate.parse("1990-10-02"),
            null,
            Records.SRC,
            Records.BY_TEST);
    Registry r =
        Records.registry(List.of(ddr, Records.state("VNM"), Records.state("CHN")), List.of());
    var o =
        List.of(
            obs("trade.total", "DDR", "VNM", 1989, 120),
            obs("trade.total", "CHN", "VNM", 1989, 300));
    var e = new RawValues(method(5, on("trade.total", Orientation.EITHER)), r, o, "VNM");
    assertThat(e.values(1990)).containsKeys("DDR", "CHN");
    assertThat(e.values(1991)).containsOnlyKeys("CHN");
  }

  @Test
  void orientationReadsADirectedMeasureFromOrToTheFocalActor() {
    var o =
        List.of(
            obs("trade.share", "VNM", "CHN", 2014, 24.5),
            obs("trade.share", "CHN", "VNM", 2014, 1.3));
    assertThat(
            new RawValues(
                    method(0, on("trade.share", Orientation.FROM_FOCAL)),
                    Registry.empty(),
                    o,
                    "VNM")
                .values(2014)
                .get("CHN")
                .get("x")
                .value())
        .isEqualTo(24.5);
    assertThat(
            new RawValues(
                    method(0, on("trade.share", Orientation.TO_FOCAL)), Registry.empty(), o, "VNM")
                .values(2014)
                .get("CHN")
                .get("x")
                .value())
        .isEqualTo(1.3);
  }

  @Test
  void sparseDataMeansZeroWithinItsCoveredYearsButDoesNotBringAPartnerInOnItsOwn() {
    var def =
        new IndicatorDefinition(
            "atop.defense",
            "d",
            "0/1",
            true,
            null,
            1815,
            2018,
            true,
            List.of("atop"),
            Records.BY_TEST);
    var o =
        List.of(
            obs("igo.shared", "CHN", "VNM", 2014, 47), obs("atop.defense", "USA", "JPN", 2014, 1));
    Method m =
        new Method(
            "t",
            1,
            null,
            Normalization.MIN_MAX,
            Aggregation.ARITHMETIC,
            0,
            false,
            null,
            List.of(
                on("igo.shared", Orientation.EITHER),
                new MethodIndicator(
                    "def",
                    "atop.defense",
                    Pillar.INTERESTS,
                    Side.DE_JURE,
                    Orientation.EITHER,
                    true,
                    false,
                    1,
                    null,
                    "t")),
            List.of(),
            null,
            null,
            null,
            null,
            "h");
    var v = new RawValues(m, with(List.of(def), List.of()), o, "VNM").values(2014);
    assertThat(v.get("CHN").get("def").value()).isZero();
    assertThat(v.get("CHN").get("def").note()).contains("lists only what exists");
    assertThat(new RawValues(m, with(List.of(def), List.of()), o, "VNM").values(2020).get("CHN"))
        .isNull();
  }

  @Test
  void aLedgerMeasureIsMissingWhereNoRecordSpeaksAndCountedWhereOneDoes() {
    var steering =
        new Mechanism(
            "m1",
            "Committee",
            List.of("VNM", "CHN"),
            "joint committee",
            MechanismLevel.NATIONAL,
            PartialDate.parse("2006"),
            1.0,
            null,
            List.of(
                new Session(PartialDate.parse("2019"), null, List.of("s")),
                new Session(PartialDate.parse("2021"), null, List.of("s"))),
            null,
            List.of("s"),
            Records.BY_TEST);
    var measures = LedgerMeasures.of(with(List.of(), List.of(steering)), "VNM", "CHN", 2021);
    // a mechanism on record, none of them a dispute channel: the ledger says nothing of channels
    assertThat(measures)
        .containsEntry("ledger:mechanisms", 1.0)
        .doesNotContainKey("ledger:dispute-channels");
    assertThat(measures.get("ledger:sessions-held-ratio"))
        .isEqualTo(2.0 / 5); // 2 of 5 planned in 2017-2021
    assertThat(measures.get("ledger:mechanism-years")).isEqualTo(16.0);
    assertThat(LedgerMeasures.of(with(List.of(), List.of(steering)), "VNM", "JPN", 2021))
        .doesNotContainKey("ledger:mechanisms");
    // before the committee was established no record speaks: missing, not zero
    assertThat(LedgerMeasures.of(with(List.of(), List.of(steering)), "VNM", "CHN", 2005))
        .doesNotContainKey("ledger:mechanisms");
  }
}
