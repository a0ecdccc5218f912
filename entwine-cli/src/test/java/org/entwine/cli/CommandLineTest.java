package org.entwine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.entwine.registry.Registry;
import org.entwine.store.DuckDbStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exit codes scripts can rely on, and imports that land whole or not at all, through the real
 * database.
 */
class CommandLineTest {
  @TempDir Path dir;
  Path db;

  @BeforeEach
  void example() {
    db = dir.resolve("e.duckdb");
    assertThat(Cli.run(db, "init").code()).isZero();
  }

  private Path file(String name, String text) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  private Registry stored() {
    try (DuckDbStore s = DuckDbStore.open(db)) {
      return s.load();
    }
  }

  private java.util.Map<String, Long> counts() {
    try (DuckDbStore s = DuckDbStore.open(db)) {
      return s.counts();
    }
  }

  @Test
  void helpExitsZeroAndListsTheCommands() {
    var r = Cli.runRaw("--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("portfolio", "timeline", "import", "export", "registry");
  }

  @Test
  void anUnknownActorIsExitThreeWithAMessageAndNoStackTrace() {
    var r = Cli.run(db, "portfolio", "XYZ");
    assertThat(r.code()).isEqualTo(ExitCodes.NOT_FOUND);
    assertThat(r.err())
        .contains("unknown actor 'XYZ'")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
  }

  @Test
  void anActorMayBeNamedByItsCodeInAnotherSystem() {
    var iso2 = Cli.run(db, "portfolio", "vn", "--as-of", "2013-08-30", "--format", "csv");
    var cow = Cli.run(db, "portfolio", "816", "--as-of", "2013-08-30", "--format", "csv");
    assertThat(iso2.code()).isZero();
    assertThat(iso2.out())
        .isEqualTo(cow.out())
        .isEqualTo(
            Cli.run(db, "portfolio", "VNM", "--as-of", "2013-08-30", "--format", "csv").out());
  }

  @Test
  void aBadOptionValueIsAUsageError() {
    assertThat(Cli.run(db, "portfolio", "VNM", "--format", "pdf").code())
        .isEqualTo(ExitCodes.USAGE);
    var r = Cli.run(db, "portfolio", "VNM", "--as-of", "30/08/2013");
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("--as-of expects a date as YYYY-MM-DD (or 'today')");
  }

  @Test
  void theServerRefusesToListenBeyondThisMachineUntilAnalystsSignIn() {
    var r = Cli.run(db, "serve", "--host", "0.0.0.0", "--port", "0");
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("listens on this machine only").contains("'0.0.0.0'");
  }

  @Test
  void aPortInUseOrOutOfRangeIsSaidSo() throws Exception {
    try (var taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      var r = Cli.run(db, "serve", "--port", String.valueOf(taken.getLocalPort()));
      assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
      assertThat(r.err())
          .contains("port " + taken.getLocalPort())
          .contains("is in use by another program")
          .doesNotContain("internal error");
    }
    var r = Cli.run(db, "serve", "--port", "99999");
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("--port expects a port from 0 to 65535, got 99999");
  }

  @Test
  void aRegistryFileTooLargeToReadWholeIsRefusedAtOnce() throws Exception {
    Path big = dir.resolve("big.yaml");
    try (var f = new java.io.RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(65L << 20); // sparse: nothing is written, the size is what counts
    }
    var r = Cli.run(db, "import", big.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err())
        .contains("big.yaml: the file is 65 MB, larger than the 64 MB a registry document may be");
  }

  @Test
  void noFrameworkBetweenTwoActorsIsNotFound() {
    assertThat(Cli.run(db, "timeline", "VNM", "PER").code()).isEqualTo(ExitCodes.NOT_FOUND);
  }

  @Test
  void aDatabaseThatCannotBeOpenedIsExitFive() throws Exception {
    Path notAFile = Files.createDirectories(dir.resolve("folder.duckdb"));
    var r = Cli.run(notAFile, "portfolio", "VNM");
    assertThat(r.code()).isEqualTo(ExitCodes.DATABASE);
    assertThat(r.err()).contains("folder.duckdb");
  }

  @Test
  void aGoodImportLandsAndShowsInThePortfolio() throws Exception {
    Path f =
        file(
            "mine.yaml",
            """
            entwine: 1
            sources: [{id: my-note, title: Our embassy's note of 2024}]
            actors: [{code: XAA, kind: STATE, name: Arcadia (a test actor), sources: [my-note]}]
            frameworks:
              - parties: [VNM, XAA]
                sources: [my-note]
                changes: [{date: 2024-11-19, officialName: strategic partnership, sources: [my-note]}]
            """);
    var r = Cli.run(db, "import", f.toString(), "--entered-by", "analyst");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("imported 3 records");
    assertThat(Cli.run(db, "portfolio", "VNM", "--format", "csv").out())
        .contains(",XAA,Arcadia (a test actor),STATE,STRATEGIC,true,STRATEGIC,");
    assertThat(
            stored().frameworks().stream()
                .filter(x -> x.involves("XAA"))
                .findFirst()
                .orElseThrow()
                .provenance()
                .enteredBy())
        .isEqualTo("analyst");
  }

  /** A batch with a good file and a broken one: refused whole, the database exactly as before. */
  private void refusedWhole(String brokenName, String broken, String... messageParts)
      throws Exception {
    Path good =
        file(
            "good.yaml",
            """
            entwine: 1
            sources: [{id: ok, title: A good source}]
            actors: [{code: ZZA, kind: STATE, name: Zedland, sources: [ok]}]
            """);
    Path bad = file(brokenName, broken);
    Registry before = stored();
    var countsBefore = counts();
    var r = Cli.run(db, "import", good.toString(), bad.toString());
    assertThat(r.code()).as(r.out() + r.err()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).contains("nothing was stored").contains(messageParts);
    assertThat(counts()).isEqualTo(countsBefore);
    assertThat(stored()).isEqualTo(before);
  }

  @Test
  void anUnknownActorCodeInAFileIsRefusedWithItsLine() throws Exception {
    refusedWhole(
        "bad.yaml",
        "entwine: 1\n"
            + "frameworks:\n"
            + "  - parties: [VNM, QQQ]\n"
            + "    sources: [ok]\n"
            + "    changes: [{date: '2020', officialName: strategic partnership, sources: [ok]}]\n",
        "bad.yaml:3: frameworks[0].parties: unknown actor code 'QQQ'");
  }

  @Test
  void aDuplicateOfAStoredIdIsRefused() throws Exception {
    refusedWhole(
        "dup.yaml",
        "entwine: 1\n"
            + "frameworks:\n"
            + "  - parties: [RUS, VNM]\n"
            + "    sources: [ok]\n"
            + "    changes: [{date: '2020', officialName: strategic partnership, sources: [ok]}]\n",
        "dup.yaml:3: frameworks[0].id: duplicate framework 'RUS-VNM': already defined");
  }

  @Test
  void datesOutOfOrderAreRefused() throws Exception {
    refusedWhole(
        "order.yaml",
        "entwine: 1\n"
            + "frameworks:\n"
            + "  - parties: [VNM, BRA]\n"
            + "    sources: [ok]\n"
            + "    changes:\n"
            + "      - {date: '2020', officialName: comprehensive strategic partnership, sources:"
            + " [ok]}\n"
            + "      - {date: '2010', officialName: strategic partnership, sources: [ok]}\n",
        "order.yaml:7: frameworks[0].changes[1]: (2010) is dated before the framework's founding,"
            + " changes[0] (2020)");
  }

  @Test
  void anOfficialNameTheVocabularyDoesNotKnowIsRefused() throws Exception {
    refusedWhole(
        "name.yaml",
        "entwine: 1\nframeworks:\n  - parties: [VNM, PER]\n    sources: [ok]\n"
            + "    changes: [{date: '2020', officialName: eternal friendship, sources: [ok]}]\n",
        "name.yaml:5: frameworks[0].changes[0].officialName: 'eternal friendship' is not in the"
            + " level vocabulary");
  }

  @Test
  void aResumptionWithoutASuspensionIsRefused() throws Exception {
    refusedWhole(
        "resume.yaml",
        "entwine: 1\nframeworks:\n  - parties: [VNM, PER]\n    sources: [ok]\n"
            + "    changes: [{date: '2020', officialName: strategic partnership, sources: [ok]}]\n"
            + "    statusChanges:\n      - {date: '2022', status: ACTIVE, sources: [ok]}\n",
        "resume.yaml:7: frameworks[0].statusChanges[0]: (ACTIVE on 2022) resumes a framework that"
            + " was not suspended");
  }

  @Test
  void twoFrameworksWithTheSameIdInOneFileAreRefused() throws Exception {
    refusedWhole(
        "twice.yaml",
        "entwine: 1\n"
            + "frameworks:\n"
            + "  - {id: PER-VNM:x, parties: [VNM, PER], sources: [ok], changes: [{date: '2020',"
            + " officialName: strategic partnership, sources: [ok]}]}\n"
            + "  - {id: PER-VNM:x, parties: [VNM, PER], sources: [ok], changes: [{date: '2021',"
            + " officialName: comprehensive partnership, sources: [ok]}]}\n",
        "twice.yaml:4: frameworks[1].id: duplicate framework 'PER-VNM:x': already defined");
  }

  @Test
  void aSourceIdThatDoesNotExistIsRefused() throws Exception {
    refusedWhole(
        "source.yaml",
        "entwine: 1\n"
            + "frameworks:\n"
            + "  - parties: [VNM, PER]\n"
            + "    sources: [ok]\n"
            + "    changes: [{date: '2020', officialName: strategic partnership, sources:"
            + " [nowhere]}]\n",
        "source.yaml:3: frameworks[0].changes[0].sources: unknown source id 'nowhere'");
  }

  @Test
  void aNonNumericObservationIsRefused() throws Exception {
    refusedWhole(
        "obs.csv",
        "indicator,actor,partner,period,value,source\ntrade,VNM,CHN,2014,lots,ok\n",
        "obs.csv:2: value: expected a number, got 'lots'");
  }

  @Test
  void aTruncatedFileIsRefused() throws Exception {
    refusedWhole(
        "cut.yaml",
        "entwine: 1\nactors:\n  - {code: ZZB, kind: STATE, name: \"Zed",
        "cut.yaml:3",
        "not valid YAML/JSON");
  }

  @Test
  void anEmptyFileIsRefused() throws Exception {
    refusedWhole("empty.yaml", "", "empty.yaml: the file is empty");
  }

  @Test
  void aBinaryFileIsRefused() throws Exception {
    Path bin = dir.resolve("data.json");
    Files.write(bin, new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0});
    Registry before = stored();
    var r = Cli.run(db, "import", bin.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).contains("data.json: this is a binary file");
    assertThat(stored()).isEqualTo(before);
  }

