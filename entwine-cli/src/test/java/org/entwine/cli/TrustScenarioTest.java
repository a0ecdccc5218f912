package org.entwine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entwine.json.DomainJson;
import org.entwine.trust.Cell;
import org.entwine.trust.Degree;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The trust scenarios in src/test/resources/scenarios/trust, one small file a degree: each
 * partner's degree of confidence and cell of the matrix, as the file's opening comment says.
 */
class TrustScenarioTest {
  @TempDir static Path dir;
  static Map<String, JsonNode> rows = new HashMap<>();
  static Path db;

  @BeforeAll
  static void assess() throws Exception {
    db = dir.resolve("t.duckdb");
    assertThat(Cli.run(db, "init", "--empty").code()).isZero();
    List<String> files =
        List.of(
            "common.yaml",
            "cooperation.csv",
            "degree1-good-friend.yaml",
            "degree2-good-partner.yaml",
            "degree2-from-targets.yaml",
            "degree3-bad-friend.yaml",
            "degree4-bad-partner.yaml",
            "insufficient-evidence.yaml",
            "method.yaml",
            "diagnostics.yaml",
            "diagnostics.csv");
    for (String f : files) {
      Files.copy(
          TrustScenarioTest.class.getResourceAsStream("/scenarios/trust/" + f), dir.resolve(f));
    }
    var imported =
        Cli.run(
            db,
            "import",
            dir.resolve("common.yaml").toString(),
            dir.resolve("degree1-good-friend.yaml").toString(),
            dir.resolve("degree2-good-partner.yaml").toString(),
            dir.resolve("degree2-from-targets.yaml").toString(),
            dir.resolve("degree3-bad-friend.yaml").toString(),
            dir.resolve("degree4-bad-partner.yaml").toString(),
            dir.resolve("insufficient-evidence.yaml").toString(),
            dir.resolve("diagnostics.yaml").toString());
    assertThat(imported.code()).as(imported.err()).isZero();
    // the scenarios are made up, between invented actors: their source is illustrative, so they are
    // asked for
    var r =
        Cli.run(
            db,
            "assess",
            "FOC",
            "--as-of",
            "2024-12-31",
            "--include-illustrative",
            "--method",
            dir.resolve("method.yaml").toString(),
            "--runs",
            "20",
            "--format",
            "json");
    assertThat(r.code()).as(r.err()).isZero();
    DomainJson.json()
        .readTree(r.out())
        .get("partners")
        .forEach(o -> rows.put(o.get("partner").asText(), o));
    assertThat(r.err())
        .contains("includes")
        .contains("illustrative record(s): made-up values, not facts");
  }

  @Test
  void withoutBeingAskedForIllustrativeRecordsStayOutOfEveryScoreAndTheOutputSaysSo() {
    var r =
        Cli.run(
            db,
            "assess",
            "FOC",
            "--as-of",
            "2024-12-31",
            "--method",
            dir.resolve("method.yaml").toString(),
            "--runs",
            "20");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("0 partners")
        .contains(
            "illustrative record(s) left out of the scores (--include-illustrative to use them)");
    var s =
        Cli.run(
            db,
            "score",
            "FOC",
            "--year",
            "2024",
            "--method",
            dir.resolve("method.yaml").toString(),
            "--format",
            "json");
    assertThat(s.out().strip()).isEqualTo("[ ]");
    assertThat(s.err()).contains("left out of the scores");
  }

  private static void expect(String partner, int degree, Integer cell, String cellLabel) {
    JsonNode o = rows.get(partner);
    assertThat(o).as(partner).isNotNull();
    assertThat(degree(o)).as(partner + " degree").isEqualTo(degree);
    if (cell == null) {
      assertThat(o.get("cell").isNull()).as(partner + " cell").isTrue();
    } else {
      Cell c = Cell.valueOf(o.get("cell").asText());
      assertThat(c.number()).as(partner + " cell").isEqualTo(cell);
      assertThat(c.label()).isEqualTo(cellLabel);
    }
  }

  /** The number of the degree that stands (0: insufficient evidence). */
  private static int degree(JsonNode o) {
    return Degree.valueOf(o.at("/standing/degree").asText()).number();
  }

  @Test
  void keptEveryCommitmentAndBoundByATreatyIsAGoodFriend() {
    expect("AAA", 1, 1, "good friend / reliable partner");
    assertThat(rows.get("AAA").at("/confidence/consistency").asDouble()).isEqualTo(1.0);
    assertThat(rows.get("AAA").at("/confidence/compliance").asDouble()).isEqualTo(1.0);
    assertThat(rows.get("AAA").at("/confidence/binding").toString())
        .contains("Treaty of cooperation");
  }

