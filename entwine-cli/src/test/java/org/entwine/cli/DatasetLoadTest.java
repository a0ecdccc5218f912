package org.entwine.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Predicate;
import org.entwine.json.DomainJson;
import org.entwine.store.DuckDbStore;
import org.entwine.testing.SharedData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dataset importers on the real files in ../shared/data. Expected values were read off the
 * files by hand (and, for vote agreement, computed by hand from the votes of the two countries).
 */
class DatasetLoadTest {
  @TempDir Path dir;
  Path db;

  @BeforeEach
  void example() {
    db = dir.resolve("d.duckdb");
    assertThat(Cli.run(db, "init", "--registry-only").code()).isZero();
  }

  /** The header and the rows {@code keep} accepts, of a real file, written to the temp folder. */
  private Path subset(Path src, Predicate<String> keep) throws Exception {
    Path out = dir.resolve(src.getFileName());
    try (BufferedReader r = Files.newBufferedReader(src);
        BufferedWriter w = Files.newBufferedWriter(out)) {
      String line = r.readLine();
      w.write(line);
      w.newLine();
      while ((line = r.readLine()) != null) {
        if (keep.test(line)) {
          w.write(line);
          w.newLine();
        }
      }
    }
    return out;
  }

  private static Predicate<String> firstTwoFieldsAmong(String... codes) {
    var set = java.util.Set.of(codes);
    return line -> {
      String[] f = line.split(",", 3);
      return set.contains(f[0]) || set.contains(f[1]);
    };
  }

