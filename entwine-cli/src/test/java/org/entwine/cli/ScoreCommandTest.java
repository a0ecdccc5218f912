package org.entwine.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.entwine.json.DomainJson;
import org.entwine.testing.SharedData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scores on the bundled example plus real data: Vietnam's rows of the COW IGO and trade files, in
 * full where ../shared/data holds them, else of their committed excerpts (Vietnam's pairs in 2014,
 * the files' last year, which every figure here is of or reaches back to).
 */
class ScoreCommandTest {
  @TempDir Path dir;
  Path db;

  private Path vietnamRows(String relative) throws Exception {
    Path src = SharedData.fullOrExcerpt(relative);
    Path out = dir.resolve(src.getFileName());
    try (BufferedReader r = Files.newBufferedReader(src);
        BufferedWriter w = Files.newBufferedWriter(out)) {
      String line = r.readLine();
      w.write(line + "\n");
      while ((line = r.readLine()) != null) {
        String[] f = line.split(",", 3);
        if (f[0].equals("816") || f[1].equals("816")) w.write(line + "\n");
      }
    }
    return out;
  }

  @BeforeEach
  void data() throws Exception {
    db = dir.resolve("s.duckdb");
    assertThat(Cli.run(db, "init", "--registry-only").code()).isZero();
    assertThat(
            Cli.run(
                    db,
                    "load",
                    "cow-igo",
                    vietnamRows("cow/svmiller+peacesciencer/cow_igo_ndy.csv").toString())
                .code())
        .isZero();
    var trade =
        Cli.run(
            db,
            "load",
            "cow-trade",
            vietnamRows("trade/svmiller+peacesciencer/cow_trade_ndy.csv").toString(),
            SharedData.fullOrExcerpt("trade/svmiller+peacesciencer/cow_trade_sy.csv").toString());
    assertThat(trade.code()).as(trade.err()).isZero();
  }

  private Map<String, JsonNode> scores(String... extra) throws Exception {
    String[] args = new String[4 + extra.length];
    args[0] = "score";
    args[1] = "VNM";
    args[2] = "--format";
    args[3] = "json";
    System.arraycopy(extra, 0, args, 4, extra.length);
    var r = Cli.run(db, args);
    assertThat(r.code()).as(r.err()).isZero();
    Map<String, JsonNode> out = new HashMap<>();
    DomainJson.json().readTree(r.out()).forEach(o -> out.put(o.get("partner").asText(), o));
    return out;
  }

  @Test
  void everyScoreCarriesItsCoverageAndTheMethodsIdAndHash() throws Exception {
    Map<String, JsonNode> s = scores("--year", "2014");
    assertThat(s).containsKeys("CHN", "USA", "JPN", "LAO");
    JsonNode chn = s.get("CHN");
    assertThat(chn.get("depth").asDouble()).isBetween(0.0, 100.0);
    assertThat(chn.get("coverage").asDouble()).isBetween(0.0, 1.0);
    assertThat(chn.get("method").asText()).isEqualTo("entwine-default");
    assertThat(chn.get("methodHash").asText()).hasSize(64);
    assertThat(chn.get("level").asText()).isEqualTo("COMPREHENSIVE_STRATEGIC");
    // one coverage, of the common evidence (what at least half the partners have): China has it
    // all; a partner under the floor is thin, every other is not
    assertThat(chn.get("coverage").asDouble()).isEqualTo(1.0);
    assertThat(chn.get("evidenceAge").asDouble()).isBetween(0.0, 5.0);
    assertThat(s.values()).anyMatch(o -> o.get("coverage").asDouble() < 1.0);
    s.values()
        .forEach(
            o ->
                assertThat(o.get("thinEvidence").asBoolean())
                    .as(o.get("partner").asText())
                    .isEqualTo(o.get("coverage").asDouble() < 0.4));
  }

  @Test
  void theFrameworkLabelIsNeverAnInputToDepth() throws Exception {
    Map<String, JsonNode> before = scores("--year", "2014");
    assertThat(before.get("PER").get("level").asText()).isEqualTo("NONE");
    Path f = dir.resolve("bra.yaml");
    Files.writeString(
        f,
        """
        entwine: 1
        sources: [{id: t, title: Test source}]
        frameworks:
          - parties: [VNM, PER]
            sources: [t]
            changes: [{date: "2010", officialName: comprehensive strategic partnership, sources: [t]}]
        """);
    assertThat(Cli.run(db, "import", f.toString()).code()).isZero();
    Map<String, JsonNode> after = scores("--year", "2014");
    assertThat(after.get("PER").get("level").asText()).isEqualTo("COMPREHENSIVE_STRATEGIC");
    before.forEach(
        (p, o) ->
            assertThat(after.get(p).get("depth").asDouble())
                .as(p)
                .isEqualTo(o.get("depth").asDouble()));
  }

  @Test
  void explainGivesEachIndicatorsRawValueYearSourceAndPointsSummingToTheDepth() throws Exception {
    var r = Cli.run(db, "explain", "VNM", "CHN", "--year", "2014", "--format", "json");
    assertThat(r.code()).as(r.err()).isZero();
    double points = 0;
    Map<String, JsonNode> byIndicator = new HashMap<>();
    for (JsonNode c : DomainJson.json().readTree(r.out())) {
      points += c.get("points").asDouble();
      byIndicator.put(c.get("indicator").asText(), c);
    }
    assertThat(points)
        .isCloseTo(scores("--year", "2014").get("CHN").get("depth").asDouble(), within(1e-9));
    // China's share of Vietnam's trade in 2014: with no IMF DOTS loaded, COW's alone, as the
    // bridge's note says
    JsonNode share = byIndicator.get("partner-share-of-focal-trade");
    var cow =
        DomainJson.json()
            .readTree(
                Cli.run(
                        db,
                        "indicators",
                        "VNM",
                        "--partner",
                        "CHN",
                        "--indicator",
                        "trade.share",
                        "--year",
                        "2014",
                        "--format",
                        "json")
                    .out());
    double vietnamSide = Double.NaN;
    for (JsonNode o : cow)
      if (o.get("actor").asText().equals("VNM")) vietnamSide = o.get("value").asDouble();
    assertThat(share.get("raw").asDouble()).isCloseTo(vietnamSide, within(0.001));
    assertThat(share.get("source").asText()).isEqualTo("cow-trade-4.0");
    assertThat(share.get("note").asText()).contains("trade.share alone");
    assertThat(share.get("ageYears").asInt()).isZero();
    assertThat(byIndicator.get("shared-igos").get("raw").asDouble()).isEqualTo(47.0);
    assertThat(byIndicator.get("shared-igos").get("sourceTitle").asText())
        .contains("Intergovernmental Organizations");
    var text = Cli.run(db, "explain", "VNM", "CHN", "--year", "2014");
    assertThat(text.out()).contains("depth").contains("coverage").contains("missing");
  }

  @Test
  void aLaterYearUsesTheLatestValueWithinTheLookbackAndSaysSo() throws Exception {
    // COW's IGO memberships end in 2014; their lookback is ten years
    var r = Cli.run(db, "explain", "VNM", "CHN", "--year", "2016", "--format", "json");
    assertThat(r.code()).isZero();
    JsonNode igos = null;
    for (JsonNode c : DomainJson.json().readTree(r.out()))
      if (c.get("indicator").asText().equals("shared-igos")) igos = c;
    assertThat(igos).isNotNull();
    assertThat(igos.get("rawYear").asInt()).isEqualTo(2014);
    assertThat(igos.get("ageYears").asInt()).isEqualTo(2);
    assertThat(igos.get("note").asText()).contains("2014");
    // in 2025 they are older than their lookback: missing, not stale
    var later = Cli.run(db, "explain", "VNM", "CHN", "--year", "2025", "--format", "json");
    for (JsonNode c : DomainJson.json().readTree(later.out()))
      assertThat(c.get("indicator").asText()).isNotEqualTo("shared-igos");
  }

  @Test
  void sensitivityGivesEachPartnerARankIntervalThatHoldsItsMedianAndRepeatsWithTheSeed()
      throws Exception {
    var r =
        Cli.run(
            db,
            "sensitivity",
            "VNM",
            "--year",
            "2014",
            "--runs",
            "200",
            "--seed",
            "5",
            "--format",
            "json");
    assertThat(r.code()).as(r.err()).isZero();
    var rows = DomainJson.json().readTree(r.out());
    assertThat(rows.size()).isGreaterThan(20);
    for (JsonNode o : rows) {
      assertThat(o.get("rankLow").asDouble()).isLessThanOrEqualTo(o.get("rankMedian").asDouble());
      assertThat(o.get("rankMedian").asDouble()).isLessThanOrEqualTo(o.get("rankHigh").asDouble());
      assertThat(o.get("runs").asInt()).isEqualTo(200);
    }
    assertThat(
            Cli.run(
                    db,
                    "sensitivity",
                    "VNM",
                    "--year",
                    "2014",
                    "--runs",
                    "200",
                    "--seed",
                    "5",
                    "--format",
                    "json")
                .out())
        .isEqualTo(r.out());
    assertThat(Cli.run(db, "sensitivity", "VNM", "--year", "2014", "--runs", "50").out())
        .contains("rank interval");
  }

  @Test
  void anotherMethodFileChangesTheResultAndABrokenOneIsRefused() throws Exception {
    String text =
        new String(
                ScoreCommandTest.class
                    .getResourceAsStream(org.entwine.app.DefaultMethod.RESOURCE)
                    .readAllBytes())
            .replace("aggregation: ARITHMETIC", "aggregation: GEOMETRIC")
            .replace("id: entwine-default", "id: geometric");
    Path m = dir.resolve("geo.yaml");
    Files.writeString(m, text);
    Map<String, JsonNode> geo = scores("--year", "2014", "--method", m.toString());
    assertThat(geo.get("CHN").get("method").asText()).isEqualTo("geometric");
    assertThat(geo.get("CHN").get("depth").asDouble())
        .isNotEqualTo(scores("--year", "2014").get("CHN").get("depth").asDouble());
    Path broken = dir.resolve("broken.yaml");
    Files.writeString(broken, text.replace("pillar: IDENTITY", "pillar: VALUES"));
    var r = Cli.run(db, "score", "VNM", "--method", broken.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).contains("broken.yaml:").contains("pillar: expected one of INTERESTS");
  }
}
