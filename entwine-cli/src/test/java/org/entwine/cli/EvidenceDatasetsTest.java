package org.entwine.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entwine.json.DomainJson;
import org.entwine.store.DuckDbStore;
import org.entwine.testing.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The datasets of official interaction, defence, treaties and people, loaded from the real files in
 * ../shared/data, or, where a dataset's files are not here, from their committed excerpts (which
 * hold the rows each value asserted here is computed from; the core's test resources
 * excerpts/README.md), save for the datasets whose terms allow no excerpt, whose tests then skip.
 * Each expected value was read off the file (or summed from its rows with a one-line script)
 * independently of Entwine, as each comment says.
 */
class EvidenceDatasetsTest {
  @TempDir static Path dir;
  static Path db;
  static Map<String, String> reports = new HashMap<>();
  static Map<String, Double> vietnam;
  static Map<String, Double> usa;

  static final Map<String, List<String>> FILES =
      Map.of(
          "icews-dyad-year", List.of("icews/netify-dev+netify/icews_dyad_year_2002_2014.csv"),
          "gdelt-graph",
              List.of("gdelt/gzemo+gdelt-graph-data/gdelt_graph_dyad_year_2018_2024.csv"),
          "sipri-arms", List.of("arms/ClaytonB-3+arms-trade-proj/trade-register.csv"),
          "dcad", List.of("defence/QiqiNerd+dcad_mining/DCAD-v1.0-main.csv"),
          "desta",
              List.of(
                  "treaties/bkey15+dissertation/desta_list_of_treaties_02_02_dyads.txt",
                  "treaties/bkey15+dissertation/desta_dyadic_withdrawal_02_02.txt"),
          "unctad-iia", List.of("treaties/bkey15+dissertation/unctad_iia_navigator_scrape.csv"),
          "undesa-migrants",
              List.of(
                  "people/guyabel+stepladderChapter/UN_MigrantStockByOriginAndDestination_2019_clean.csv"),
          "unga-idealpoints",
              List.of("unvotes/bkey15+dissertation/IdealpointestimatesAll_Jun2024.csv"),
          "embassies",
              List.of(
                  "diplomacy/database-of-embassies+database-of-embassies/database_of_embassies.csv"),
          "us-visits",
              List.of(
                  "visits/HistoryAtState+travels/us_president_secretary_travels.csv",
                  "visits/HistoryAtState+visits/foreign_leader_visits_to_us.csv"));

  /** The datasets whose terms allow no excerpt (excerpts/README.md): read where they are only. */
  static final Set<String> NOT_EXCERPTED = Set.of("sipri-arms", "dcad", "unctad-iia");

  /** Whether every file of the dataset is here in full (always under CI). */
  private static boolean full(String dataset) {
    return FILES.get(dataset).stream().allMatch(SharedData::isHere);
  }

  /** The whole-record tests: every dataset in full, or the test skips (fails under CI). */
  private static void requireEveryFullFile() {
    FILES.values().forEach(files -> files.forEach(SharedData::require));
    List.of(
            "trade/svmiller+peacesciencer/cow_trade_ndy.csv",
            "trade/svmiller+peacesciencer/cow_trade_sy.csv",
            "cow/svmiller+peacesciencer/cow_igo_ndy.csv")
        .forEach(SharedData::require);
  }

  @BeforeAll
  static void load() throws Exception {
    db = dir.resolve("e.duckdb");
    assertThat(Cli.run(db, "init").code()).isZero();
    for (var e : FILES.entrySet()) {
      boolean full = full(e.getKey());
      if (!full && NOT_EXCERPTED.contains(e.getKey())) continue; // its tests require the files
      List<String> args = new java.util.ArrayList<>(List.of("load", e.getKey()));
      e.getValue()
          .forEach(
              f -> args.add((full ? SharedData.require(f) : SharedData.excerpt(f)).toString()));
      var r = Cli.run(db, args.toArray(new String[0]));
      assertThat(r.code()).as(e.getKey() + ": " + r.err()).isZero();
      reports.put(e.getKey(), r.out());
    }
    // trade and IGOs for Vietnam's pairs only (the national totals whole): what its scores read
    Path ndy = subset("trade/svmiller+peacesciencer/cow_trade_ndy.csv", "816");
    Path sy = SharedData.fullOrExcerpt("trade/svmiller+peacesciencer/cow_trade_sy.csv");
    assertThat(Cli.run(db, "load", "cow-trade", ndy.toString(), sy.toString()).code()).isZero();
    assertThat(
            Cli.run(
                    db,
                    "load",
                    "cow-igo",
                    subset("cow/svmiller+peacesciencer/cow_igo_ndy.csv", "816").toString())
                .code())
        .isZero();
    vietnam = values("VNM");
    usa = values("USA");
  }