  /** indicator|actor|partner|period -> value, for the actor's relations. */
  private Map<String, Double> values(String actor) throws Exception {
    var r = Cli.run(db, "indicators", actor, "--format", "json");
    assertThat(r.code()).as(r.err()).isZero();
    Map<String, Double> out = new java.util.HashMap<>();
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

  private long observations() {
    try (DuckDbStore s = DuckDbStore.open(db)) {
      return s.counts().get("observations");
    }
  }

  @Test
  void cowTradeGivesFlowsTotalsSharesAndAsymmetryAndKeepsMissingApartFromZero() throws Exception {
    Path ndy =
        subset(
            SharedData.fullOrExcerpt("trade/svmiller+peacesciencer/cow_trade_ndy.csv"),
            firstTwoFieldsAmong("710", "816", "300"));
    Path sy = SharedData.fullOrExcerpt("trade/svmiller+peacesciencer/cow_trade_sy.csv");
    var r = Cli.run(db, "load", "cow-trade", sy.toString(), ndy.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("COW 300"); // Austria-Hungary maps to no actor: reported, not dropped silently
    Map<String, Double> v = values("VNM");
    assertThat(v)
        .containsEntry("trade.imports|CHN|VNM|2014", 25451.0)
        .containsEntry("trade.imports|VNM|CHN|2014", 44907.0)
        .containsEntry("trade.total|CHN|VNM|2014", 70358.0);
    assertThat(v.get("trade.share|VNM|CHN|2014")).isCloseTo(24.464, within(1e-3));
    assertThat(v.get("trade.share|CHN|VNM|2014")).isCloseTo(1.318, within(1e-3));
    assertThat(v.get("trade.dependence-asymmetry|VNM|CHN|2014")).isCloseTo(23.146, within(1e-3));
    // Bahamas (31)-Vietnam (816) 1980: flow1 is empty in the file, flow2 is 0.
    assertThat(v)
        .containsEntry("trade.imports|VNM|BHS|1980", 0.0)
        .doesNotContainKey("trade.imports|BHS|VNM|1980")
        .doesNotContainKey("trade.total|BHS|VNM|1980");
  }

  @Test
  void cowTradeReadsZerosBothWaysAfterTradeAsNotReportedNotAsNoTrade() throws Exception {
    // COW: Cuba (40) imports 265-297 million USD a year from Vietnam (816) in 2009-2011, then 0
    // both ways in 2012-2014 (issue 26): Cuba stopped reporting, not trading
    Path ndy =
        subset(
            SharedData.fullOrExcerpt("trade/svmiller+peacesciencer/cow_trade_ndy.csv"),
            firstTwoFieldsAmong("816"));
    Path sy = SharedData.fullOrExcerpt("trade/svmiller+peacesciencer/cow_trade_sy.csv");
    var r = Cli.run(db, "load", "cow-trade", ndy.toString(), sy.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).containsPattern("[0-9,]+  zeros read as not reported \\(pair-years");
    Map<String, Double> v = values("VNM");
    assertThat(v)
        .containsEntry("trade.total|CUB|VNM|2009", 265.0)
        .containsEntry("trade.total|CUB|VNM|2011", 297.0)
        .containsEntry("trade.imports|VNM|CUB|2011", 0.0);
    for (int year = 2012; year <= 2014; year++) {
      String y = "|" + year;
      assertThat(v)
          .doesNotContainKeys(
              "trade.total|CUB|VNM" + y,
              "trade.share|VNM|CUB" + y,
              "trade.share|CUB|VNM" + y,
              "trade.imports|VNM|CUB" + y,
              "trade.imports|CUB|VNM" + y,
              "trade.dependence-asymmetry|VNM|CUB" + y);
    }
    try (DuckDbStore s = DuckDbStore.open(db)) {
      assertThat(s.load().indicators())
          .filteredOn(i -> i.id().equals("trade.total"))
          .singleElement()
          .satisfies(i -> assertThat(i.description()).contains("read as not reported"));
    }
  }

  @Test
  void imfDotsGivesEachSidesReportAndThePartnersMirrorWhereOneIsSilent() throws Exception {
    Path f =
        subset(
            SharedData.fullOrExcerpt(
                "trade/SamLeBlanc+Direction-of-Trade-Map/imf_dots_dyad_year_2000_2020.csv"),
            l -> l.startsWith("Vietnam,") || l.contains(",Vietnam,"));
    var r = Cli.run(db, "load", "imf-dots", f.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("rows with World as partner")
        .contains("citing the partner's mirror report")
        .containsPattern("name 'China, P.R.: Hong Kong' +[0-9]+");
    Map<String, Double> v = values("VNM");
    // the data README: Vietnam-reported 2020 exports to the US 77,151, imports from China 84,374
    assertThat(v.get("imf.exports|VNM|USA|2020")).isCloseTo(77_151, within(0.5));
    assertThat(v.get("imf.imports|VNM|CHN|2020")).isCloseTo(84_374, within(0.5));
    assertThat(v.get("imf.imports|USA|VNM|2020")).isCloseTo(79_645, within(0.5));
    // Vietnam reports nothing on Cuba after 2010: Cuba's report stands in, cited as mirror data
    var cuba =
        Cli.run(
            db,
            "indicators",
            "VNM",
            "--partner",
            "CUB",
            "--year",
            "2020",
            "--indicator",
            "imf.trade",
            "--format",
            "csv");
    assertThat(cuba.out())
        .contains("imf.trade.total,VNM,CUB,2020,198.789")
        .contains("imf-dots-mirror");
    try (DuckDbStore s = DuckDbStore.open(db)) {
      assertThat(s.load().source("imf-dots-mirror").orElseThrow().title())
          .isEqualTo("IMF DOTS, partner's mirror report");
    }
  }

  @Test
  void ungaYearlyReadsTheFolderOfYearFilesAndNamesWhatItRepaired() throws Exception {
    Path folder =
        SharedData.require("unvotes/jacqueline-witwicki+UNGA_Voting_Coincidences_Over_Time");
    var r = Cli.run(db, "load", "unga-yearly", folder.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("2,341 rows read")
        .contains("years covered: 1992-2022")
        .contains("2014_RAW_COIN.csv: column 'y SAUDI ARABIA' read as SAUDI ARABIA")
        .contains("31  rows with no vote");
    Map<String, Double> v = values("VNM");
    // 2020: Vietnam and China both voted on 96 resolutions and cast the same vote on 79 (the
    // file's Vietnam and China columns, counted apart in UngaYearlyRealFileTest)
    assertThat(v.get("unga-yearly.agreement|CHN|VNM|2020"))
        .isCloseTo(79.0 / v.get("unga-yearly.votes|CHN|VNM|2020"), within(1e-12));
    assertThat(v).containsKey("unga-yearly.kappa|USA|VNM|2021");
  }

  @Test
  void atopKeepsTheDirectionOfAnObligation() throws Exception {
    Path f =
        subset(
            SharedData.fullOrExcerpt("cow/svmiller+peacesciencer/atop_alliance.csv"),
            firstTwoFieldsAmong("2", "740"));
    assertThat(Cli.run(db, "load", "atop", f.toString()).code()).isZero();
    Map<String, Double> v = values("JPN");
    // The 1960 treaty binds the United States to defend Japan, not the reverse.
    assertThat(v)
        .containsEntry("atop.defense|USA|JPN|1970", 1.0)
        .containsEntry("atop.defense|JPN|USA|1970", 0.0)
        .containsEntry("atop.consultation|JPN|USA|1970", 1.0);
    var def =
        Cli.run(
            db,
            "indicators",
            "JPN",
            "--partner",
            "USA",
            "--year",
            "1970",
            "--indicator",
            "atop.defense",
            "--format",
            "csv");
    assertThat(def.out()).contains(",0/1,true,atop-5.1");
  }

  @Test
  void theWholeIgoFileStreamsInAndGivesSharedMemberships() throws Exception {
    Path f = SharedData.require("cow/svmiller+peacesciencer/cow_igo_ndy.csv");
    var r = Cli.run(db, "load", "cow-igo", f.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("917,695 rows read");
    Map<String, Double> v = values("VNM");
    assertThat(v)
        .containsEntry("igo.shared|CHN|VNM|2000", 33.0)
        .containsEntry("igo.shared|CHN|VNM|2014", 47.0);
  }

  @Test
  void unVotesAgreementIsTheShareOfCommonVotesAndKappaCorrectsItForChance() throws Exception {
    // the excerpt holds these three countries' votes on every roll call of 2019
    Path votes =
        subset(
            SharedData.fullOrExcerpt("unvotes/dgrtwo+unvotes/un_votes.csv"),
            l -> l.contains(",\"VN\",") || l.contains(",\"US\",") || l.contains(",\"CN\","));
    Path calls = SharedData.fullOrExcerpt("unvotes/dgrtwo+unvotes/un_roll_calls.csv");
    Path issues = SharedData.fullOrExcerpt("unvotes/dgrtwo+unvotes/un_roll_call_issues.csv");
    var r = Cli.run(db, "load", "unvotes", votes.toString(), calls.toString(), issues.toString());
    assertThat(r.code()).as(r.err()).isZero();
    Map<String, Double> v = values("VNM");
    // 2019: Vietnam and the United States both voted on 88 roll calls and voted alike on 14.
    assertThat(v).containsEntry("unga.votes|USA|VNM|2019", 88.0);
    assertThat(v.get("unga.agreement|USA|VNM|2019")).isCloseTo(14.0 / 88, within(1e-12));
    assertThat(v.get("unga.kappa|USA|VNM|2019")).isCloseTo(-0.05015320109659733, within(1e-12));
    // China and Vietnam: 72 of 86 alike, kappa 0.3370 (hand computation from the two countries'
    // votes).
    assertThat(v.get("unga.agreement|CHN|VNM|2019")).isCloseTo(72.0 / 86, within(1e-12));
    assertThat(v.get("unga.kappa|CHN|VNM|2019")).isCloseTo(0.3370044052863436, within(1e-12));
    assertThat(v.keySet()).anyMatch(k -> k.startsWith("unga.agreement.hr|USA|VNM|"));
  }

  @Test
  void aidDataGivesDirectedContactsAndLeavesNaMissing() throws Exception {
    Path f =
        SharedData.fullOrExcerpt(
            "partnerships/milesdwilliams15+chinese_media_and_foreign_aid/ChinesePublicDiplomacy.csv");
    assertThat(Cli.run(db, "load", "aiddata-china", f.toString()).code()).isZero();
    Map<String, Double> v = values("VNM");
    // "Vietnam",2001: sister cities 3, government visits 77, military visits 9, op-eds N/A
    assertThat(v)
        .containsEntry("aiddata.sister-cities|CHN|VNM|2001", 3.0)
        .containsEntry("aiddata.government-visits|CHN|VNM|2001", 77.0)
        .containsEntry("aiddata.military-visits|CHN|VNM|2001", 9.0)
        .doesNotContainKey("aiddata.ambassador-op-eds|CHN|VNM|2001");
    // students going to China run the other way: 2002, 2336 Vietnamese students
    assertThat(v).containsEntry("aiddata.students-to-china|VNM|CHN|2002", 2336.0);
  }

  @Test
  void leaderTravelBecomesContactRecordsAndACountPerYear() throws Exception {
    Path f =
        SharedData.require(
            "partnerships/milesdwilliams15+chinese_media_and_foreign_aid/WHO-WHERE-WHEN-dataset-v.1.1.Dataset.csv");
    var r = Cli.run(db, "load", "ceias-travel", f.toString());
    assertThat(r.code()).as(r.err()).isZero();
    try (DuckDbStore s = DuckDbStore.open(db)) {
      var contacts =
          s.load().contacts().stream()
              .filter(c -> c.sources().contains("ceias-who-where-when-1.1"))
              .toList();
      assertThat(contacts).hasSize(595);
      assertThat(contacts.stream().filter(c -> c.to().equals("VNM"))).hasSize(14);
    }
    double trips =
        values("VNM").entrySet().stream()
            .filter(e -> e.getKey().startsWith("ceias.leader-visits|CHN|VNM|"))
            .mapToDouble(Map.Entry::getValue)
            .sum();
    assertThat(trips).isEqualTo(14);
  }

  @Test
  void loadingTwiceIsRefusedAndReplacingGivesTheSameData() throws Exception {
    Path f =
        SharedData.require(
            "partnerships/milesdwilliams15+chinese_media_and_foreign_aid/WHO-WHERE-WHEN-dataset-v.1.1.Dataset.csv");
    assertThat(Cli.run(db, "load", "ceias-travel", f.toString()).code()).isZero();
    long n = observations();
    var again = Cli.run(db, "load", "ceias-travel", f.toString());
    assertThat(again.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(again.err()).contains("already loaded").contains("--replace");
    assertThat(Cli.run(db, "load", "ceias-travel", f.toString(), "--replace").code()).isZero();
    assertThat(observations()).isEqualTo(n);
  }

  /** A broken dataset file: refused with file, line and column, and the database as it was. */
  private void refused(String dataset, String name, String text, String... parts) throws Exception {
    Path f = dir.resolve(name);
    Files.writeString(f, text);
    var before = Cli.run(db, "export", "--out", dir.resolve("before").toString());
    assertThat(before.code()).isZero();
    long n = observations();
    var r = Cli.run(db, "load", dataset, f.toString());
    assertThat(r.code()).as(r.out() + r.err()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).contains(parts);
    assertThat(observations()).isEqualTo(n);
    try (DuckDbStore s = DuckDbStore.open(db)) {
      assertThat(s.contains("source", "cow-igo-3")).isFalse();
    }
  }

  @Test
  void serbiasVotesUnderYugoslaviasSeatAreSerbiasAfterMontenegroLeft() throws Exception {
    // the excerpt: Viet Nam's and the seat's votes on five roll calls of 2000 and 2010 and on
    // 2019's
    Path votes =
        subset(
            SharedData.fullOrExcerpt("unvotes/dgrtwo+unvotes/un_votes.csv"),
            l -> l.contains(",\"VN\",") || l.contains(",\"YU\","));
    Path calls = SharedData.fullOrExcerpt("unvotes/dgrtwo+unvotes/un_roll_calls.csv");
    var r = Cli.run(db, "load", "unvotes", votes.toString(), calls.toString(), "--replace");
    assertThat(r.code()).as(r.err()).isZero();
    Map<String, Double> v = values("VNM");
    // the file writes "Yugoslavia" (YU) for every year to 2019; Serbia continued the seat on 3 June
    // 2006
    assertThat(v.keySet())
        .contains("unga.agreement|SRB|VNM|2010", "unga.agreement|VNM|YUG|2000")
        .noneMatch(k -> k.matches("unga\\.agreement\\|VNM\\|YUG\\|20(0[7-9]|1\\d)"));
  }

  @Test
  void aRollCallDateThatIsNoRealDateIsRefusedWithItsLine() throws Exception {
    Path calls = dir.resolve("un_roll_calls.csv");
    Files.writeString(calls, "rcid,session,date\n3,1,1946-01-01\n4,1,1946-13-02\n");
    Path votes = dir.resolve("un_votes.csv");
    Files.writeString(votes, "rcid,country,country_code,vote\n3,United States,US,yes\n");
    var r = Cli.run(db, "load", "unvotes", votes.toString(), calls.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err())
        .contains(
            "un_roll_calls.csv:3: date: expected a real date as YYYY-MM-DD, got '1946-13-02'");
  }

  @Test
  void aFileSeparatedByAnotherCharacterSaysSo() throws Exception {
    refused(
        "cow-igo",
        "igo.csv",
        "ccode1;ccode2;year;dyadigos\n2;20;1990;5\n",
        "igo.csv:1: header: the file is separated by ';', not commas");
    refused(
        "cow-igo",
        "igo.csv",
        "ccode1\tccode2\tyear\tdyadigos\n2\t20\t1990\t5\n",
        "the file is separated by tabs, not commas");
  }

  @Test
  void aQuotedHeaderInAnotherSeparatorIsSaidSoNotAnInternalError() throws Exception {
    refused(
        "cow-igo",
        "igo.csv",
        "\"ccode1\";\"ccode2\";\"year\";\"dyadigos\"\n2;20;1990;5\n",
        "igo.csv:1: header: the file is separated by ';', not commas");
    refused(
        "cow-igo",
        "igo.csv",
        "\"ccode1\"\t\"ccode2\"\t\"year\"\t\"dyadigos\"\n2\t20\t1990\t5\n",
        "igo.csv:1: header: the file is separated by tabs, not commas");
  }

  @Test
  void aFractionalCountIsRefusedWithItsLine() throws Exception {
    refused(
        "cow-igo",
        "igo.csv",
        "ccode1,ccode2,year,dyadigos\n2,20,1990,5\n2,40,1990,5.5\n",
        "igo.csv:3: dyadigos: expected a count, a whole number, got '5.5'");
  }

  @Test
  void flowsTooLargeToAddUpAreRefusedWithTheirLineNotAnInternalError() throws Exception {
    Path national =
        Files.writeString(
            dir.resolve("cow_trade_sy.csv"),
            "ccode,year,imports,exports\n2,2000,1e308,1e308\n20,2000,5,5\n");
    Path dyadic =
        Files.writeString(
            dir.resolve("cow_trade_ndy.csv"),
            "ccode1,ccode2,year,flow1,flow2\n2,20,2000,1,5\n2,20,2001,1e308,1e308\n");
    long n = observations();
    var r = Cli.run(db, "load", "cow-trade", dyadic.toString(), national.toString(), "--replace");
    assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err())
        .contains("cow_trade_sy.csv:2: exports: imports and exports add up to more than a number")
        .doesNotContain("internal error");
    Files.writeString(national, "ccode,year,imports,exports\n2,2000,10,10\n20,2000,5,5\n");
    r = Cli.run(db, "load", "cow-trade", dyadic.toString(), national.toString(), "--replace");
    assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err())
        .contains("cow_trade_ndy.csv:3: flow2: flow1 and flow2 add up to more than a number");
    assertThat(observations()).isEqualTo(n);
  }

  @Test
  void namesInAnotherEncodingThanTheDatasetsAreRefusedNotDroppedInSilence() throws Exception {
    String header =
        "receiving_country,year,confucius_institutes,sister_cities_established,government_visits,"
            + "military_visits,total_elite_visits,ambassador_op_eds,journalist_visits,"
            + "media_partnerships,outbound_chinese_students,inbound_students_to_china\n";
    Path f = dir.resolve("ChinesePublicDiplomacy.csv");
    Files.write(
        f,
        (header
                + "Vietnam,2010,1,0,2,0,2,0,0,0,10,20\n"
                + "C\u00f4te d'Ivoire,2010,1,0,1,0,1,0,0,0,1,2\n")
            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    long n = observations();
    var r = Cli.run(db, "load", "aiddata-china", f.toString());
    assertThat(r.code()).as(r.out() + r.err()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).contains("ChinesePublicDiplomacy.csv:3: not UTF-8 text");
    assertThat(observations()).isEqualTo(n);
  }

  @Test
  void aRollCallGivenTwiceIsRefusedWithBothLines() throws Exception {
    Path calls = dir.resolve("un_roll_calls.csv");
    Files.writeString(calls, "rcid,session,date\n3,1,1946-01-01\n4,1,1946-01-02\n3,1,1946-02-01\n");
    Path votes = dir.resolve("un_votes.csv");
    Files.writeString(votes, "rcid,country,country_code,vote\n3,United States,US,yes\n");
    var r = Cli.run(db, "load", "unvotes", votes.toString(), calls.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).contains("un_roll_calls.csv:4: rcid: roll call 3 is already on line 2");
  }

  @Test
  void valuesOutsideTheirRangeAreRefusedNotStoredOrTakenForMissing() throws Exception {
    refused(
        "cow-igo",
        "igo.csv",
        "ccode1,ccode2,year,dyadigos\n2,20,9999,5\n",
        "igo.csv:2: year: expected a year from 1800 to");
    refused(
        "sipri-arms",
        "trade-register.csv",
        "Recipient,Supplier,Year(s) of delivery,SIPRI TIV of delivered weapons\n"
            + "Viet Nam,Russia,2010; 2999,120\n",
        "trade-register.csv:2: Year(s) of delivery: expected years separated by ';', got '2010;"
            + " 2999' (each a year from 1800 to");
    refused(
        "cow-igo",
        "igo.csv",
        "ccode1,ccode2,year,dyadigos\n2,20,1990,-5\n",
        "igo.csv:2: dyadigos: expected a number of 0 or more (or a missing value: empty, NA, -9),"
            + " got '-5'");
    Path atop =
        Files.writeString(
            dir.resolve("atop.csv"),
            "ccode1,ccode2,year,atop_defense,atop_offense,atop_neutral,atop_nonagg,"
                + "atop_consul\n2,20,1990,2,0,0,0,0\n");
    long n = observations();
    var r = Cli.run(db, "load", "atop", atop.toString(), "--replace");
    assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).contains("atop.csv:2: atop_defense: expected 0 or 1");
    assertThat(observations()).isEqualTo(n);
  }

  @Test
  void twoValuesForOnePairAndYearAreRefusedNamingThem() throws Exception {
    refused(
        "cow-igo",
        "igo.csv",
        "ccode1,ccode2,year,dyadigos\n2,20,1990,5\n2,20,1990,6\n",
        "the cow-igo data gives more than one value of one indicator for one pair and period:"
            + " igo.shared for CAN and USA in 1990");
  }

  @Test
  void aFolderAMissingFileAnOverlongLineAndAnUnclosedQuoteEachSayWhat() throws Exception {
    var folder = Cli.run(db, "load", "cow-igo", dir.toString());
    assertThat(folder.err()).contains("it is a folder, not a file");
    assertThat(Cli.run(db, "load", "cow-igo", dir.resolve("none.csv").toString()).err())
        .contains("none.csv: no such file");
    refused(
        "cow-igo",
        "long.csv",
        "ccode1,ccode2,year,dyadigos\n2,20,1990," + "9".repeat(17_000_000) + "\n",
        "long.csv:2: not valid CSV");
    var quote =
        Cli.run(
            db,
            "load",
            "cow-igo",
            Files.writeString(
                    dir.resolve("quote.csv"),
                    "ccode1,ccode2,year,dyadigos\n\"2,20,1990,5\n"
                        + "2,20,1991,5\n".repeat(200_000))
                .toString());
    assertThat(quote.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(quote.err().length())
        .as("a broken file's message is cut, not the file printed")
        .isLessThan(2_000);
  }

  @Test
  void aWrongHeaderNamesTheMissingColumns() throws Exception {
    refused(
        "cow-igo",
        "igo.csv",
        "ccode1,ccode2,year,igos\n2,20,1990,5\n",
        "igo.csv:1: header: missing column dyadigos");
  }

  @Test
  void aNonNumericValueNamesLineAndColumnAndNothingIsStoredEvenFromTheGoodRows() throws Exception {
    refused(
        "cow-igo",
        "igo.csv",
        "ccode1,ccode2,year,dyadigos\n2,20,1990,5\n2,70,1990,5\n2,816,1990,many\n",
        "igo.csv:4: dyadigos: expected a number, got 'many'");
  }

  @Test
  void aRowCutShortIsRefused() throws Exception {
    refused(
        "cow-igo",
        "igo.csv",
        "ccode1,ccode2,year,dyadigos\n2,20,1990,5\n2,70",
        "igo.csv:3: expected 4 fields, got 2");
  }

  @Test
  void anEmptyOrBinaryFileIsRefused() throws Exception {
    refused("cow-igo", "empty.csv", "", "empty.csv: the file is empty");
    Path bin = dir.resolve("bin.csv");
    Files.write(bin, new byte[] {'P', 'K', 3, 4, 0, 0, 1});
    var r = Cli.run(db, "load", "cow-igo", bin.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).contains("bin.csv: this is a binary file");
  }

  @Test
  void unknownCodesAreReportedWithCountsNotSilentlyDropped() throws Exception {
    Path f = dir.resolve("igo.csv");
    Files.writeString(f, "ccode1,ccode2,year,dyadigos\n2,20,1990,5\n2,300,1900,1\n2,300,1901,1\n");
    var r = Cli.run(db, "load", "cow-igo", f.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("2 rows, 1 codes").containsPattern("COW 300 +2");
    assertThat(observations()).isEqualTo(1);
  }

  @Test
  void aBrokenImfFileIsRefusedNamingFileLineAndField() throws Exception {
    String header = "reporter,partner,year,exports_fob_musd,imports_cif_musd\n";
    refused(
        "imf-dots",
        "dots.csv",
        header + "Vietnam,Cuba,2020,12.5,many\n",
        "dots.csv:2: imports_cif_musd: expected an amount of 0 or more in million USD");
    refused(
        "imf-dots",
        "dots.csv",
        "reporter,partner,year,exports\nVietnam,Cuba,2020,12.5\n",
        "dots.csv:1: header: missing columns exports_fob_musd, imports_cif_musd");
  }

  @Test
  void aBrokenYearlyVoteFileIsRefusedNamingFileLineAndField() throws Exception {
    refused(
        "unga-yearly",
        "2020_RAW_COIN.csv",
        ",VIET NAM,CHINA\nA/RES/75/1,Y,yes\nCountry,,\n",
        "2020_RAW_COIN.csv:2: CHINA: expected Y, N, A or X");
    refused(
        "unga-yearly",
        "2019_RAW_COIN.csv",
        "country,vote\nViet Nam,Y\n",
        "2019_RAW_COIN.csv:1: header: no column names a UN member state");
  }

  @Test
  void anUnknownDatasetIsAUsageError() {
    var r = Cli.run(db, "load", "world-bank", "x.csv");
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("unknown dataset 'world-bank'").contains("cow-trade");
    assertThat(Cli.run(db, "load", "--list").out()).contains("imf-dots").contains("unga-yearly");
  }
}
