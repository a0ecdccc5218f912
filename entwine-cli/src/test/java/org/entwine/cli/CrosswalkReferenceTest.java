package org.entwine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entwine.actor.Actor;
import org.entwine.actor.ActorKind;
import org.entwine.actor.CodeSystem;
import org.entwine.registry.Registry;
import org.entwine.store.DuckDbStore;
import org.entwine.testing.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The country crosswalk was written from the standards; here it is checked against the reference
 * files in ../shared/data, read in place.
 */
class CrosswalkReferenceTest {
  @TempDir static Path dir;
  static List<Actor> states;

  /**
   * Records where CountryInfo.120116.txt itself is wrong, each checked by hand against the
   * standard: the file gives Guatemala Guadeloupe's codes and Guinea Papua New Guinea's, and older
   * FIPS or ISO codes for a few others. It gives the Cook Islands Cocos (Keeling)'s FIPS code CK;
   * GDELT's FIPS table (geo_country_codes.csv) has CW for the Cook Islands, as FIPS 10-4 does.
   */
  static final Set<String> COUNTRYINFO_ERRATA =
      Set.of(
          "GTM ISO2",
          "GTM FIPS",
          "GIN ISO2",
          "GIN FIPS",
          "GIN COW",
          "COG FIPS",
          "COG COW",
          "ZAF FIPS",
          "ISR ISO2",
          "KGZ FIPS",
          "MMR ISO2",
          "MMR FIPS",
          "COK FIPS");

  @BeforeAll
  static void load() {
    Path db = dir.resolve("x.duckdb");
    Cli.run(db, "init");
    try (DuckDbStore s = DuckDbStore.open(db)) {
      Registry r = s.load();
      states = r.actors().stream().filter(a -> a.kind() == ActorKind.STATE).toList();
    }
    assertThat(states).hasSizeGreaterThan(190);
  }

  @Test
  void everyCowCodeAndAbbreviationPairIsOneTheCowStateListHas() throws Exception {
    Path cow = SharedData.require("cow/svmiller+peacesciencer/cow_states.csv");
    Map<String, Set<Integer>> pairs = new HashMap<>();
    try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(cow)) {
      for (NamedCsvRecord r : csv) {
        pairs
            .computeIfAbsent(r.getField("stateabb"), k -> new HashSet<>())
            .add(Integer.parseInt(r.getField("ccode")));
      }
    }
    int checked = 0;
    for (Actor a : states) {
      String code = a.codes().get(CodeSystem.COW);
      if (code == null) continue;
      assertThat(pairs.get(a.codes().get(CodeSystem.COW_ALPHA)))
          .as(a.code())
          .contains(Integer.parseInt(code));
      checked++;
    }
    assertThat(checked).isGreaterThan(190);
    // Vietnam, as the data README states it
    assertThat(
            states.stream().filter(a -> a.code().equals("VNM")).findFirst().orElseThrow().codes())
        .containsEntry(CodeSystem.COW, "816")
        .containsEntry(CodeSystem.ISO2, "VN");
  }

  @Test
  void isoAlpha2FipsAndCowCodesAgreeWithCountryInfoSaveForItsKnownErrata() throws Exception {
    Path ci = SharedData.require("cameo/openeventdata+CountryInfo/CountryInfo.120116.txt");
    String text = new String(Files.readAllBytes(ci), StandardCharsets.ISO_8859_1);
    Map<String, Map<String, String>> first = new HashMap<>();
    Matcher m =
        Pattern.compile("(?ms)^<CountryCode>(\\w+)</CountryCode>(.*?)(?=^<CountryCode>|\\z)")
            .matcher(text);
    while (m.find()) {
      String block = m.group(2);
      Map<String, String> f = new HashMap<>();
      for (String tag : List.of("ISO3166-alpha2", "FIPS-10", "COW-Numeric")) {
        Matcher t = Pattern.compile("<" + tag + ">(.*?)</" + tag + ">").matcher(block);
        if (t.find()) f.put(tag, t.group(1).strip());
      }
      first.putIfAbsent(m.group(1), f); // later blocks with the same code are dependencies
    }
    int compared = 0;
    for (Actor a : states) {
      Map<String, String> ref = first.get(a.code());
      if (ref == null) continue;
      compared += compare(a, "ISO2", a.codes().get(CodeSystem.ISO2), ref.get("ISO3166-alpha2"));
      compared += compare(a, "FIPS", a.codes().get(CodeSystem.FIPS), ref.get("FIPS-10"));
      String cow = ref.get("COW-Numeric");
      compared +=
          compare(
              a,
              "COW",
              a.codes().get(CodeSystem.COW),
              cow == null || !cow.matches("\\d+") ? null : String.valueOf(Integer.parseInt(cow)));
    }
    assertThat(compared).isGreaterThan(500);
  }

  @Test
  void isoNumericCodesAreThoseOfGdeltsCountryTableForTodaysStates() throws Exception {
    Path table = SharedData.require("cameo/juxpkr+gdelt-data-platform-k8s/geo_country_codes.csv");
    Map<String, String> numeric = new HashMap<>();
    try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(table)) {
      for (NamedCsvRecord r : csv) {
        if (!r.getField("M49_code").isBlank()
            && r.getField("iso_code").equals(r.getField("current_iso_code"))) {
          numeric.put(
              r.getField("iso_code"), String.valueOf(Integer.parseInt(r.getField("M49_code"))));
        }
      }
    }
    int compared = 0;
    for (Actor a : states) {
      String mine = a.codes().get(CodeSystem.ISO_NUMERIC);
      if (mine == null || !numeric.containsKey(a.code())) continue;
      assertThat(mine).as(a.code()).isEqualTo(numeric.get(a.code()));
      compared++;
    }
    assertThat(compared).isGreaterThan(190);
  }

  private static int compare(Actor a, String system, String mine, String reference) {
    if (mine == null || reference == null || reference.isBlank() || reference.matches("-+|0+"))
      return 0;
    if (COUNTRYINFO_ERRATA.contains(a.code() + " " + system)) {
      assertThat(mine)
          .as("erratum still differs: " + a.code() + " " + system)
          .isNotEqualTo(reference);
      return 0;
    }
    assertThat(mine).as(a.code() + " " + system).isEqualTo(reference);
    return 1;
  }
}