  /** The header and the rows whose first or second field is {@code code}, of a real file. */
  private static Path subset(String relative, String code) throws Exception {
    Path src = SharedData.fullOrExcerpt(relative);
    Path out = dir.resolve(src.getFileName());
    try (var r = Files.newBufferedReader(src);
        var w = Files.newBufferedWriter(out)) {
      String line = r.readLine();
      w.write(line);
      w.newLine();
      while ((line = r.readLine()) != null) {
        String[] f = line.split(",", 3);
        if (f[0].equals(code) || f[1].equals(code)) {
          w.write(line);
          w.newLine();
        }
      }
    }
    return out;
  }

  private static JsonNode validation(String year) throws Exception {
    var r = Cli.run(db, "validate", "VNM", "--year", year, "--runs", "0", "--format", "json");
    assertThat(r.code()).as(r.err()).isZero();
    return DomainJson.json().readTree(r.out());
  }

  @Test
  void depthPutsVietnamsStrategicPartnersClearlyAboveItsOthersIn2012And2019() throws Exception {
    requireEveryFullFile();
    for (String year : List.of("2012", "2019")) {
      JsonNode v = validation(year);
      assertThat(v.get("strategic").asInt()).as(year).isGreaterThanOrEqualTo(8);
      assertThat(v.get("auc").asDouble()).as(year + " AUC").isGreaterThan(0.85);
      assertThat(v.get("spearman").asDouble()).as(year + " Spearman").isGreaterThan(0.3);
      // dealings from ICEWS (to 2014) in 2012; from GDELT's news in 2019, ICEWS being older than
      // its three years by then
      String dealings =
          year.equals("2012")
              ? "partner-share-of-focal-dealings"
              : "partner-share-of-focal-news-cooperation";
      assertThat(v.get("indicators"))
          .anySatisfy(i -> assertThat(i.get("name").asText()).isEqualTo(dealings));
      // beside the depth, trade alone and the partner's size alone answer the same questions
      assertThat(v.get("questions"))
          .anySatisfy(
              q -> {
                assertThat(q.get("name").asText()).startsWith("strategic or higher, top traders");
                assertThat(q.get("n").asInt()).isEqualTo(40);
                assertThat(q.get("trade").asDouble()).isBetween(0.0, 1.0);
                assertThat(q.get("size").asDouble()).isBetween(0.0, 1.0);
              });
    }
  }

  @Test
  void everyPartnerWithEventsHasADegreeWithItsEvidenceBaseAndWidthCountsAreasWithEvidence()
      throws Exception {
    requireEveryFullFile();
    var r =
        Cli.run(
            db,
            "assess",
            "VNM",
            "--as-of",
            "2012-12-31",
            "--runs",
            "10",
            "--all",
            "--format",
            "json");
    assertThat(r.code()).as(r.err()).isZero();
    // the API's assessment: each partner's standing (the degree given) and its degree from events
    Map<String, JsonNode> rows = new HashMap<>();
    DomainJson.json()
        .readTree(r.out())
        .get("partners")
        .forEach(o -> rows.put(o.get("partner").asText(), o));
    JsonNode china = rows.get("CHN");
    assertThat(china.at("/standing/basis").asText()).isEqualTo("events");
    assertThat(china.at("/eventConfidence/basis").asText())
        .isEqualTo("event data (ICEWS dyad-years 2008-2012: verbal against material cooperation)");
    assertThat(china.at("/standing/degree").asText())
        .isIn("HIGH_CONFIDENCE", "LESS_CONFIDENCE", "SUSPICION", "DEEP_SUSPICION");
    assertThat(china.at("/score/width").asInt()).isGreaterThanOrEqualTo(3);
    // the partners the ICEWS matrix covers with enough events, and enough to tell their deeds from
    // chance, are judged
    assertThat(rows.values())
        .filteredOn(
            o ->
                o.at("/eventConfidence/degree").isTextual()
                    && !o.at("/eventConfidence/degree").asText().equals("INSUFFICIENT_EVIDENCE"))
        .hasSizeGreaterThan(15)
        .allSatisfy(o -> assertThat(o.at("/standing/basis").asText()).isIn("events", "ledger"));
    // and each of the others says why, in the degree it is given too
    assertThat(rows.values())
        .filteredOn(o -> o.at("/eventConfidence/degree").asText().equals("INSUFFICIENT_EVIDENCE"))
        .isNotEmpty()
        .allSatisfy(
            o -> {
              String why = o.at("/eventConfidence/reason").asText();
              assertThat(why).containsPattern("are needed to (judge|tell its deeds from chance)");
              assertThat(o.at("/standing/reason").asText()).contains(why);
            });
  }

