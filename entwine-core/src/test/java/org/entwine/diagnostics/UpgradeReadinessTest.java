package org.entwine.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.entwine.framework.Level;
import org.entwine.method.Pillar;
import org.entwine.method.PillarScore;
import org.entwine.method.Score;
import org.junit.jupiter.api.Test;

/**
 * Readiness compares a partner with the partners at the next rung of the ordinary ladder
 * (comprehensive, strategic, comprehensive strategic), never with those in a special relationship.
 */
class UpgradeReadinessTest {
  private static Score score(
      String partner, double interests, double institutions, double identity) {
    Map<Pillar, PillarScore> pillars = new EnumMap<>(Pillar.class);
    pillars.put(Pillar.INTERESTS, new PillarScore(interests, null, null, 1, 2024, 0.0));
    pillars.put(Pillar.INSTITUTIONS, new PillarScore(institutions, null, null, 1, 2024, 0.0));
    pillars.put(Pillar.IDENTITY, new PillarScore(identity, null, null, 1, 2024, 0.0));
    double depth = (interests + institutions + identity) / 3;
    return new Score(
        "FOC", partner, 2024, depth, pillars, 1, 0, 0, null, null, List.of(), List.of(), false, 0.0,
        "m", 1, "h");
  }

  private static final Map<String, Level> LEVELS =
      Map.of(
          "SPC", Level.SPECIAL,
          "CSP", Level.COMPREHENSIVE_STRATEGIC,
          "STR", Level.STRATEGIC,
          "SEC", Level.SECTORAL_STRATEGIC,
          "CMP", Level.COMPREHENSIVE,
          "OTH", Level.OTHER_PARTNERSHIP);

  private static final List<Score> SCORES =
      List.of(
          score("SPC", 95, 95, 95),
          score("CSP", 80, 70, 60),
          score("STR", 60, 50, 40),
          score("SEC", 40, 50, 40),
          score("CMP", 30, 30, 30),
          score("OTH", 10, 20, 30));

  @Test
  void theTopOfTheOrdinaryLadderIsComparedWithNoOneNotWithTheSpecialRelationships() {
    var r = UpgradeReadiness.of(LEVELS, SCORES);
    assertThat(r).doesNotContainKeys("CSP", "SPC");
  }

  @Test
  void eachRungIsComparedWithTheNextOrdinaryRung() {
    var r = UpgradeReadiness.of(LEVELS, SCORES);
    assertThat(r.get("STR").nextLevel()).isEqualTo(Level.COMPREHENSIVE_STRATEGIC);
    assertThat(r.get("SEC").nextLevel()).isEqualTo(Level.STRATEGIC);
    assertThat(r.get("CMP").nextLevel()).isEqualTo(Level.STRATEGIC);
    assertThat(r.get("OTH").nextLevel()).isEqualTo(Level.COMPREHENSIVE);
    // strategic against comprehensive strategic (80, 70, 60): 20 points short on each pillar
    assertThat(r.get("STR").gap()).isEqualTo(20.0);
    assertThat(r.get("STR").partnersAtNextLevel()).isEqualTo(1);
  }

  @Test
  void anEmptyRungIsPassedOverForTheNextOrdinaryOne() {
    Map<String, Level> noStrategic = new java.util.HashMap<>(LEVELS);
    noStrategic.remove("STR");
    var r =
        UpgradeReadiness.of(
            noStrategic, SCORES.stream().filter(s -> !s.partner().equals("STR")).toList());
    assertThat(r.get("CMP").nextLevel()).isEqualTo(Level.COMPREHENSIVE_STRATEGIC);
    assertThat(r.get("SEC").nextLevel()).isEqualTo(Level.COMPREHENSIVE_STRATEGIC);
  }
}
