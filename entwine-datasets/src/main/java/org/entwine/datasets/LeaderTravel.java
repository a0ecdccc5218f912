package org.entwine.datasets;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.entwine.actor.Crosswalk;
import org.entwine.evidence.Contact;
import org.entwine.evidence.ContactLevel;
import org.entwine.evidence.Observation;
import org.entwine.exchange.Problems;
import org.entwine.source.Source;
import org.entwine.time.PartialDate;

/**
 * CEIAS "WHO | WHERE | WHEN": trips abroad of China's top leaders, 1949-2020 (Year, Name, Level,
 * Country…). Each trip becomes a contact record (China to the country, dated to its year), and the
 * trips per country and year an indicator.
 */
final class LeaderTravel extends DatasetBase {
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
  public Result read(
      List<Path> files, Crosswalk crosswalk, Consumer<Observation> sink, Progress progress) {
    requireFiles(files, 1, 1);
    Problems problems = new Problems();
    Unmapped unmapped = new Unmapped(crosswalk);
    Years years = new Years();
    List<Contact> contacts = new ArrayList<>();
    Map<String, Integer> perCountryYear = new HashMap<>();
    long[] rows = {0};
    String src = definitions.source().id();
    try (CsvRows csv =
        CsvRows.open(
            files.get(0), List.of("Year", "Name", "Level", "Country"), problems, progress)) {
      csv.forEach(
          row -> {
            rows[0]++;
            Integer year = row.year("Year");
            var country = unmapped.byName(row.text("Country"));
            if (year == null || country.isEmpty() || country.get().equals("CHN")) return;
            years.see(year);
            ContactLevel level = ContactLevel.HEAD_OF_STATE_OR_GOVERNMENT;
            String title =
                row.text("Name") + " (" + row.text("Level") + ") to " + row.text("Country");
            contacts.add(
                new Contact(
                    "ceias-" + year + "-" + row.line(),
                    PartialDate.parse(String.valueOf(year)),
                    "CHN",
                    country.get(),
                    level,
                    title,
                    null,
                    List.of(src),
                    Definitions.BY_LOADER));
            perCountryYear.merge(country.get() + "|" + year, 1, Integer::sum);
          });
      csv.finish();
    }
    perCountryYear.forEach(
        (key, n) -> {
          String[] k = key.split("\\|");
          sink.accept(new Observation(VISITS, "CHN", k[0], PartialDate.parse(k[1]), n, src));
        });
    return new Result(
        definitions.records(years.from, years.to, contacts), rows[0], unmapped.counts(), 0);
  }
}
