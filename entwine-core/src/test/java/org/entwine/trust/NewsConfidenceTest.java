package org.entwine.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.entwine.evidence.Observation;
import org.entwine.time.PartialDate;
import org.junit.jupiter.api.Test;

/**
 * The degree from the news: friction against cooperation over the window, beside the focal actor's
 * other partners. The focal actor XF, its partners XA…XH and their news are invented.
 */
class NewsConfidenceTest {
  private static final TrustThresholds.NewsThresholds T = TrustThresholds.NewsThresholds.defaults();

  private static void year(
      List<Observation> into, String partner, int year, double cooperation, double friction) {
    PartialDate y = PartialDate.parse(String.valueOf(year));
    into.add(new Observation(NewsConfidence.COOPERATION, partner, "XF", y, cooperation, "s"));
    into.add(new Observation(NewsConfidence.FRICTION, partner, "XF", y, friction, "s"));
  }

  /** Five years of news at a friction share for each partner, 1,000 of weight a year. */
  private static List<Observation> news(Map<String, Double> frictionShare) {
    List<Observation> o = new ArrayList<>();
    frictionShare.forEach(
        (p, f) -> {
          for (int y = 2020; y <= 2024; y++) year(o, p, y, 1000 * (1 - f), 1000 * f);
        });
    return o;
  }

  private static final Map<String, Double> PEERS =
      Map.of("XA", 0.05, "XB", 0.10, "XC", 0.10, "XD", 0.12, "XE", 0.40, "XG", 0.70);

  @Test
  void steadyCooperationBoundByATreatyIsHighConfidenceAndUnboundIsLess() {
    var d =
        NewsConfidence.of(
            "XF",
            news(PEERS),
            2026,
            Map.of("XA", List.of("bilateral investment agreement in force (UNCTAD), 2025")),
            T);
    assertThat(d.get("XA").degree()).isEqualTo(Degree.HIGH_CONFIDENCE);
    assertThat(d.get("XA").kind()).isEqualTo("news");
    assertThat(d.get("XA").from()).isEqualTo(2020);
    assertThat(d.get("XA").to()).isEqualTo(2024);
    assertThat(d.get("XA").basis()).contains("GDELT pair scores 2020-2024");
    // as steady, but nothing binds it
    assertThat(d.get("XB").degree()).isEqualTo(Degree.LESS_CONFIDENCE);
    assertThat(d.get("XB").reason()).contains("nothing binds");
  }

  @Test
  void moreFrictionThanMostPartnersIsSuspicionAndFrictionOutweighingCooperationDeepSuspicion() {
    var d = NewsConfidence.of("XF", news(PEERS), 2026, Map.of("XG", List.of("a treaty")), T);
    // the median partner's friction is 11%: XE's 40% is more than 1.6 times it
    assertThat(d.get("XE").degree()).isEqualTo(Degree.SUSPICION);
    assertThat(d.get("XE").reason()).contains("friction 40%").contains("median partner's (11%)");
    // XG's friction outweighs its cooperation, but a treaty binds it
    assertThat(d.get("XG").degree()).isEqualTo(Degree.SUSPICION);
    var unbound = NewsConfidence.of("XF", news(PEERS), 2026, Map.of(), T);
    assertThat(unbound.get("XG").degree()).isEqualTo(Degree.DEEP_SUSPICION);
  }

  @Test
  void aYearOfFrictionBarsTheHighestDegreeAndIsNamed() {
    List<Observation> o = news(PEERS);
    // XH: calm but for 2021, when friction was half its news
    for (int y = 2020; y <= 2024; y++)
      year(o, "XH", y, y == 2021 ? 500 : 980, y == 2021 ? 500 : 20);
    var d = NewsConfidence.of("XF", o, 2026, Map.of("XH", List.of("a treaty")), T);
    assertThat(d.get("XH").degree()).isEqualTo(Degree.LESS_CONFIDENCE);
    assertThat(d.get("XH").reason()).contains("a year of friction: 2021 (50%)");
  }

  @Test
  void tooLittleNewsIsInsufficientAndSaysHowMuchThereWas() {
    List<Observation> o = news(PEERS);
    year(o, "XT", 2023, 60, 10);
    var d = NewsConfidence.of("XF", o, 2026, Map.of(), T);
    assertThat(d.get("XT").degree()).isEqualTo(Degree.INSUFFICIENT_EVIDENCE);
    assertThat(d.get("XT").reason()).contains("weighs 70").contains("at least 200");
  }

  @Test
  void newsOlderThanTheLookbackJudgesNothingAndNothingAfterTheYearScoredIsRead() {
    assertThat(NewsConfidence.of("XF", news(PEERS), 2028, Map.of(), T)).isEmpty();
    var d = NewsConfidence.of("XF", news(PEERS), 2022, Map.of(), T);
    assertThat(d.get("XA").to()).isEqualTo(2022);
    assertThat(d.get("XA").from()).isEqualTo(2018);
  }
}
