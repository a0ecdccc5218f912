package org.entwine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.entwine.framework.Framework;
import org.entwine.framework.Level;
import org.entwine.framework.LevelChange;
import org.entwine.framework.StatusChange;
import org.entwine.registry.Registry;
import org.entwine.source.Attestation;
import org.entwine.store.DuckDbStore;
import org.entwine.testing.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every row of the research file on Viet Nam's frameworks
 * (../shared/data/partnerships/entwine-research/ vietnam-frameworks-2026.csv, read in place) is in
 * the bundled example: its partner, date, level and official name, its own source by URL, and its
 * confidence.
 */
class ResearchFileTest {
  @TempDir static Path dir;
  static Registry registry;
  static List<NamedCsvRecord> rows = new ArrayList<>();

  static final String FILE = "partnerships/entwine-research/vietnam-frameworks-2026.csv";

  @BeforeAll
  static void load() throws Exception {
    if (!SharedData.isHere(FILE)) return;
    Path csv = SharedData.require(FILE);
    try (CsvReader<NamedCsvRecord> r = CsvReader.builder().ofNamedCsvRecord(csv)) {
      r.forEach(rows::add);
    }
    Path db = dir.resolve("r.duckdb");
    assertThat(Cli.run(db, "init").code()).isZero();
    try (DuckDbStore s = DuckDbStore.open(db)) {
      registry = s.load();
    }
  }

  /** Skips each test where it is absent (fails under CI): a skip in @BeforeAll counts no test. */
  @BeforeEach
  void requireTheFile() {
    SharedData.require(FILE);
  }

  private static String url(String sourceId) {
    return registry.source(sourceId).map(s -> s.url()).orElse(null);
  }

  private static boolean cites(List<String> sources, String url) {
    return sources.stream().map(ResearchFileTest::url).anyMatch(u -> Objects.equals(u, url));
  }

  @Test
  void everyRowIsAFoundingUpgradeOrStatusChangeCitingItsOwnSource() {
    assertThat(rows).hasSize(72);
    List<String> missing = new ArrayList<>();
    for (NamedCsvRecord row : rows) {
      String partner = row.getField("partner_iso3");
      String date = row.getField("date");
      String url = row.getField("source_url");
      Attestation confidence =
          Attestation.valueOf(row.getField("confidence").toUpperCase(java.util.Locale.ROOT));
      boolean found = false;
      for (Framework f : registry.frameworks()) {
        if (!(f.involves("VNM") && f.involves(partner))) continue;
        for (LevelChange c : f.changes()) {
          // a row without a date (Cambodia) is kept at the date the paper attests
          boolean sameDate = date.isEmpty() || c.date().toString().equals(date);
          found |=
              sameDate
                  && c.level() == Level.valueOf(row.getField("level"))
                  && c.officialName().equals(row.getField("official_name"))
                  && cites(c.sources(), url)
                  && c.confidence() == confidence;
        }
        for (StatusChange s : f.statusChanges()) {
          found |=
              s.date().toString().equals(date)
                  && cites(s.sources(), url)
                  && s.confidence() == confidence;
        }
      }
      if (!found) missing.add(partner + " " + date + " " + row.getField("official_name"));
    }
    assertThat(missing).as("rows not in the bundled registry").isEmpty();
  }

  @Test
  void everyOfficialNameInTheFileIsKnownToTheLevelVocabulary() {
    var vocabulary = registry.vocabulary();
    for (NamedCsvRecord row : rows) {
      assertThat(
              vocabulary.levelOf(
                  row.getField("official_name"), List.of("VNM", row.getField("partner_iso3"))))
          .as(row.getField("official_name"))
          .contains(Level.valueOf(row.getField("level")));
    }
  }
}
