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
    Map<String, JsonNode> byPartner = new LinkedHashMap<>();
    array.forEach(o -> byPartner.put(o.get("partner").asText(), o));
    return byPartner;
  }

  @Test
  void vietnamsFrameworksAsOf30August2013AreThoseThePapersState() throws Exception {
    Map<String, JsonNode> p = portfolio("2013-08-30");
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("RUS", "COMPREHENSIVE_STRATEGIC");
    expected.put("CHN", "COMPREHENSIVE_STRATEGIC");
    for (String s : List.of("IND", "JPN", "KOR", "GBR", "DEU", "ITA", "IDN", "THA")) expected.put(s, "STRATEGIC");
    expected.put("NLD", "SECTORAL_STRATEGIC");
    expected.put("DNK", "SECTORAL_STRATEGIC");
    for (String s : List.of("USA", "AUS", "NZL", "FRA")) expected.put(s, "COMPREHENSIVE");
    expected.put("LAO", "SPECIAL");
    expected.put("KHM", "SPECIAL");
    expected.put("CUB", "OTHER_PARTNERSHIP");
    expected.forEach((partner, level) -> {
      assertThat(p).as(partner).containsKey(partner);
      assertThat(p.get(partner).get("level").asText()).as(partner).isEqualTo(level);
    });
    // The paper counts 11 full strategic partnerships; it names ten, and Spain (2009) is the eleventh.
    long full = p.values().stream().map(o -> o.get("level").asText())
        .filter(l -> l.equals("STRATEGIC") || l.equals("COMPREHENSIVE_STRATEGIC")).count();
    assertThat(full).isEqualTo(11);
    assertThat(p.get("CHN").get("officialName").asText()).isEqualTo("comprehensive strategic cooperative partnership");
    assertThat(p.get("RUS").get("since").asText()).isEqualTo("2012-07-01");
    assertThat(p.get("RUS").get("sincePrecision").asText()).isEqualTo("MONTH");
    assertThat(p.get("RUS").get("established").asText()).isEqualTo("2001-01-01");
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
    List<List<String>> citations = Stream.of(
        registry.citedRecords().map(r -> r.sources()),
        registry.levelNames().stream().map(n -> n.sources()),
        registry.frameworks().stream().flatMap(f -> f.changes().stream()).map(c -> c.sources()),
        registry.frameworks().stream().flatMap(f -> f.statusChanges().stream()).map(c -> c.sources()),
        registry.commitments().stream().flatMap(c -> c.status().stream()).map(c -> c.sources()),
        registry.mechanisms().stream().flatMap(m -> m.sessions().stream()).map(s -> s.sources()),
        registry.actors().stream().flatMap(a -> a.members().stream()).map(m -> m.sources()))
        .flatMap(s -> s).toList();
    assertThat(citations).hasSizeGreaterThan(300);
    assertThat(citations).allSatisfy(c -> assertThat(c).isNotEmpty().allSatisfy(id -> assertThat(ids).contains(id)));
  }

  @Test
  void illustrativeEntriesAreMarkedAsSuchInTheirText() {
    Set<String> illustrative = registry.sources().stream().filter(Source::illustrative).map(Source::id).collect(Collectors.toSet());
    assertThat(illustrative).containsExactly("illustrative");
    registry.mechanisms().stream().filter(m -> m.sources().equals(List.of("illustrative")))
        .forEach(m -> assertThat(m.name()).contains("illustrative example entry"));
    registry.projects().stream().filter(m -> m.sources().equals(List.of("illustrative")))
        .forEach(m -> assertThat(m.title()).contains("illustrative example entry"));
    registry.commitments().stream().filter(m -> m.sources().equals(List.of("illustrative")))
        .forEach(m -> assertThat(m.text()).contains("illustrative example entry"));
  }

  @Test
  void thePapersCountsAreRecordedAsReportedBesideTheRegistry() {
    var r = Cli.run(db, "registry", "counts", "--as-of", "2013-08-30", "--format", "csv");
    assertThat(r.code()).isZero();
    Map<String, String> reported = r.out().lines().skip(1).map(l -> l.split(","))
        .filter(c -> c.length > 10 && !c[10].isEmpty()).collect(Collectors.toMap(c -> c[0], c -> c[10]));
    assertThat(reported).containsEntry("CHN", ">50").containsEntry("RUS", ">30").containsEntry("USA", "24")
        .containsEntry("FRA", "13").containsEntry("GBR", "12").containsEntry("IND", "12").containsEntry("EU", "10")
        .containsEntry("MEX", "10").containsEntry("DEU", "9").containsEntry("IDN", "9").containsEntry("POL", "6");
  }

  @Test
  void theAsymmetricFrameworksThePapersNameAreThere() {
    Set<Set<String>> pairs = Asymmetric.of(registry).stream().map(e -> Set.copyOf(e.framework().parties()))
        .collect(Collectors.toSet());
    assertThat(pairs).contains(Set.of("CHN", "ASEAN"), Set.of("CHN", "EU"), Set.of("EU", "AFR"), Set.of("EU", "LAC"),
        Set.of("NATO", "EU"), Set.of("NATO", "RUS"), Set.of("ASI", "AFR"));
    assertThat(Cli.run(db, "registry", "asymmetric").out()).contains("NAASP");
  }

  @Test
  void aseanMembersAreKeptOverTime() {
    var asean = registry.actor("ASEAN").orElseThrow();
    assertThat(asean.membersOn(LocalDate.parse("1990-01-01"))).containsExactlyInAnyOrder("IDN", "MYS", "PHL", "SGP", "THA", "BRN");
    assertThat(asean.membersOn(LocalDate.parse("2000-01-01"))).hasSize(10).contains("VNM", "KHM");
  }

  @Test
  void theTimelineShowsTheUpgradeAndItsDocument() {
    var r = Cli.run(db, "timeline", "VNM", "USA", "--format", "csv");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("2013-07-01,MONTH,2013-07,USA-VNM,ESTABLISHED,COMPREHENSIVE")
        .contains("2023-09-10,DAY,2023-09-10,USA-VNM,UPGRADED,COMPREHENSIVE_STRATEGIC");
  }
}
