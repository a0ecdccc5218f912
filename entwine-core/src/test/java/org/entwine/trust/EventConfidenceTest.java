package org.entwine.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.entwine.events.RelationMonth;
import org.entwine.evidence.Observation;
import org.entwine.time.Month;
import org.entwine.time.PartialDate;
import org.junit.jupiter.api.Test;

/**
 * The degree from event data, one scenario a degree. Partners of FOC, each sending FOC the events
 * given over the window; the median deeds share among those with enough events (10%) is the
 * reference.
 */
class EventConfidenceTest {
  private static final TrustThresholds.EventThresholds T =
      TrustThresholds.EventThresholds.defaults();

  /** A partner's events toward FOC in 2012: words, deeds, verbal conflict, material conflict. */
  private static void events(
      List<Observation> out,
      String partner,
      int words,
      int deeds,
      int verbalConflict,
      int materialConflict) {
    PartialDate y = PartialDate.parse("2012");
    out.add(new Observation(EventConfidence.WORDS, partner, "FOC", y, words, "s"));
    out.add(new Observation(EventConfidence.DEEDS, partner, "FOC", y, deeds, "s"));
    out.add(
        new Observation(EventConfidence.VERBAL_CONFLICT, partner, "FOC", y, verbalConflict, "s"));
    out.add(
        new Observation(
            EventConfidence.MATERIAL_CONFLICT, partner, "FOC", y, materialConflict, "s"));
  }

  private static Map<String, EventConfidence.FromEvents> judge() {
    List<Observation> o = new ArrayList<>();
    events(o, "AAA", 80, 20, 0, 0); // deeds 20%: twice the median, no conflict, bound -> 1
    events(o, "BBB", 90, 10, 2, 1); // deeds 10%, as the median; conflict 1%, unbound -> 2
    events(o, "CCC", 95, 5, 5, 5); // deeds 5%: half the median, bound -> 3 (not 4)
    events(o, "DDD", 97, 3, 10, 20); // deeds 3%, conflict 15%, nothing binds -> 4
    events(o, "EEE", 10, 2, 0, 0); // 12 cooperation events: too few
    events(o, "FFF", 90, 10, 0, 0); // two more partners at the median
    events(o, "GGG", 90, 10, 0, 0);
    // an event outside the window, and one FOC sends, are not read
    o.add(
        new Observation(EventConfidence.DEEDS, "AAA", "FOC", PartialDate.parse("2005"), 1000, "s"));
    o.add(
        new Observation(EventConfidence.DEEDS, "FOC", "DDD", PartialDate.parse("2012"), 1000, "s"));
    return EventConfidence.of(
        "FOC",
        o,
        2014,
        5,
        Map.of(
            "AAA",
            List.of("investment agreement in force (UNCTAD), 2012"),
            "CCC",
            List.of("a treaty")),
        T);
  }

  @Test
  void deedsAheadOfWordsWithoutConflictAndBoundIsHighConfidence() {
    var a = judge().get("AAA");
    assertThat(a.degree()).isEqualTo(Degree.HIGH_CONFIDENCE);
    assertThat(a.deedsShare()).isCloseTo(0.2, within(1e-12));
    assertThat(a.relative()).isCloseTo(2.0, within(1e-12));
    assertThat(a.basis())
        .isEqualTo("event data (ICEWS dyad-years 2008-2012: verbal against material cooperation)");
  }

  @Test
  void deedsAsTheMedianPartnersButUnboundIsLessConfidence() {
    var b = judge().get("BBB");
    assertThat(b.degree()).isEqualTo(Degree.LESS_CONFIDENCE);
    assertThat(b.conflictShare()).isCloseTo(1.0 / 103, within(1e-12));
  }

  @Test
  void wordsOutrunningDeedsIsSuspicionAndWithMuchConflictAndNothingBindingDeepSuspicion() {
    assertThat(judge().get("CCC").degree()).isEqualTo(Degree.SUSPICION);
    assertThat(judge().get("CCC").reason()).contains("though a treaty exists");
    var d = judge().get("DDD");
    assertThat(d.degree()).isEqualTo(Degree.DEEP_SUSPICION);
    assertThat(d.conflictShare()).isCloseTo(20.0 / 130, within(1e-12));
  }

  @Test
  void tooFewCooperationEventsIsInsufficientEvidence() {
    var e = judge().get("EEE");
    assertThat(e.degree()).isEqualTo(Degree.INSUFFICIENT_EVIDENCE);
    assertThat(e.reason()).contains("at least 20");
  }

  @Test
  void dataOlderThanTheLookbackSaysNothing() {
    List<Observation> o = new ArrayList<>();
    events(o, "AAA", 80, 20, 0, 0);
    assertThat(EventConfidence.of("FOC", o, 2019, 5, Map.of(), T)).isEmpty();
  }

  /**
   * A partner's events toward FOC in one month, by family: intents (03), consultations (04, not
   * counted as words or deeds), agreements signed (057), material cooperation (06), aid (07), and
   * material conflict; the month's events are these and {@code other} more.
   */
  private static RelationMonth month(
      String partner,
      int yyyymm,
      int intent,
      int consult,
      int sign,
      int cooperate,
      int aid,
      int materialConflict,
      int other) {
    long[] families = {intent, consult, 0, 0, sign, cooperate, aid};
    long events = intent + consult + sign + cooperate + aid + materialConflict + other;
    return new RelationMonth(
        partner,
        "FOC",
        Month.ofPacked(yyyymm),
        events,
        new long[] {intent + consult + sign, cooperate + aid, other, materialConflict},
        0,
        0,
        0,
        0,
        0,
        families);
  }

