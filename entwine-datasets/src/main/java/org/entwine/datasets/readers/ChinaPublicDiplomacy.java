package org.entwine.datasets.readers;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entwine.exchange.ExchangeException;
import org.entwine.exchange.ExchangeProblem;
import org.entwine.source.Source;
import org.entwine.time.PartialDate;

/**
 * AidData's China Public Diplomacy Dashboard (v2.0): per receiving country and year, China's
 * Confucius institutes, sister cities, elite visits, media ties and student flows. "N/A" is
 * missing, never zero. Flows run from China to the country, except students going to China.
 */
final class ChinaPublicDiplomacy extends DatasetReader {
  /** column -> indicator id, and whether the flow runs from the country to China. */
  private static final Map<String, String> COLUMNS = new LinkedHashMap<>();

  private static final Map<String, String> NAMES = new LinkedHashMap<>();

  static {
    add("confucius_institutes", "aiddata.confucius-institutes", "Confucius Institutes opened");
    add("sister_cities_established", "aiddata.sister-cities", "Sister-city ties established");
    add("government_visits", "aiddata.government-visits", "Chinese government official visits");
    add("military_visits", "aiddata.military-visits", "Chinese military visits");
    add("total_elite_visits", "aiddata.elite-visits", "Chinese elite visits, all kinds");
    add("ambassador_op_eds", "aiddata.ambassador-op-eds", "Op-eds by China's ambassador");
    add("journalist_visits", "aiddata.journalist-visits", "Journalist visits sponsored by China");
    add(
        "media_partnerships",
        "aiddata.media-partnerships",
        "Media partnerships with Chinese outlets");
    add(
        "outbound_chinese_students",
        "aiddata.students-from-china",
        "Chinese students in the country");
    add(
        "inbound_students_to_china",
        "aiddata.students-to-china",
        "The country's students in China");
  }

  private static void add(String column, String id, String name) {
    COLUMNS.put(column, id);
    NAMES.put(column, name);
  }

  ChinaPublicDiplomacy() {
    super(
        "aiddata-china",
        "AidData China Public Diplomacy Dashboard v2.0 (ChinesePublicDiplomacy.csv)",
        "one CSV with receiving_country, year, " + String.join(", ", COLUMNS.keySet()),
        new Definitions(
            new Source(
                "aiddata-china-public-diplomacy-2.0",
                "China's Public Diplomacy Dashboard Dataset",
                "AidData (William & Mary)",
                "AidData",
                null,
                "https://www.aiddata.org/data/chinas-public-diplomacy-dashboard-dataset-version-2",
                "AidData China Public Diplomacy Dashboard",
                "2.0",
                "Licence: ODC-By",
                false)));
    COLUMNS.forEach(
        (column, id) ->
            definitions.indicator(
                id,
                NAMES.get(column),
                "count",
                true,
                false,
                "People's contacts and the 'we-feeling' (identity pillar, de facto): "
                    + NAMES.get(column).toLowerCase()
                    + (column.equals("inbound_students_to_china")
                        ? ", from the country to China."
                        : ", from China to the country.")));
  }

  @Override
  void read(Reading reading, List<Path> files) {
    if (!reading.crosswalk().knows("CHN")) {
      throw new ExchangeException(
          new ExchangeProblem(files.get(0), 0, null, "the registry has no actor CHN (China)"));
    }
    List<String> required = new java.util.ArrayList<>(List.of("receiving_country", "year"));
    required.addAll(COLUMNS.keySet());
    reading.rows(
        files.get(0),
        required,
        row -> {
          Integer year = row.year("year");
          var country = reading.byName(row.text("receiving_country"));
          if (year == null || country.isEmpty()) return;
          reading.see(year);
          PartialDate period = reading.period(year);
          COLUMNS.forEach(
              (column, id) -> {
                Double v = row.number(column);
                if (v == null) {
                  reading.missing();
                  return;
                }
                boolean toChina = column.equals("inbound_students_to_china");
                reading.observe(
                    id,
                    toChina ? country.get() : "CHN",
                    toChina ? "CHN" : country.get(),
                    period,
                    v);
              });
        });
  }
}