  @Test
  void whatIsExportedImportsIntoAFreshDatabaseUnchanged() throws Exception {
    Path out = dir.resolve("export");
    var e = Cli.run(db, "export", "--out", out.toString());
    assertThat(e.code()).as(e.err()).isZero();
    Path fresh = dir.resolve("fresh.duckdb");
    assertThat(Cli.run(fresh, "init", "--empty").code()).isZero();
    var i = Cli.run(fresh, "import", out.resolve("registry.yaml").toString());
    assertThat(i.code()).as(i.err()).isZero();
    try (DuckDbStore a = DuckDbStore.open(db);
        DuckDbStore b = DuckDbStore.open(fresh)) {
      assertThat(b.load()).isEqualTo(a.load());
    }
    // and the JSON form too
    assertThat(Cli.run(db, "export", "--out", dir.resolve("json").toString(), "--json").code())
        .isZero();
    Path fresh2 = dir.resolve("fresh2.duckdb");
    Cli.run(fresh2, "init", "--empty");
    assertThat(Cli.run(fresh2, "import", dir.resolve("json/registry.json").toString()).code())
        .isZero();
  }

  @Test
  void coverageIsOneFigureTheSameInScoreAssessAndBrief() throws Exception {
    var r = Cli.run(db, "score", "VNM", "--year", "2024", "--format", "json");
    assertThat(r.code()).as(r.err()).isZero();
    var partners = new java.util.HashMap<String, com.fasterxml.jackson.databind.JsonNode>();
    org.entwine.json.DomainJson.json()
        .readTree(r.out())
        .forEach(o -> partners.put(o.get("partner").asText(), o));
    assertThat(partners).containsKeys("CHN", "JPN", "RUS", "USA", "IND");
    partners.values().forEach(o -> assertThat(o.get("coverage").asDouble()).isBetween(0.0, 1.0));
    var assessed = new java.util.HashMap<String, com.fasterxml.jackson.databind.JsonNode>();
    var a =
        Cli.run(db, "assess", "VNM", "--as-of", "2024-12-31", "--runs", "10", "--format", "json");
    assertThat(a.code()).as(a.err()).isZero();
    org.entwine.json.DomainJson.json()
        .readTree(a.out())
        .get("partners")
        .forEach(o -> assessed.put(o.get("partner").asText(), o));
    for (String p : java.util.List.of("CHN", "JPN", "RUS", "USA", "IND", "LAO")) {
      double coverage = partners.get(p).get("coverage").asDouble();
      assertThat(assessed.get(p).at("/score/coverage").asDouble()).as(p).isEqualTo(coverage);
      var brief = Cli.run(db, "brief", "VNM", p, "--as-of", "2024-12-31", "--runs", "10");
      assertThat(brief.out())
          .as(p)
          .contains(String.format(java.util.Locale.ROOT, "coverage %.0f%%", 100 * coverage));
    }
  }

  @Test
  void initLeavesAnExistingDatabaseAlone() {
    var before = counts();
    var r = Cli.run(db, "init");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("already exists");
    assertThat(counts()).isEqualTo(before);
  }

  @Test
  void aNewDatabaseGetsTheBundledExampleOnFirstUse() {
    Path fresh = dir.resolve("new/first.duckdb");
    var r = Cli.run(fresh, "portfolio", "VNM");
    assertThat(r.code()).isZero();
    assertThat(r.err()).contains("created").contains("bundled example");
    assertThat(r.out()).contains("COMPREHENSIVE_STRATEGIC");
  }
}
