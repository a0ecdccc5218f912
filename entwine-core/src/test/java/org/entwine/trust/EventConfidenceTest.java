package org.entwine.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.entwine.evidence.Observation;
import org.entwine.time.PartialDate;
import org.junit.jupiter.api.Test;

/**
 * The degree from event data, one scenario a degree. Partners of FOC, each sending FOC the events
 * given over the window; the median deeds share among those with enough events (10%) is the reference.
 */
class EventConfidenceTest {
  private static final TrustThresholds.EventThresholds T = TrustThresholds.EventThresholds.defaults();

  /** A partner's events toward FOC in 2012: words, deeds, verbal conflict, material conflict. */
  private static void events(List<Observation> out, String partner, int words, int deeds, int verbalConflict, int materialConflict) {
    PartialDate y = PartialDate.parse("2012");
    out.add(new Observation(EventConfidence.WORDS, partner, "FOC", y, words, "s"));
    out.add(new Observation(EventConfidence.DEEDS, partner, "FOC", y, deeds, "s"));
    out.add(new Observation(EventConfidence.VERBAL_CONFLICT, partner, "FOC", y, verbalConflict, "s"));
    out.add(new Observation(EventConfidence.MATERIAL_CONFLICT, partner, "FOC", y, materialConflict, "s"));
  }

  private static Map<String, EventConfidence.Assessment> judge() {
    List<Observation> o = new ArrayList<>();
    events(o, "AAA", 80, 20, 0, 0);     // deeds 20%: twice the median, no conflict, bound -> 1
    events(o, "BBB", 90, 10, 2, 1);     // deeds 10%, as the median; conflict 1%, unbound -> 2
    events(o, "CCC", 95, 5, 5, 5);      // deeds 5%: half the median, bound -> 3 (not 4)
    events(o, "DDD", 97, 3, 10, 20);    // deeds 3%, conflict 15%, nothing binds -> 4
    events(o, "EEE", 10, 2, 0, 0);      // 12 cooperation events: too few
    events(o, "FFF", 90, 10, 0, 0);     // two more partners at the median
    events(o, "GGG", 90, 10, 0, 0);
    // an event outside the window, and one FOC sends, are not read
    o.add(new Observation(EventConfidence.DEEDS, "AAA", "FOC", PartialDate.parse("2005"), 1000, "s"));
    o.add(new Observation(EventConfidence.DEEDS, "FOC", "DDD", PartialDate.parse("2012"), 1000, "s"));
    return EventConfidence.of("FOC", o, 2014, 5,
        Map.of("AAA", List.of("investment agreement in force (UNCTAD), 2012"), "CCC", List.of("a treaty")), T);
  }

  @Test
  void deedsAheadOfWordsWithoutConflictAndBoundIsHighConfidence() {
    var a = judge().get("AAA");
    assertThat(a.degree()).isEqualTo(Degree.HIGH_CONFIDENCE);
    assertThat(a.deedsShare()).isCloseTo(0.2, within(1e-12));
    assertThat(a.relative()).isCloseTo(2.0, within(1e-12));
    assertThat(a.basis()).isEqualTo("event data (ICEWS dyad-years 2008-2012)");
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
}