  @Test
  void keptTwoOfThreeIsLessConfidenceOnTheLowerSideAndWithLittleCooperationTheFourthCell() {
    // degree 1 alone is the matrix's high level of confidence: degree 2 sits with 3 and 4
    expect("BBB", 2, 4, "bad partner / enemy");
    assertThat(Cell.valueOf(rows.get("BBB").get("cell").asText()).neutral())
        .isEqualTo("lower confidence, less cooperation");
    assertThat(rows.get("BBB").at("/confidence/consistency").asDouble()).isEqualTo(2.0 / 3);
  }

  @Test
  void twoTargetsJudgedFromTheDataAndAReportedFigureGiveADegreeFromTheLedger() {
    JsonNode iii = rows.get("III");
    assertThat(degree(iii)).isEqualTo(2);
    assertThat(iii.at("/standing/basis").asText()).isEqualTo("ledger");
    assertThat(iii.at("/confidence/fallenDue").asInt())
        .as("a restated target counts once")
        .isEqualTo(2);
    assertThat(iii.at("/confidence/consistency").asDouble()).isEqualTo(0.75);
    var brief =
        Cli.run(
            db,
            "brief",
            "FOC",
            "III",
            "--as-of",
            "2024-12-31",
            "--include-illustrative",
            "--method",
            dir.resolve("method.yaml").toString());
    assertThat(brief.code()).as(brief.err()).isZero();
    assertThat(brief.out())
        .contains("rests on: iii-2020 met (120%); iii-2022 partly met (55%)")
        .contains("MET: met: USD 12 billion in 2020, 120% of the target of USD 10 billion (FOC's")
        .contains("PARTLY MET: partly met: USD 11 billion in 2022, 55% of the target of USD 20")
        .contains("reported outcome iii-trade-2022, Itera's customs")
        .contains("NOT JUDGED: not judged: no figure for 2023")
        .contains("PENDING: due in 2030")
        .contains("restates iii-2020, counted once");
  }

  @Test
  void keptOneOfThreeIsSuspicionAndWithMuchCooperationABadFriend() {
    expect("CCC", 3, 2, "bad friend / temporary partner");
    assertThat(rows.get("CCC").at("/standing/reason").asText())
        .contains("though an institution exists");
    assertThat(rows.get("CCC").at("/standing/basis").asText()).isEqualTo("ledger");
  }

  @Test
  void brokeEveryCommitmentWithNothingBindingIsDeepSuspicionAndABadPartner() {
    expect("DDD", 4, 4, "bad partner / enemy");
    assertThat(rows.get("DDD").at("/confidence/compliance").asDouble()).isEqualTo(-1.0);
  }

  @Test
  void tooFewCommitmentsFallenDueIsInsufficientEvidenceAndNoCell() {
    expect("EEE", 0, null, null);
    assertThat(rows.get("EEE").at("/standing/degree").asText()).isEqualTo("INSUFFICIENT_EVIDENCE");
    assertThat(rows.get("EEE").at("/confidence/fallenDue").asInt()).isEqualTo(1);
    assertThat(rows.get("EEE").at("/standing/reason").asText()).contains("at least 2");
  }

  /** The change of depth over five years, as the record gives its two depths. */
  private static double depthChange(JsonNode o) {
    return o.at("/score/depth").asDouble() - o.get("depthFiveYearsBefore").asDouble();
  }

  private static java.util.List<String> flags(String partner) {
    java.util.List<String> out = new java.util.ArrayList<>();
    rows.get(partner).get("flags").forEach(f -> out.add(f.asText()));
    return out;
  }

  @Test
  void aStrategicLabelOverShallowCooperationIsFlagged() {
    assertThat(rows.get("FFF").get("level").asText()).isEqualTo("STRATEGIC");
    assertThat(flags("FFF")).contains("LABEL_ABOVE_SUBSTANCE");
    assertThat(flags("HHH")).doesNotContain("LABEL_ABOVE_SUBSTANCE");
    // Hland has no framework and is deeper than the method's line for a strategic partner (50)
    assertThat(flags("HHH")).contains("SUBSTANCE_WITHOUT_LABEL");
  }

  @Test
  void aDeepRelationWithoutAFrameworkIsFlagged() {
    assertThat(flags("GGG")).contains("SUBSTANCE_WITHOUT_LABEL");
    assertThat(flags("BBB")).doesNotContain("SUBSTANCE_WITHOUT_LABEL");
  }