  private static Map<String, Double> values(String actor) throws Exception {
    var r = Cli.run(db, "indicators", actor, "--format", "json");
    assertThat(r.code()).as(r.err()).isZero();
    Map<String, Double> out = new HashMap<>();
    for (JsonNode o : DomainJson.json().readTree(r.out())) {
      out.put(
          o.get("indicator").asText()
              + "|"
              + o.get("actor").asText()
              + "|"
              + o.get("partner").asText()
              + "|"
              + o.get("period").asText(),
          o.get("value").asDouble());
    }
    return out;
  }

  @Test
  void icewsGivesEachWaysCountsByQuadClassAndTheShareOfTheActorsCooperation() {
    // China, Vietnam, 2012 in the file: 322, 12, 23, 26; China's cooperation events that year sum
    // to 25,711 (the excerpt holds China's and Vietnam's rows of 2012, every partner's)
    assertThat(vietnam)
        .containsEntry("icews.verbal-cooperation|CHN|VNM|2012", 322.0)
        .containsEntry("icews.material-cooperation|CHN|VNM|2012", 12.0)
        .containsEntry("icews.verbal-conflict|CHN|VNM|2012", 23.0)
        .containsEntry("icews.material-conflict|CHN|VNM|2012", 26.0)
        .containsEntry("icews.verbal-cooperation|VNM|CHN|2012", 317.0);
    assertThat(vietnam.get("icews.cooperation-share|CHN|VNM|2012"))
        .isCloseTo(100.0 * 334 / 25711, within(1e-9));
    // the matrix is full: a year without events is a zero, not a gap
    assertThat(reports.get("icews-dyad-year"))
        .contains(full("icews-dyad-year") ? "298,376 rows read" : "302 rows read")
        .contains("it replaces the bundled extract of icews-dyad-year");
  }

  @Test
  void gdeltPairYearsGiveTheMeanDailyScoreAndEachSidesShareOfItsCooperativeDays() {
    // USA, VNM, 2019: 362 days, score_sum 30514.74; positive days 33862.57 of Vietnam's 258,112.49
    // that year (with partners an actor maps to; the excerpt holds all of Vietnam's pairs of 2019)
    assertThat(vietnam.get("gdelt.score-per-day|USA|VNM|2019"))
        .isCloseTo(30514.74 / 362, within(1e-9));
    assertThat(vietnam.get("gdelt.cooperation-share|VNM|USA|2019"))
        .isCloseTo(100 * 33862.57 / 258112.49, within(1e-6));
    assertThat(reports.get("gdelt-graph"))
        .contains("ISO3 BMU"); // territories map to no actor: reported
  }

  @Test
  void sipriSpreadsADealsDeliveredValueOverItsDeliveryYearsAndReportsNonStateRecipients() {
    FILES.get("sipri-arms").forEach(SharedData::require);
    // Russia to Viet Nam, 2017: four deals delivering that year, their delivered TIV over their
    // delivery years sums to 517
    assertThat(vietnam.get("arms.tiv-delivered|RUS|VNM|2017")).isCloseTo(517.0, within(1e-6));
    // the two records the register breaks over two lines are read whole; non-state actors are
    // named, not dropped silently
    assertThat(reports.get("sipri-arms"))
        .contains("29,056 rows read")
        .contains("non-state recipient or supplier 'Hezbollah (Lebanon)*'");
  }

