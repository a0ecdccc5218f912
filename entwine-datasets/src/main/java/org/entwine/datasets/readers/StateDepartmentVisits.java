package org.entwine.datasets.readers;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.entwine.source.Source;

/**
 * The US Department of State's Office of the Historian: travels abroad of the President and the
 * Secretary of State (role, country_id, start_date…) and visits of foreign leaders to the United
 * States (from_id, start_date, visitor…). Read into high-level visits each way between the United
 * States and each country, by year. Countries are the Historian's slugs ("korea-south"); a slug
 * that names today's state names a predecessor before the successor existed (Vietnam before
 * reunification in 1976 was South Vietnam; Germany before 1990 the Federal Republic).
 */
final class StateDepartmentVisits extends DatasetReader {
  static final String VISITS = "visits.us-high-level";
  private static final List<Predecessor> PREDECESSORS =
      List.of(
          new Predecessor("vietnam", LocalDate.of(1976, 7, 2), "RVN"),
          new Predecessor("germany", LocalDate.of(1990, 10, 3), "GFR"),
          new Predecessor("yemen", LocalDate.of(1990, 5, 22), "YAR"));

  private record Predecessor(String slug, LocalDate until, String actor) {}

  StateDepartmentVisits() {
    super(
        "us-visits",
        "US State Department, Office of the Historian: presidential and Secretary of State travels,"
            + " and foreign leaders' visits to the US (us_president_secretary_travels.csv,"
            + " foreign_leader_visits_to_us.csv)",
        "the travels file (role, country_id, start_date) and the visits file (from_id, start_date)",
        2,
        2,
        new Definitions(
                new Source(
                    "hist-state-travels-visits",
                    "Travels of the President and the Secretary of State; Visits by"
                        + " Foreign Leaders",
                    "U.S. Department of State, Office of the Historian",
                    "U.S. Department of State",
                    "2025",
                    "https://history.state.gov/departmenthistory",
                    "Office of the Historian travels and visits",
                    "HistoryAtState/travels 3170c77, HistoryAtState/visits 869ca4f",
                    "US government work, public domain.",
                    false))
            .indicator(
                VISITS,
                "High-level visits (US State Department records)",
                "visits",
                true,
                true,
                List.of("USA"),
                "Visits of the actor's head of state or government (or, for the United States, its"
                    + " Secretary of State) to the partner that year, as the Office of the"
                    + " Historian records them: contacts at the national level. Only pairs with the"
                    + " United States are recorded."));
  }

  @Override
  void read(Reading reading, List<Path> files) {
    for (Path file : files) {
      boolean travels = reading.header(file, List.of("start_date")).contains("country_id");
      String country = travels ? "country_id" : "from_id";
      reading.rows(
          file,
          List.of(country, "start_date"),
          row -> {
            LocalDate start;
            try {
              start = LocalDate.parse(row.text("start_date"));
            } catch (java.time.DateTimeException e) {
              row.problem(
                  "start_date",
                  "expected a date as YYYY-MM-DD, got '" + row.text("start_date") + "'");
              return;
            }
            Optional<String> other = actor(row.text(country), start, reading);
            if (other.isEmpty() || other.get().equals("USA")) return;
            if (travels) reading.sums().add(VISITS, "USA", other.get(), start.getYear(), 1);
            else reading.sums().add(VISITS, other.get(), "USA", start.getYear(), 1);
          });
    }
  }

  private static Optional<String> actor(String slug, LocalDate on, Reading reading) {
    for (Predecessor p : PREDECESSORS) {
      if (p.slug().equals(slug) && on.isBefore(p.until())) return Optional.of(p.actor());
    }
    return reading.byName(slug);
  }
}
