package org.entwine.datasets.readers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.entwine.datasets.CsvRows;
import org.entwine.source.Source;
import org.entwine.time.PartialDate;

/**
 * UN DESA International Migrant Stock 2019, by destination and origin, as a wide matrix (Year,
 * Dest, then one column per country of origin, UN names): the people born in one country living in
 * another, in 1990, 1995, 2000, 2005, 2010, 2015 and 2019. The matrix leaves a cell empty (here 0)
 * where UN DESA estimates no migrants, so only positive stocks are stored and, within the years
 * covered, an absent pair reads zero.
 *
 * <p>Beside the stocks, each side's share, as trade's shares are read: the people of the pair (born
 * in one, living in the other, both ways) as a share of all the people the actor has across its
 * borders (its emigrants and its immigrants). A thousand people are a large share of a small
 * country's ties and a sliver of a large one's: how much each matters to the other, not size.
 */
final class MigrantStock extends DatasetReader {
  static final String STOCK = "people.migrant-stock";
  static final String SHARE = "people.share";

  /**
   * Rows of the matrix that sum regions, not countries ("Micronesia" the region, beside the
   * Federated States).
   */
  private static final java.util.Set<String> REGIONS =
      java.util.Set.of("Caribbean", "Melanesia", "Micronesia", "Polynesia", "South America");

  MigrantStock() {
    super(
        "undesa-migrants",
        "UN DESA International Migrant Stock 2019 by destination and origin (the matrix as CSV)",
        "one CSV with Year, Dest, then a column per country of origin",
        new Definitions(
                new Source(
                    "undesa-migrant-stock-2019",
                    "International Migrant Stock 2019: by destination and origin",
                    "United Nations, Department of Economic and Social Affairs, Population"
                        + " Division",
                    "United Nations",
                    "2019",
                    "https://www.un.org/development/desa/pd/content/international-migrant-stock",
                    "UN DESA International Migrant Stock",
                    "2019 revision (POP/DB/MIG/Stock/Rev.2019)",
                    "Attribution required.",
                    false))
            .indicator(
                STOCK,
                "Migrant stock",
                "persons",
                true,
                true,
                "People born in the actor living in the partner (UN DESA estimates, mid-year):"
                    + " people's contacts and the cross-border movement of labour (identity pillar,"
                    + " de facto).")
            .indicator(
                SHARE,
                "Partner's share of the actor's migrant ties",
                "percent",
                true,
                true,
                "People born in the one living in the other, both ways, as a percentage of all the"
                    + " actor's people across borders (its emigrants and immigrants, UN DESA): how"
                    + " much the partner matters to the actor's people (identity pillar, de"
                    + " facto)."));
  }

  @Override
  void read(Reading reading, List<Path> files) {
    // per year: each country's people across borders (emigrants and immigrants), and each pair's
    Map<Integer, Map<String, Double>> across = new HashMap<>();
    Map<Integer, Map<org.entwine.actor.UnorderedPair, Double>> pairs = new HashMap<>();
    List<String> header = reading.header(files.get(0), List.of("Year", "Dest"));
    // Each origin column's actor, once (the first two columns are Year and Dest)
    List<Optional<String>> origins = new ArrayList<>();
    for (int k = 0; k < header.size(); k++)
      origins.add(k < 2 ? Optional.empty() : reading.crosswalk().byName(header.get(k)));
    reading.rows(
        files.get(0),
        List.of("Year", "Dest"),
        row -> {
          Integer year = row.year("Year");
          if (REGIONS.contains(row.text("Dest"))) {
            reading.leftOut("region '" + row.text("Dest") + "' (a sum of countries)");
            return;
          }
          var dest = reading.byName(row.text("Dest"));
          if (year == null || dest.isEmpty()) return;
          reading.see(year);
          PartialDate period = reading.period(year);
          List<String> fields = row.fields();
          Map<String, Double> people = across.computeIfAbsent(year, y -> new HashMap<>());
          Map<org.entwine.actor.UnorderedPair, Double> pair =
              pairs.computeIfAbsent(year, y -> new HashMap<>());
          for (int k = 2; k < fields.size(); k++) {
            if (origins.get(k).isPresent() && origins.get(k).get().equals(dest.get())) continue;
            String t = fields.get(k).strip();
            if (t.equals("-")) continue; // UN DESA's dash: nil
            if (CsvRows.MISSING.contains(t)) {
              reading.missing();
              continue;
            }
            double v;
            try {
              v = Double.parseDouble(t);
            } catch (NumberFormatException e) {
              row.problem(header.get(k), "expected a number of persons, got '" + t + "'");
              continue;
            }
            if (v < 0) row.problem(header.get(k), "a migrant stock cannot be negative, got " + t);
            if (v > 0) people.merge(dest.get(), v, Double::sum);
            if (v > 0 && origins.get(k).isEmpty())
              reading.leftOut("name '" + header.get(k) + "' (origin column)");
            else if (v > 0) {
              String origin = origins.get(k).get();
              people.merge(origin, v, Double::sum);
              pair.merge(org.entwine.actor.UnorderedPair.of(origin, dest.get()), v, Double::sum);
              reading.observe(STOCK, origins.get(k).get(), dest.get(), period, v);
            }
          }
        });
    pairs.forEach(
        (year, byPair) -> {
          PartialDate period = reading.period(year);
          Map<String, Double> people = across.get(year);
          byPair.forEach(
              (pair, v) -> {
                reading.observe(
                    SHARE, pair.first(), pair.second(), period, 100 * v / people.get(pair.first()));
                reading.observe(
                    SHARE,
                    pair.second(),
                    pair.first(),
                    period,
                    100 * v / people.get(pair.second()));
              });
        });
  }
}
