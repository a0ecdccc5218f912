package org.entwine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.entwine.framework.Level;
import org.entwine.json.DomainJson;
import org.entwine.registry.Asymmetric;
import org.entwine.registry.Registry;
import org.entwine.source.Source;
import org.entwine.store.DuckDbStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled example holds the papers' facts (SPEC §8), and every record cites a source. */
class BundledExampleTest {
  @TempDir static Path dir;
  static Path db;
  static Registry registry;

  @BeforeAll
  static void load() {
    db = dir.resolve("example.duckdb");
    assertThat(Cli.run(db, "init").code()).isZero();
    try (DuckDbStore store = DuckDbStore.open(db)) {
      registry = store.load();
    }
  }

  private static Map<String, JsonNode> portfolio(String asOf) throws Exception {
    var r = Cli.run(db, "portfolio", "VNM", "--as-of", asOf, "--format", "json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode array = DomainJson.json().readTree(r.out());
    assertThat(array.isArray()).isTrue();
    // a pair's own framework (the one that gives it its level) stands for the pair
    Map<String, JsonNode> byPartner = new LinkedHashMap<>();
    array.forEach(
        o -> {
          if (o.get("primary").asBoolean()) byPartner.put(o.get("partner").asText(), o);
        });
    return byPartner;
  }

  private static List<JsonNode> frameworks(String asOf) throws Exception {
    var r = Cli.run(db, "portfolio", "VNM", "--as-of", asOf, "--format", "json");
    assertThat(r.code()).as(r.err()).isZero();
    List<JsonNode> all = new java.util.ArrayList<>();
    DomainJson.json().readTree(r.out()).forEach(all::add);
    return all;
  }

  /**
   * The counts of frameworks per level the registry gives for VNM on a date (registry counts VNM).
   */
  private static Map<String, Integer> countsByLevel(String asOf) throws Exception {
    var r = Cli.run(db, "registry", "counts", "VNM", "--as-of", asOf, "--format", "json");
    assertThat(r.code()).as(r.err()).isZero();
    Map<String, Integer> out = new LinkedHashMap<>();
    DomainJson.json()
        .readTree(r.out())
        .forEach(o -> out.putIfAbsent(o.get("level").asText(), o.get("registry").asInt()));
    return out;
  }

  @Test
  void vietnamsFrameworksAsOf30August2013AreThoseThePapersState() throws Exception {
    Map<String, JsonNode> p = portfolio("2013-08-30");
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("RUS", "COMPREHENSIVE_STRATEGIC");
    expected.put("CHN", "COMPREHENSIVE_STRATEGIC");
    for (String s : List.of("IND", "JPN", "KOR", "GBR", "DEU", "ITA", "IDN", "THA"))
      expected.put(s, "STRATEGIC");
    expected.put("NLD", "SECTORAL_STRATEGIC");
    expected.put("DNK", "SECTORAL_STRATEGIC");
    for (String s : List.of("USA", "AUS", "NZL", "FRA")) expected.put(s, "COMPREHENSIVE");
    expected.put("LAO", "SPECIAL");
    expected.put("KHM", "SPECIAL");
    expected.put("CUB", "OTHER_PARTNERSHIP");
    expected.forEach(
        (partner, level) -> {
          assertThat(p).as(partner).containsKey(partner);
          assertThat(p.get(partner).get("level").asText()).as(partner).isEqualTo(level);
        });
    // The paper counts 11 full strategic partnerships; it names ten, and Spain (2009) is the
    // eleventh.
    long full =
        p.values().stream()
            .map(o -> o.get("level").asText())
            .filter(l -> l.equals("STRATEGIC") || l.equals("COMPREHENSIVE_STRATEGIC"))
            .count();
    assertThat(full).isEqualTo(11);
    assertThat(p.get("CHN").get("officialName").asText())
        .isEqualTo("comprehensive strategic cooperative partnership");
    // the paper gives July 2012 and 2001; the joint statement and the declaration give the days
    assertThat(p.get("RUS").get("since").asText()).isEqualTo("2012-07-27");
    assertThat(p.get("RUS").get("sincePrecision").asText()).isEqualTo("DAY");
    assertThat(p.get("RUS").get("established").asText()).isEqualTo("2001-03-01");
    assertThat(p.get("RUS").get("sources").toString()).contains("paper-thai-2013");
    assertThat(p.get("NLD").get("sectors")).isNotEmpty();
  }

  @Test
  void everyObjectCarriesTheFieldsScriptsRelyOn() throws Exception {
    for (JsonNode o : portfolio("2013-08-30").values()) {
      for (String field : List.of("partner", "level", "officialName", "since", "established")) {
        assertThat(o.hasNonNull(field)).as(o.get("partner") + "." + field).isTrue();
      }
      LocalDate.parse(o.get("since").asText());
      LocalDate.parse(o.get("established").asText());
      Level.valueOf(o.get("level").asText());
    }
  }

  @Test
  void beforeTheUpgradeRussiaIsStrategicAndThe2013FrameworksAreAbsent() throws Exception {
    Map<String, JsonNode> p = portfolio("2012-01-01");
    assertThat(p.get("RUS").get("level").asText()).isEqualTo("STRATEGIC");
    assertThat(p.keySet()).doesNotContain("ITA", "IDN", "THA", "USA");
    assertThat(p.keySet()).contains("CHN", "IND", "JPN", "KOR", "GBR", "DEU", "NLD", "ESP");
  }

  @Test
  void laterUpgradesAreThereWithTheirOwnSources() throws Exception {
    Map<String, JsonNode> p = portfolio("2026-01-01");
    for (String s : List.of("USA", "JPN", "KOR", "IND", "AUS", "FRA")) {
      assertThat(p.get(s).get("level").asText()).as(s).isEqualTo("COMPREHENSIVE_STRATEGIC");
      assertThat(p.get(s).get("sources").toString()).as(s).doesNotContain("paper-thai-2013\"]");
    }
    assertThat(p.get("USA").get("since").asText()).isEqualTo("2023-09-10");
  }

  @Test
  void everyBundledRecordCitesASourceThatExists() {
    Set<String> ids = registry.sources().stream().map(Source::id).collect(Collectors.toSet());
    assertThat(registry.citedRecords()).allSatisfy(r -> assertThat(r.sources()).isNotEmpty());
    List<String> citations =
        Stream.concat(
                registry.citedRecords().flatMap(r -> r.citations()),
                registry.levelNames().stream().flatMap(n -> n.sources().stream()))
            .toList();
    assertThat(citations).hasSizeGreaterThan(500);
    assertThat(citations).allSatisfy(id -> assertThat(ids).contains(id));
  }

  @Test
  void theBundledExampleHoldsNothingIllustrative() {
    assertThat(registry.sources()).noneMatch(Source::illustrative);
    assertThat(org.entwine.registry.Illustrative.of(registry, false).count()).isZero();
  }

  @Test
  void everySourceCanBeFollowedByAReader() {
    // a web address, or a publication named by its author or publisher (the papers, the standards)
    assertThat(registry.sources())
        .allSatisfy(
            s ->
                assertThat(s.url() != null || s.publisher() != null || s.author() != null)
                    .as(s.id() + " can be followed")
                    .isTrue());
    // and every fact beyond the papers cites at least one source with a web address
    Set<String> online =
        registry.sources().stream()
            .filter(s -> s.url() != null)
            .map(Source::id)
            .collect(Collectors.toSet());
    Set<String> papers = Set.of("paper-thai-2013", "paper-quy-tung");
    Stream.of(
            registry.frameworks().stream().flatMap(f -> f.changes().stream()).map(c -> c.sources()),
            registry.frameworks().stream()
                .flatMap(f -> f.statusChanges().stream())
                .map(c -> c.sources()),
            registry.documents().stream().map(d -> d.sources()),
            registry.commitments().stream().map(c -> c.sources()),
            registry.outcomes().stream().map(o -> o.sources()),
            registry.projects().stream().map(x -> x.sources()),
            registry.contacts().stream().map(c -> c.sources()))
        .flatMap(x -> x)
        .filter(ids -> !papers.containsAll(ids))
        .forEach(ids -> assertThat(ids).as("cited: " + ids).anyMatch(online::contains));
  }

  @Test
  void theCountsByLevelAreThePapersTheMinistrysAndTodays() throws Exception {
    // 2013-08-30, the paper: eleven full strategic partnerships (two comprehensive strategic), two
    // sectoral
    Map<String, Integer> paper = countsByLevel("2013-08-30");
    assertThat(paper.get("COMPREHENSIVE_STRATEGIC") + paper.get("STRATEGIC")).isEqualTo(11);
    assertThat(paper)
        .containsEntry("COMPREHENSIVE_STRATEGIC", 2)
        .containsEntry("SECTORAL_STRATEGIC", 2)
        .containsEntry("SPECIAL", 2)
        .containsEntry("OTHER_PARTNERSHIP", 1);
    // 2025-08-22, the foreign ministry (VOV): 13 comprehensive strategic, 10 strategic, 15
    // comprehensive
    assertThat(countsByLevel("2025-08-22"))
        .containsEntry("COMPREHENSIVE_STRATEGIC", 13)
        .containsEntry("STRATEGIC", 10)
        .containsEntry("COMPREHENSIVE", 15);
    // 2024-03-18, the foreign minister: 30 strategic and comprehensive partners, seven
    // comprehensive strategic
    Map<String, Integer> minister = countsByLevel("2024-03-18");
    assertThat(minister).containsEntry("COMPREHENSIVE_STRATEGIC", 7);
    assertThat(
            minister.get("COMPREHENSIVE_STRATEGIC")
                + minister.get("STRATEGIC")
                + minister.get("COMPREHENSIVE"))
        .isEqualTo(30);
    // today: the United Kingdom (2025-10-29) and the EU (2026-01-29) raised, Finland and Bulgaria
    // added
    assertThat(countsByLevel("today"))
        .containsEntry("COMPREHENSIVE_STRATEGIC", 15)
        .containsEntry("STRATEGIC", 11)
        .containsEntry("COMPREHENSIVE", 15)
        .containsEntry("SECTORAL_STRATEGIC", 4)
        .containsEntry("SPECIAL", 3);
    // and the command says whether the reported count agrees
    var r = Cli.run(db, "registry", "counts", "VNM", "--as-of", "2025-08-22", "--format", "json");
    List<JsonNode> rows = new java.util.ArrayList<>();
    DomainJson.json().readTree(r.out()).forEach(rows::add);
    assertThat(rows)
        .filteredOn(o -> o.get("reported").isNumber())
        .isNotEmpty()
        .allSatisfy(o -> assertThat(o.get("agrees").asBoolean()).as(o.toString()).isTrue())
        .allSatisfy(
            o -> assertThat(o.get("reportedSource").asText()).contains("https://english.vov.vn/"));
  }

  @Test
  void aPairWithSeveralFrameworksStandsAtItsHighestAndListsThemAll() throws Exception {
    List<JsonNode> today = frameworks("today");
    List<JsonNode> netherlands =
        today.stream().filter(o -> o.get("partner").asText().equals("NLD")).toList();
    assertThat(netherlands)
        .extracting(o -> o.get("level").asText())
        .containsExactlyInAnyOrder("SECTORAL_STRATEGIC", "SECTORAL_STRATEGIC", "COMPREHENSIVE");
    assertThat(netherlands)
        .allSatisfy(o -> assertThat(o.get("pairLevel").asText()).isEqualTo("SECTORAL_STRATEGIC"));
    assertThat(netherlands).filteredOn(o -> o.get("primary").asBoolean()).hasSize(1);
    List<JsonNode> denmark =
        today.stream().filter(o -> o.get("partner").asText().equals("DNK")).toList();
    assertThat(denmark)
        .extracting(o -> o.get("officialName").asText())
        .containsExactlyInAnyOrder("green strategic partnership", "comprehensive partnership");
    // the EU is a partner that is an organization
    assertThat(today)
        .anySatisfy(
            o -> {
              assertThat(o.get("partner").asText()).isEqualTo("EU");
              assertThat(o.get("partnerKind").asText()).isEqualTo("INTERNATIONAL_ORGANIZATION");
              assertThat(o.get("level").asText()).isEqualTo("COMPREHENSIVE_STRATEGIC");
            });
    // Hungary names it a strategic partnership; Viet Nam counts it a comprehensive one
    assertThat(today)
        .anySatisfy(
            o -> {
              assertThat(o.get("partner").asText()).isEqualTo("HUN");
              assertThat(o.get("level").asText()).isEqualTo("COMPREHENSIVE");
              assertThat(o.get("sideNames").get("HUN").asText()).isEqualTo("strategic partnership");
            });
    // a reported fact is shown as reported
    assertThat(today)
        .anySatisfy(
            o -> {
              assertThat(o.get("partner").asText()).isEqualTo("CHE");
              assertThat(o.get("confidence").asText()).isEqualTo("reported");
            });
    assertThat(Cli.run(db, "portfolio", "VNM", "--as-of", "today").out())
        .contains("2025-01-21 (reported)");
  }

  @Test
  void germanysSuspensionAndResumptionAreStatusChangesWithTheirOwnSources() throws Exception {
    assertThat(portfolio("2018-06-01").get("DEU").get("status").asText()).isEqualTo("SUSPENDED");
    assertThat(portfolio("2020-01-01").get("DEU").get("status").asText()).isEqualTo("ACTIVE");
    var r = Cli.run(db, "timeline", "VNM", "DEU", "--format", "json");
    List<JsonNode> steps = new java.util.ArrayList<>();
    DomainJson.json().readTree(r.out()).forEach(steps::add);
    assertThat(steps)
        .extracting(o -> o.get("change").asText())
        .containsExactly("ESTABLISHED", "SUSPENDED", "RESUMED");
    assertThat(steps.get(1).get("sourceUrls").toString()).contains("auswaertiges-amt.de");
    assertThat(steps.get(2).get("confidence").asText()).isEqualTo("reported");
  }

  @Test
  void whereThePaperAndALaterSourceDisagreeThePapersFactIsKeptAndTheTimelineSaysSo() {
    var france = Cli.run(db, "timeline", "VNM", "FRA");
    assertThat(france.out()).contains("sources disagree").contains("could not corroborate");
    assertThat(france.out())
        .containsPattern("by 2013-08-30 \\[1\\]\\s+FRA-VNM\\s+ESTABLISHED\\s+COMPREHENSIVE");
    assertThat(Cli.run(db, "timeline", "EU", "LAC").out())
        .contains("sources disagree")
        .contains("1999");
  }

  @Test
  void everyPartnersTimelineRunsInOrderAndEachFrameworkStartsWithItsFounding() {
    for (var f : registry.frameworks()) {
      if (!f.involves("VNM")) continue;
      var steps = org.entwine.registry.Timeline.of(registry, "VNM", f.partnerOf("VNM"));
      assertThat(steps)
          .extracting(e -> e.date())
          .isSortedAccordingTo(java.util.Comparator.naturalOrder());
      assertThat(
              steps.stream()
                  .filter(e -> e.framework().equals(f.id()))
                  .findFirst()
                  .orElseThrow()
                  .change())
          .as(f.id())
          .isEqualTo("ESTABLISHED");
    }
  }

  @Test
  void timorLesteIsInAseanFromItsAdmission() {
    var asean = registry.actor("ASEAN").orElseThrow();
    assertThat(asean.membersOn(LocalDate.parse("2025-10-25"))).doesNotContain("TLS");
    assertThat(asean.membersOn(LocalDate.parse("2025-10-26"))).contains("TLS").hasSize(11);
  }

  @Test
  void thePapersCountsAreRecordedAsReportedBesideTheRegistry() {
    var r = Cli.run(db, "registry", "counts", "--as-of", "2013-08-30", "--format", "csv");
    assertThat(r.code()).isZero();
    Map<String, String> reported =
        r.out()
            .lines()
            .skip(1)
            .map(l -> l.split(","))
            .filter(c -> c.length > 11 && !c[11].isEmpty())
            .collect(Collectors.toMap(c -> c[0], c -> c[11]));
    assertThat(reported)
        .containsEntry("CHN", ">50")
        .containsEntry("RUS", ">30")
        .containsEntry("USA", "24")
        .containsEntry("FRA", "13")
        .containsEntry("GBR", "12")
        .containsEntry("IND", "12")
        .containsEntry("EU", "10")
        .containsEntry("MEX", "10")
        .containsEntry("DEU", "9")
        .containsEntry("IDN", "9")
        .containsEntry("POL", "6");
  }

  @Test
  void theAsymmetricFrameworksThePapersNameAreThere() {
    Set<Set<String>> pairs =
        Asymmetric.of(registry).stream()
            .map(e -> Set.copyOf(e.framework().parties()))
            .collect(Collectors.toSet());
    assertThat(pairs)
        .contains(
            Set.of("CHN", "ASEAN"),
            Set.of("CHN", "EU"),
            Set.of("EU", "AFR"),
            Set.of("EU", "LAC"),
            Set.of("NATO", "EU"),
            Set.of("NATO", "RUS"),
            Set.of("ASI", "AFR"));
    assertThat(Cli.run(db, "registry", "asymmetric").out()).contains("NAASP");
  }

  @Test
  void aseanMembersAreKeptOverTime() {
    var asean = registry.actor("ASEAN").orElseThrow();
    assertThat(asean.membersOn(LocalDate.parse("1990-01-01")))
        .containsExactlyInAnyOrder("IDN", "MYS", "PHL", "SGP", "THA", "BRN");
    assertThat(asean.membersOn(LocalDate.parse("2000-01-01"))).hasSize(10).contains("VNM", "KHM");
  }

  @Test
  void theTimelineShowsTheUpgradeAndItsDocument() {
    var r = Cli.run(db, "timeline", "VNM", "USA", "--format", "csv");
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains("2013-07-25,DAY,2013-07-25,USA-VNM,ESTABLISHED,COMPREHENSIVE")
        .contains("2023-09-10,DAY,2023-09-10,USA-VNM,UPGRADED,COMPREHENSIVE_STRATEGIC");
  }
}
