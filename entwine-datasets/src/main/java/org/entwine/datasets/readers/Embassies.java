package org.entwine.datasets.readers;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.entwine.datasets.CsvRows;
import org.entwine.source.Source;

/**
 * The Database of Embassies (Wikidata, ';'-separated: operator, country, type, …): diplomatic
 * missions as of its snapshot of November 2022. Read into the resident missions (embassies, high
 * commissions, consulates; honorary consulates left out) each country keeps in another, and how
 * many of the two keep an embassy in the other (0, 1 or 2), for 2022. The snapshot is incomplete: a
 * mission Wikidata lacks reads as none.
 */
final class Embassies extends DatasetReader {
  static final String MISSIONS = "diplomacy.missions";
  static final String EMBASSIES = "diplomacy.embassies";
  private static final int YEAR = 2022;
  private static final Set<String> RESIDENT =
      Set.of(
          "embassy",
          "high commission",
          "de facto embassy",
          "consulate general",
          "consulate",
          "de facto consulate");
  private static final Set<String> EMBASSY =
      Set.of("embassy", "high commission", "de facto embassy");

  Embassies() {
    super(
        "embassies",
        "Database of Embassies, Wikidata snapshot of November 2022 (database_of_embassies.csv,"
            + " ';'-separated)",
        "one ';'-separated file with operator, country, type",
        new Definitions(
                new Source(
                    "embassies-wikidata-2022",
                    "Database of Embassies (diplomatic missions from Wikidata)",
                    "database-of-embassies contributors",
                    "Wikidata",
                    "2022-11-16",
                    "https://github.com/database-of-embassies/database-of-embassies",
                    "Database of Embassies",
                    "b198707 (2022-11-16)",
                    "CC0. One snapshot, incomplete: a mission Wikidata does not record is not"
                        + " known, so a pair with none recorded is missing, never zero.",
                    false))
            .indicator(
                MISSIONS,
                "Resident diplomatic missions",
                "missions",
                true,
                false,
                "Embassies, high commissions and consulates the actor keeps in the partner"
                    + " (Wikidata, November 2022; honorary consulates left out): contacts at the"
                    + " institutional level (institutions pillar, de jure).")
            .indicator(
                EMBASSIES,
                "Embassies between the two",
                "0-2",
                false,
                false,
                "How many of the two keep an embassy (or high commission) in the other (Wikidata,"
                    + " November 2022)."));
  }

  @Override
  void read(Reading reading, List<Path> files) {
    reading.cover(YEAR, YEAR);
    PairYears sums = reading.sums();
    Set<String> embassyIn = new HashSet<>();
    reading.rows(
        files.get(0),
        List.of("operator", "country", "type"),
        CsvRows.Layout.CSV.separatedBy(';'),
        row -> {
          String type = row.text("type").toLowerCase(java.util.Locale.ROOT);
          if (!RESIDENT.contains(type)) {
            reading.leftOut("mission of another type ('" + row.text("type") + "')");
            return;
          }
          var operator = reading.byName(row.text("operator"));
          var host = reading.byName(row.text("country"));
          if (operator.isEmpty() || host.isEmpty() || operator.get().equals(host.get())) return;
          sums.add(MISSIONS, operator.get(), host.get(), YEAR, 1);
          if (EMBASSY.contains(type)) embassyIn.add(operator.get() + "|" + host.get());
        });
    for (String key : embassyIn) {
      String[] ab = key.split("\\|");
      // each side's embassy counted once, from whichever side's pass comes first
      if (ab[0].compareTo(ab[1]) < 0 || !embassyIn.contains(ab[1] + "|" + ab[0])) {
        sums.addUndirected(
            EMBASSIES, ab[0], ab[1], YEAR, embassyIn.contains(ab[1] + "|" + ab[0]) ? 2 : 1);
      }
    }
  }
}
