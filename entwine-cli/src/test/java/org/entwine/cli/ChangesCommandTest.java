package org.entwine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.entwine.json.DomainJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What changed between two dates, on the bundled example: frameworks, bands, degrees, sides. */
class ChangesCommandTest {
  @TempDir static Path dir;
  static Path db;

  @BeforeAll
  static void init() {
    db = dir.resolve("c.duckdb");
    assertThat(Cli.run(db, "init").code()).isZero();
  }

  @Test
  void theFrameworksFoundedAndUpgradedInThePeriodAreListedWithTheirSources() {
    var r =
        Cli.run(
            db,
            "changes",
            "VNM",
            "--since",
            "2025-01-01",
            "--until",
            "2026-06-30",
            "--partners",
            "CHN,USA,JPN,RUS",
            "--runs",
            "20");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("VNM, what changed from 2025-01-01 to 2026-06-30")
        .contains("2025-10-29  United Kingdom upgraded to comprehensive strategic")
        .contains("[vnm-gbr-2025-10-29]")
        .contains("2026-01-29  European Union established to comprehensive strategic")
        .contains("DEPTH BEYOND ITS RANK BAND")
        .contains("DEGREES OF CONFIDENCE AND CELLS")
        .contains("SIDE BY SIDE");
    // nothing after the later date: the Philippines' renaming of June 2026 is in, nothing of July
    assertThat(r.out()).doesNotContain("2026-07");
  }

  @Test
  void thePartnersAskedForStandSideBySideThenAndNow() throws Exception {
    var r =
        Cli.run(
            db,
            "changes",
            "VNM",
            "--since",
            "2019-12-31",
            "--until",
            "2024-12-31",
            "--partners",
            "CHN,USA,JPN,RUS",
            "--runs",
            "20",
            "--format",
            "json");
    assertThat(r.code()).as(r.err()).isZero();
    Map<String, JsonNode> rows = new HashMap<>();
    JsonNode changes = DomainJson.json().readTree(r.out());
    changes.get("sideBySide").forEach(o -> rows.put(o.get("partner").asText(), o));
    // the API's record: the dates and the findings beside the partners
    assertThat(changes.get("since").asText()).isEqualTo("2019-12-31");
    assertThat(changes.get("frameworks")).isNotEmpty();
    assertThat(rows).containsOnlyKeys("CHN", "USA", "JPN", "RUS");
    // the United States and Japan became comprehensive strategic partners in 2023
    assertThat(rows.get("USA").get("levelThen").asText()).isEqualTo("COMPREHENSIVE");
    assertThat(rows.get("USA").get("levelNow").asText()).isEqualTo("COMPREHENSIVE_STRATEGIC");
    assertThat(rows.get("JPN").get("levelNow").asText()).isEqualTo("COMPREHENSIVE_STRATEGIC");
    assertThat(rows.get("CHN").get("depthThen").isNumber()).isTrue();
    assertThat(rows.get("CHN").get("depthNow").isNumber()).isTrue();
  }

  @Test
  void anEarlierDateAfterTheLaterOneIsRefusedInWords() {
    var r = Cli.run(db, "changes", "VNM", "--since", "2026-01-01", "--until", "2025-01-01");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--since (2026-01-01) must be before --until (2025-01-01)");
  }
}