  @Test
  void undeliveredCommitmentsOverdueProjectsAndIdleMechanismsAreAnImplementationGap() {
    assertThat(flags("HHH")).contains("IMPLEMENTATION_GAP");
    assertThat(rows.get("HHH").at("/gap/undelivered").toString()).contains("hhh-1 (PENDING)");
    assertThat(rows.get("HHH").at("/gap/overdue").toString()).contains("hhh-dam");
    assertThat(rows.get("HHH").at("/gap/underused").toString())
        .contains("hhh-committee (1 of 10 sessions planned since 2020)");
    assertThat(flags("AAA")).doesNotContain("IMPLEMENTATION_GAP");
  }

  @Test
  void anAnalystsJudgementIsShownBesideTheComputedDegreeNeverInItsPlace() {
    assertThat(degree(rows.get("AAA"))).isEqualTo(1);
    assertThat(rows.get("AAA").at("/judgement/degree").asInt()).isEqualTo(3);
    assertThat(rows.get("AAA").at("/judgement/reason").asText())
        .isEqualTo("Recent naval incidents");
    assertThat(rows.get("AAA").at("/judgement/analyst").asText()).isEqualTo("Desk officer");
    assertThat(flags("AAA")).contains("JUDGEMENT_DIFFERS");
    assertThat(rows.get("BBB").get("judgement").isNull()).isTrue();
  }

  @Test
  void priorityGroupsAreDataByMembersOrByAnActorsMembership() {
    assertThat(rows.get("AAA").get("priority").toString()).contains("neighbours");
    assertThat(rows.get("CCC").get("priority").toString()).contains("bloc");
    assertThat(rows.get("DDD").get("priority").size()).isZero();
  }

  @Test
  void depthFallingOrRisingOverFiveYearsIsFlaggedAndAStableOneIsNot() {
    assertThat(flags("FFF")).contains("DEPTH_FALLING");
    assertThat(flags("GGG")).contains("DEPTH_RISING");
    assertThat(depthChange(rows.get("GGG"))).isEqualTo(55.0);
    assertThat(depthChange(rows.get("FFF"))).isEqualTo(-60.0);
    assertThat(flags("HHH")).doesNotContain("DEPTH_FALLING", "DEPTH_RISING");
  }

  @Test
  void upgradeReadinessMeasuresTheShortfallAgainstThePartnersOneLevelUp() {
    JsonNode f = rows.get("FFF");
    assertThat(f.at("/upgrade/nextLevel").asText()).isEqualTo("COMPREHENSIVE_STRATEGIC");
    assertThat(f.at("/upgrade/gap").asDouble()).isEqualTo(70.0);
    assertThat(f.at("/upgrade/holdBack").asText()).isEqualTo("INTERESTS");
    assertThat(f.at("/upgrade/indicators").toString()).contains("cooperation");
    assertThat(rows.get("AAA").at("/upgrade/nextLevel").asText(null))
        .as("nothing above the top level held")
        .isNull();
  }

  @Test
  void aBriefTracesOnePartnerToItsEvidence() {
    var a =
        Cli.run(
            db,
            "brief",
            "FOC",
            "AAA",
            "--as-of",
            "2024-12-31",
            "--include-illustrative",
            "--method",
            dir.resolve("method.yaml").toString());
    assertThat(a.code()).as(a.err()).isZero();
    assertThat(a.out())
        .contains("degree 1 (high confidence)")
        .contains("binding document: Treaty of cooperation")
        .contains(
            "analyst's judgement (Desk officer, 2024-06-01): degree 3, \"Recent naval incidents\"")
        .contains("matrix: 1 good friend / reliable partner")
        .contains("aaa-1: Open the port");
    var h =
        Cli.run(
            db,
            "brief",
            "FOC",
            "HHH",
            "--as-of",
            "2024-12-31",
            "--include-illustrative",
            "--method",
            dir.resolve("method.yaml").toString());
    assertThat(h.out())
        .contains("undelivered commitment: hhh-1 (PENDING)")
        .contains("overdue project: hhh-dam")
        .contains("mechanism meeting less than planned: hhh-committee");
  }

  @Test
  void cooperationIsJudgedAgainstTheDeclaredThreshold() {
    rows.values()
        .forEach(
            o ->
                assertThat(o.get("peerDepth").asDouble())
                    .as("the method's number stands for every level")
                    .isEqualTo(50.0));
    assertThat(rows.get("AAA").at("/score/depth").asDouble()).isEqualTo(90.0);
  }
}
