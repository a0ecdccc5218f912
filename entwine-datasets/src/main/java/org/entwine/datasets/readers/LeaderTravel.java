package org.entwine.datasets.readers;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entwine.evidence.Contact;
import org.entwine.evidence.ContactLevel;
import org.entwine.source.Source;
import org.entwine.time.PartialDate;

/**
 * CEIAS "WHO | WHERE | WHEN": trips abroad of China's top leaders, 1949-2020 (Year, Name, Level,
 * Country…). Each trip becomes a contact record (China to the country, dated to its year), and the
 * trips per country and year an indicator.
 */
final class LeaderTravel extends DatasetReader {
  static final String VISITS = "ceias.leader-visits";

  LeaderTravel() {
    super(
        "ceias-travel",
        "CEIAS WHO|WHERE|WHEN travel of Chinese leaders v1.1 (the Dataset sheet as CSV)",
        "one CSV with Year, Name, Level, Country",
        new Definitions(
                new Source(
                    "ceias-who-where-when-1.1",
                    "WHO | WHERE | WHEN - International travel of the Chinese leaders (1949-2020)",
                    "Turcsányi, Richard Q., Manuel Eckert, Matej Šimalčík and Nikola Majsniarová",
                    "Central European Institute of Asian Studies (CEIAS)",
                    "2021-07-15",
                    null,
                    "CEIAS leader travel",
                    "1.1",
                    null,
                    false))
            .indicator(
                VISITS,
                "Visits by China's top leaders",
                "count",
                true,
                false,
                "Trips of China's paramount leader, party leader, president or premier to the"
                    + " country that year (identity pillar: elite contacts)."));
  }

  @Override
  void read(Reading reading, List<Path> files) {
    Map<String, Integer> perCountryYear = new HashMap<>();
    reading.rows(
        files.get(0),
        List.of("Year", "Name", "Level", "Country"),
        row -> {
          Integer year = row.year("Year");
          var country = reading.byName(row.text("Country"));
          if (year == null || country.isEmpty() || country.get().equals("CHN")) return;
          reading.see(year);
          ContactLevel level = ContactLevel.HEAD_OF_STATE_OR_GOVERNMENT;
          String title =
              row.text("Name") + " (" + row.text("Level") + ") to " + row.text("Country");
          reading.contact(
              new Contact(
                  "ceias-" + year + "-" + row.line(),
                  reading.period(year),
                  "CHN",
                  country.get(),
                  level,
                  title,
                  null,
                  List.of(reading.source()),
                  Definitions.BY_LOADER));
          perCountryYear.merge(country.get() + "|" + year, 1, Integer::sum);
        });
    perCountryYear.forEach(
        (key, n) -> {
          String[] k = key.split("\\|");
          reading.observe(VISITS, "CHN", k[0], PartialDate.parse(k[1]), n);
        });
  }
}