  @Test
  void treatiesInForceHonourEntryIntoForceAndWithdrawal() throws Exception {
    // Japan-Viet Nam 2019: AJCEP (2008), the Japan-Viet Nam EPA (2009) and CPTPP (2019 for Viet
    // Nam) in DESTA
    assertThat(vietnam).containsEntry("pta.in-force|JPN|VNM|2019", 3.0);
    // the UK left the EU's agreements in 2020: the UK-Albania pair of the EU-Albania SAA ends in
    // 2019
    assertThat(values("ALB"))
        .containsKey("pta.in-force|ALB|GBR|2019")
        .doesNotContainKey("pta.in-force|ALB|GBR|2020");
  }

  @Test
  void investmentAgreementsInForceAreUnctadsForThePair() {
    FILES.get("unctad-iia").forEach(SharedData::require);
    // in UNCTAD's Navigator: the BIT (in force 2004), the EPA, the ASEAN-Japan CEP and CPTPP
    assertThat(vietnam).containsEntry("iia.in-force|JPN|VNM|2019", 4.0);
  }

  @Test
  void defenceAgreementsAreInForceFromEntryIntoForceToTheirEstimatedEnd() {
    FILES.get("dcad").forEach(SharedData::require);
    // France-DRV, signed July 1997, no entry into force in DCAD (the signature counts), estimated
    // end 2003
    assertThat(vietnam)
        .containsEntry("dca.in-force|FRA|VNM|1997", 1.0)
        .containsEntry("dca.in-force|FRA|VNM|2003", 1.0)
        .doesNotContainKey("dca.in-force|FRA|VNM|2004");
  }

  @Test
  void migrantsIdealPointsEmbassiesAndVisits() throws Exception {
    // the README: Vietnam-born in the USA in 2019, 1,368,746
    assertThat(vietnam).containsEntry("people.migrant-stock|VNM|USA|2019", 1368746.0);
    // session 78 (2023): USA 2.500157, VNM -0.6230027
    assertThat(vietnam.get("unga.idealpoint-distance|USA|VNM|2023"))
        .isCloseTo(3.1231597, within(1e-9));
    // Vietnam keeps an embassy and two consulates general in Japan (Wikidata, 2022)
    assertThat(vietnam)
        .containsEntry("diplomacy.missions|VNM|JPN|2022", 3.0)
        .containsEntry("diplomacy.embassies|JPN|VNM|2022", 2.0);
    // 2016: President Obama and Secretary Kerry; 1966: the slug 'vietnam' is South Vietnam before
    // 1976
    assertThat(vietnam).containsEntry("visits.us-high-level|USA|VNM|2016", 2.0);
    assertThat(values("RVN")).containsEntry("visits.us-high-level|USA|RVN|1966", 4.0);
    assertThat(vietnam).doesNotContainKey("visits.us-high-level|USA|VNM|1966");
  }

  @Test
  void aBrokenRowIsRefusedNamingItsLineAndColumnAndNothingIsStored() throws Exception {
    Path src = SharedData.require("arms/ClaytonB-3+arms-trade-proj/trade-register.csv");
    List<String> lines = Files.readAllLines(src, StandardCharsets.ISO_8859_1).subList(0, 40);
    int at = 1;
    while (!lines.get(at).matches(".*,\\d{4},New,.*")) at++;
    lines.set(at, lines.get(at).replaceFirst(",(\\d{4}),New,", ",20x8,New,"));
    Path broken =
        Files.write(dir.resolve("broken-register.csv"), lines, StandardCharsets.ISO_8859_1);
    Path other = dir.resolve("other.duckdb");
    assertThat(Cli.run(other, "init", "--registry-only").code()).isZero();
    long before;
    try (DuckDbStore s = DuckDbStore.open(other)) {
      before = s.counts().get("observations");
    }
    var r = Cli.run(other, "load", "sipri-arms", broken.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err())
        .contains(
            "broken-register.csv:"
                + (at + 1)
                + ": Year(s) of delivery: expected years separated by ';', got '20x8'");
    try (DuckDbStore s = DuckDbStore.open(other)) {
      assertThat(s.counts().get("observations")).isEqualTo(before);
    }
  }
}