  private static Map<String, EventConfidence.FromEvents> judgeFamilies() {
    List<RelationMonth> m = new ArrayList<>();
    m.add(
        month(
            "AAA", 201803, 60, 500, 20, 0, 0, 0,
            0)); // deeds 20 of 80: twice the median, bound -> 1
    m.add(month("AAA", 201907, 0, 0, 0, 0, 0, 0, 0));
    m.add(
        month(
            "BBB", 201901, 40, 9, 4, 1, 0, 1,
            50)); // deeds 5 of 45 (11%), as the median; conflict 1%, unbound -> 2
    m.add(
        month("CCC", 201902, 50, 0, 0, 3, 0, 2, 40)); // deeds 3 of 53: half the median, bound -> 3
    m.add(
        month(
            "DDD", 201904, 60, 0, 2, 0, 0, 30,
            10)); // deeds 2 of 62, conflict 29%, nothing binds -> 4
    m.add(
        month(
            "EEE", 201905, 10, 300, 0, 2, 0, 0,
            0)); // 12 words and deeds (consultations are neither): too few
    m.add(month("FFF", 201906, 40, 0, 5, 0, 0, 0, 0)); // two partners at the median
    m.add(month("GGG", 201906, 40, 0, 0, 0, 5, 0, 0));
    // outside the window (2015-2019), sent by FOC, or without families counted: not read
    m.add(month("DDD", 201412, 0, 0, 500, 0, 0, 0, 0));
    m.add(
        new RelationMonth(
            "FOC",
            "DDD",
            Month.of(2019, 1),
            500,
            new long[] {0, 500, 0, 0},
            0,
            0,
            0,
            0,
            0,
            new long[] {0, 0, 0, 0, 0, 500, 0}));
    m.add(
        new RelationMonth(
            "DDD", "FOC", Month.of(2019, 2), 500, new long[] {0, 500, 0, 0}, 0, 0, 0, 0, 0, null));
    return EventConfidence.fromFamilies(
        "FOC", m, "gdelt", 2019, Map.of("AAA", List.of("a treaty"), "CCC", List.of("a treaty")), T);
  }

  @Test
  void fromFamiliesIntentsAreWordsAndAgreementsCooperationAndAidAreDeeds() {
    var d = judgeFamilies();
    assertThat(d.get("AAA").degree()).isEqualTo(Degree.HIGH_CONFIDENCE);
    assertThat(d.get("AAA").deedsShare()).isCloseTo(0.25, within(1e-12));
    assertThat(d.get("BBB").degree()).isEqualTo(Degree.LESS_CONFIDENCE);
    assertThat(d.get("CCC").degree()).isEqualTo(Degree.SUSPICION);
    assertThat(d.get("DDD").degree()).isEqualTo(Degree.DEEP_SUSPICION);
    assertThat(d.get("DDD").conflictShare()).isCloseTo(30.0 / 102, within(1e-12));
    assertThat(d.get("EEE").degree()).isEqualTo(Degree.INSUFFICIENT_EVIDENCE);
    assertThat(d.get("AAA").basis())
        .isEqualTo(
            "event data (GDELT events 2018-03 to 2019-07: intents to cooperate, CAMEO 03,"
                + " against agreements signed, 057, material cooperation, 06, and aid, 07)");
  }

  @Test
  void aShareFromTooFewEventsToTellFromChanceIsInsufficientEvidence() {
    List<Observation> o = new ArrayList<>();
    events(o, "AAA", 80, 20, 0, 0);
    events(o, "BBB", 90, 10, 0, 0); // the median: deeds 10%
    events(o, "CCC", 95, 5, 0, 0);
    events(o, "FFF", 90, 10, 0, 0);
    events(o, "GGG", 90, 10, 0, 0);
    events(
        o, "SMALL", 30, 0, 0,
        0); // no deed in 30: at the median's 10% it would hold 3, too few to tell
    events(o, "LARGE", 60, 0, 0, 0); // none in 60, where 6 were expected: words outran deeds
    var d = EventConfidence.of("FOC", o, 2014, 5, Map.of(), T);
    assertThat(d.get("SMALL").degree()).isEqualTo(Degree.INSUFFICIENT_EVIDENCE);
    assertThat(d.get("SMALL").reason())
        .contains(
            "they would hold 3.0 deeds, and at least 5 are needed to tell its deeds from chance");
    assertThat(d.get("LARGE").degree()).isEqualTo(Degree.SUSPICION);
  }

  @Test
  void fromFamiliesWithoutCountedMonthsInTheWindowSaysNothing() {
    List<RelationMonth> m = List.of(month("AAA", 201003, 30, 0, 10, 0, 0, 0, 0));
    assertThat(EventConfidence.fromFamilies("FOC", m, "gdelt", 2019, Map.of(), T)).isEmpty();
  }
}
