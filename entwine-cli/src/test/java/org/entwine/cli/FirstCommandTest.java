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

/**
 * The README's first command on a fresh database, with nothing but what ships: Vietnam's framework
 * partners, every one, with real figures from the bundled extract, each traceable to its dataset.
 * Needs no ../shared.
 */
class FirstCommandTest {
  @TempDir static Path dir;
  static Path db;
  static Map<String, JsonNode> rows = new HashMap<>();

  @BeforeAll
  static void assess() throws Exception {
    db = dir.resolve("fresh.duckdb");
    var r =
        Cli.run(db, "assess", "VNM", "--as-of", "2026-06-30", "--runs", "50", "--format", "json");
    assertThat(r.code()).as(r.err()).isZero();
    DomainJson.json().readTree(r.out()).forEach(o -> rows.put(o.get("partner").asText(), o));
  }

  @Test
  void everyFrameworkPartnerIsListedWithRealFiguresAndMissingIsNeverZero() {
    // the registry's frameworks on 2026-06-30: 45 partners (the EU among them)
    assertThat(rows.values()).filteredOn(o -> !o.get("level").asText().equals("NONE")).hasSize(45);
    assertThat(rows).containsKeys("CHN", "LAO", "KHM", "USA", "JPN", "EU", "AZE");
    assertThat(rows.values())
        .filteredOn(o -> !o.get("level").asText().equals("NONE"))
        .filteredOn(o -> o.get("depth").isNumber() && !o.get("thinEvidence").asBoolean())
        .hasSizeGreaterThan(40);
    JsonNode china = rows.get("CHN");
    assertThat(china.get("depth").asDouble()).isBetween(0.0, 100.0);
    assertThat(china.get("rank").asInt()).isPositive();
    // scored as of the date, each indicator at its freshest within its lookback, and as old as it
    // is: no ranked framework partner's evidence is more than five years old on average
    assertThat(china.get("year").asInt()).isEqualTo(2026);
    assertThat(rows.values())
        .filteredOn(o -> !o.get("level").asText().equals("NONE"))
        .filteredOn(o -> o.get("depth").isNumber() && !o.get("thinEvidence").asBoolean())
        .allSatisfy(
            o ->
                assertThat(o.get("evidenceAge").asDouble())
                    .as(o.get("partner").asText())
                    .isBetween(0.0, 5.0));
    assertThat(china.get("width").asInt()).isGreaterThanOrEqualTo(3);
    // a degree with its evidence base, from the bundled ICEWS counts where the ledger is thin and
    // the events are
    // enough to tell deeds from chance; the others say how many deeds their events would hold
    assertThat(rows.values())
        .filteredOn(
            o -> o.get("degreeBasis").asText().equals("events") && o.get("degree").asInt() > 0)
        .hasSizeGreaterThanOrEqualTo(10);
    assertThat(rows.get("AUS").get("degree").asInt()).isZero();
    assertThat(rows.get("AUS").get("degreeReason").asText())
        .contains("deeds, and at least 5 are needed to tell its deeds from chance");
  }

  @Test
  void underTheTableItSaysWhatTheConfidenceColumnRestsOnAndWhyTheRestIsInsufficient() {
    var r = Cli.run(db, "assess", "VNM", "--as-of", "2026-06-30", "--runs", "20");
    assertThat(r.code()).as(r.err()).isZero();
    String text = r.out().replace("\n", " ");
    var m =
        java.util.regex.Pattern.compile(
                "confidence of these 45: (\\d+) judged from the commitment ledger, (\\d+) from"
                    + " event data \\(ICEWS dyad-years [0-9-]+: verbal against material"
                    + " cooperation\\); (\\d+) insufficient evidence \\(the ledger needs 2"
                    + " commitments fallen due; the event data hold too few events, or too few to"
                    + " tell deeds from chance, for (\\d+) of them and none for (\\d+)\\)\\. Why,"
                    + " for each: entwine brief VNM PARTNER\\.")
            .matcher(text);
    assertThat(m.find()).as(r.out()).isTrue();
    int ledger = Integer.parseInt(m.group(1));
    int events = Integer.parseInt(m.group(2));
    int none = Integer.parseInt(m.group(3));
    assertThat(ledger + events + none).isEqualTo(45);
    assertThat(Integer.parseInt(m.group(4)) + Integer.parseInt(m.group(5))).isEqualTo(none);
    // the same counts as the rows: every judged row says from what, every other says insufficient
    // evidence
    assertThat(r.out().lines().filter(l -> l.contains("(events)")).count())
        .isGreaterThanOrEqualTo(events);
  }

  @Test
  void theTableFitsATerminalOf160ColumnsAndSaysWhichYearEachPartComesFrom() {
    var r = Cli.run(db, "assess", "VNM", "--as-of", "2026-06-30", "--runs", "20");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out().lines())
        .allSatisfy(l -> assertThat(l.length()).as(l).isLessThanOrEqualTo(160));
    assertThat(r.out())
        .contains("evidence: DESTA 2023")
        .contains("IMF DOTS 2020")
        .contains("GDELT graph 2024")
        .containsPattern("the median partner's evidence is \\d\\.\\d years old")
        .contains("Partners with a framework on 2026-06-30")
        .contains("Other partners, deepest first");
  }

  @Test
  void everyFigureOfAPartnerTracesToADatasetItsVersionAndCitation() {
    var r = Cli.run(db, "brief", "VNM", "JPN", "--as-of", "2026-06-30", "--runs", "20");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("partner-share-of-focal-trade")
        .contains("Direction of Trade Statistics (DOTS)")
        .contains("https://data.imf.org/")
        .contains("the latest value within 6 years: 2020")
        .contains("partner-share-of-focal-news-cooperation")
        .contains("evidence age")
        .contains("from event data (ICEWS dyad-years");
  }

  @Test
  void withoutEvidenceNoPartnerIsRankedAndNoThresholdIsMadeUp() throws Exception {
    Path registryOnly = dir.resolve("registry-only.duckdb");
    assertThat(Cli.run(registryOnly, "init", "--registry-only").code()).isZero();
    // Laos's frameworks (China, Vietnam) have no ledger records, and the registry alone holds no
    // data
    var table = Cli.run(registryOnly, "assess", "LAO", "--as-of", "2026-06-30", "--runs", "20");
    assertThat(table.code()).as(table.err()).isZero();
    assertThat(table.out())
        .contains("no partner is ranked, so none has a cell")
        .doesNotContain("NaN");
    var json =
        Cli.run(
            registryOnly,
            "assess",
            "LAO",
            "--as-of",
            "2026-06-30",
            "--runs",
            "20",
            "--format",
            "json");
    assertThat(json.out()).doesNotContain("NaN");
    assertThat(DomainJson.json().readTree(json.out()))
        .hasSize(2)
        .allSatisfy(o -> assertThat(o.get("cooperationThreshold").isNull()).isTrue());
  }
}
