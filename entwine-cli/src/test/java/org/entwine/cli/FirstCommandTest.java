package org.entwine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entwine.app.DefaultMethod;
import org.entwine.app.StoreLocation;
import org.entwine.json.DomainJson;
import org.entwine.storage.Store;
import org.entwine.web.WebApp;
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
  static JsonNode answer;

  @BeforeAll
  static void assess() throws Exception {
    db = dir.resolve("fresh.duckdb");
    var r =
        Cli.run(db, "assess", "VNM", "--as-of", "2026-06-30", "--runs", "50", "--format", "json");
    assertThat(r.code()).as(r.err()).isZero();
    // the API's record: the answer's date and method, then each partner
    answer = DomainJson.json().readTree(r.out());
    answer.get("partners").forEach(o -> rows.put(o.get("partner").asText(), o));
  }

  @Test
  void everyFrameworkPartnerIsListedWithRealFiguresAndMissingIsNeverZero() {
    // the registry's frameworks on 2026-06-30: 45 partners (the EU among them)
    assertThat(rows.values()).filteredOn(o -> !o.get("level").asText().equals("NONE")).hasSize(45);
    assertThat(rows).containsKeys("CHN", "LAO", "KHM", "USA", "JPN", "EU", "AZE");
    assertThat(rows.values())
        .filteredOn(o -> !o.get("level").asText().equals("NONE"))
        .filteredOn(o -> o.at("/score/depth").isNumber() && !o.at("/score/thin").asBoolean())
        .hasSizeGreaterThan(40);
    JsonNode china = rows.get("CHN");
    assertThat(china.at("/score/depth").asDouble()).isBetween(0.0, 100.0);
    assertThat(china.at("/rank/rank").asInt()).isPositive();
    // scored as of the date, each indicator at its freshest within its lookback, and as old as it
    // is: no ranked framework partner's evidence is more than five years old on average
    assertThat(answer.get("year").asInt()).isEqualTo(2026);
    assertThat(china.at("/score/year").asInt()).isEqualTo(2026);
    assertThat(rows.values())
        .filteredOn(o -> !o.get("level").asText().equals("NONE"))
        .filteredOn(o -> o.at("/score/depth").isNumber() && !o.at("/score/thin").asBoolean())
        .allSatisfy(
            o ->
                assertThat(o.at("/score/evidenceAge").asDouble())
                    .as(o.get("partner").asText())
                    .isBetween(0.0, 5.0));
    assertThat(china.at("/score/width").asInt()).isGreaterThanOrEqualTo(3);
    // a degree with its evidence base for at least 40 of the 45, its window ending within three
    // years of the date, each with its grounds
    assertThat(rows.values())
        .filteredOn(o -> !o.get("level").asText().equals("NONE"))
        .filteredOn(
            o ->
                !o.at("/standing/degree").asText().equals("INSUFFICIENT_EVIDENCE")
                    && o.at("/standing/to").asInt() >= 2023)
        .hasSizeGreaterThanOrEqualTo(40)
        .allSatisfy(o -> assertThat(o.at("/standing/reason").asText()).isNotBlank());
    // China: the news of 2020-2024 and, in that window, the sinking of a fishing boat in 2020: a
    // material incident, named, and never the highest degree
    JsonNode chn = rows.get("CHN");
    assertThat(chn.at("/standing/degree").asText())
        .isIn("LESS_CONFIDENCE", "SUSPICION", "DEEP_SUSPICION");
    assertThat(chn.at("/standing/incidents").toString()).contains("chn-fishing-boat-sunk-2020");
    assertThat(chn.at("/standing/reason").asText()).contains("vessel sunk, 2020-04-02");
    // a degree never contradicts its cell: degree 1 is the high level of confidence, 2-4 the lower
    rows.values().stream()
        .filter(o -> o.get("cell").isTextual())
        .forEach(
            o ->
                assertThat(o.get("cell").asText())
                    .as(o.get("partner").asText())
                    .isIn(
                        o.at("/standing/degree").asText().equals("HIGH_CONFIDENCE")
                            ? List.of("GOOD_FRIEND", "GOOD_PARTNER")
                            : List.of("BAD_FRIEND", "BAD_PARTNER")));
  }

  @Test
  void eachPartnerLeadsWithItsDepthDegreeAndEvidenceAgeAsItsRecordsGiveThem() {
    var framed =
        rows.values().stream().filter(o -> !o.get("level").asText().equals("NONE")).toList();
    for (JsonNode o : rows.values()) {
      JsonNode score = o.get("score");
      String p = o.get("partner").asText();
      assertThat(o.get("depth")).as(p).isEqualTo(score.isNull() ? score : score.get("depth"));
      assertThat(o.get("evidenceAge"))
          .as(p)
          .isEqualTo(score.isNull() ? score : score.get("evidenceAge"));
      assertThat(o.get("degree")).as(p).isEqualTo(o.get("standing").get("degree"));
    }
    // what an analyst reading the partners flat finds first: most framework partners have all three
    assertThat(framed).filteredOn(o -> o.get("depth").isNumber()).hasSizeGreaterThan(40);
    assertThat(framed).filteredOn(o -> o.get("evidenceAge").isNumber()).hasSizeGreaterThan(40);
    assertThat(framed)
        .filteredOn(o -> !o.get("degree").asText().equals("INSUFFICIENT_EVIDENCE"))
        .hasSizeGreaterThan(40);
  }

  @Test
  void theJsonIsTheRecordTheApiAnswersWithPartnerForPartner() throws Exception {
    JsonNode api;
    try (Store store = StoreLocation.openAsIs(db.toString())) {
      WebApp.Served served =
          WebApp.serve(store, DefaultMethod.load(), WebApp.Options.on("127.0.0.1", "test"));
      served.app().start(0);
      try {
        HttpResponse<String> r =
            HttpClient.newHttpClient()
                .send(
                    HttpRequest.newBuilder(
                            URI.create(
                                "http://127.0.0.1:"
                                    + served.app().port()
                                    + "/api/actors/VNM/assessment?asOf=2026-06-30&runs=50"))
                        .build(),
                    HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        api = DomainJson.json().readTree(r.body());
      } finally {
        served.app().stop();
      }
    }
    // the answer's own fields the same, but the write the server's answer reflects
    var fields = new java.util.TreeSet<String>();
    answer.fieldNames().forEachRemaining(fields::add);
    var apiFields = new java.util.TreeSet<String>();
    api.fieldNames().forEachRemaining(apiFields::add);
    apiFields.remove("reflects");
    assertThat(fields).isEqualTo(apiFields);
    for (String f : fields)
      if (!f.equals("partners")) assertThat(answer.get(f)).as(f).isEqualTo(api.get(f));
    // each partner both list, field for field: the 45 framework partners at least
    Map<String, JsonNode> served = new HashMap<>();
    api.get("partners").forEach(o -> served.put(o.get("partner").asText(), o));
    var both = new java.util.TreeSet<>(rows.keySet());
    both.retainAll(served.keySet());
    assertThat(both).hasSizeGreaterThanOrEqualTo(45);
    for (String p : both) assertThat(rows.get(p)).as(p).isEqualTo(served.get(p));
  }

  @Test
  void aWindowHoldingTheOilRigStandoffNamesItAndNeverReadsHighConfidence() throws Exception {
    var r =
        Cli.run(db, "assess", "VNM", "--as-of", "2014-12-31", "--runs", "10", "--format", "json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode china = null;
    for (JsonNode o : DomainJson.json().readTree(r.out()).get("partners"))
      if (o.get("partner").asText().equals("CHN")) china = o;
    assertThat(china).isNotNull();
    assertThat(china.at("/standing/incidents").toString()).contains("chn-hysy-981-2014");
    assertThat(china.at("/standing/degree").asText()).isNotEqualTo("HIGH_CONFIDENCE");
    assertThat(china.at("/standing/reason").asText()).contains("standoff at sea, 2014-05-02");
    var brief = Cli.run(db, "brief", "VNM", "CHN", "--as-of", "2014-12-31", "--runs", "10");
    assertThat(brief.out())
        .contains("incident 2014-05-02 to 2014-07-15, standoff at sea")
        .contains("amti-oil-rig-2014");
  }

  @Test
  void underTheTableItSaysWhatTheConfidenceColumnRestsOnAndWhyTheRestIsInsufficient() {
    var r = Cli.run(db, "assess", "VNM", "--as-of", "2026-06-30", "--runs", "20");
    assertThat(r.code()).as(r.err()).isZero();
    String text = r.out().replace("\n", " ");
    var m =
        java.util.regex.Pattern.compile(
                "confidence of these 45: (\\d+) judged from the commitment ledger, (\\d+) from"
                    + " the news \\(GDELT pair scores 2020-2024: friction against cooperation, both"
                    + " ways, beside VNM's other partners\\); (\\d+) insufficient evidence \\(the"
                    + " ledger needs 2 commitments fallen due; the events or news hold too few, or"
                    + " too few to tell deeds from chance, for (\\d+) of them and none for"
                    + " (\\d+)\\)\\. Why, for each: entwine brief VNM PARTNER\\.")
            .matcher(text);
    assertThat(m.find()).as(r.out()).isTrue();
    int ledger = Integer.parseInt(m.group(1));
    int events = Integer.parseInt(m.group(2));
    int none = Integer.parseInt(m.group(3));
    assertThat(ledger + events + none).isEqualTo(45);
    assertThat(Integer.parseInt(m.group(4)) + Integer.parseInt(m.group(5))).isEqualTo(none);
    // the same counts as the rows: every judged row says from what, every other says insufficient
    // evidence
    assertThat(r.out().lines().filter(l -> l.contains("(news)")).count())
        .isGreaterThanOrEqualTo(events);
    assertThat(events).isGreaterThanOrEqualTo(40);
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
        .contains("from the news (GDELT pair scores 2020-2024");
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
    assertThat(DomainJson.json().readTree(json.out()).get("partners"))
        .hasSize(2)
        .allSatisfy(o -> assertThat(o.get("peerDepth").isNull()).isTrue());
  }
}
