package org.entwine.datasets;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.entwine.actor.Crosswalk;
import org.entwine.evidence.Observation;
import org.entwine.exchange.Problems;
import org.entwine.source.Source;

/**
 * The US Department of State's Office of the Historian: travels abroad of the President and the
 * Secretary of State (role, country_id, start_date…) and visits of foreign leaders to the United
 * States (from_id, start_date, visitor…). Read into high-level visits each way between the United
 * States and each country, by year. Countries are the Historian's slugs ("korea-south"); a slug
 * that names today's state names a predecessor before the successor existed (Vietnam before
 * reunification in 1976 was South Vietnam; Germany before 1990 the Federal Republic).
 */
final class StateDepartmentVisits extends DatasetBase {
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
  public Result read(
      List<Path> files, Crosswalk crosswalk, Consumer<Observation> sink, Progress progress) {
    requireFiles(files, 2, 2);
    Problems problems = new Problems();
    Unmapped unmapped = new Unmapped(crosswalk);
    PairYears sums = new PairYears();
    long[] rows = {0};
    for (Path file : files) {
      try (CsvRows probe = CsvRows.open(file, List.of("start_date"), problems, Progress.NONE)) {
        boolean travels = probe.has("country_id");
        String country = travels ? "country_id" : "from_id";
        try (CsvRows csv = CsvRows.open(file, List.of(country, "start_date"), problems, progress)) {
          csv.forEach(
              row -> {
                rows[0]++;
                LocalDate start;
                try {
                  start = LocalDate.parse(row.text("start_date"));
                } catch (java.time.DateTimeException e) {
                  row.problem(
                      "start_date",
                      "expected a date as YYYY-MM-DD, got '" + row.text("start_date") + "'");
                  return;
                }
                Optional<String> other = actor(row.text(country), start, crosswalk, unmapped);
                if (other.isEmpty() || other.get().equals("USA")) return;
                if (travels) sums.add(VISITS, "USA", other.get(), start.getYear(), 1);
                else sums.add(VISITS, other.get(), "USA", start.getYear(), 1);
              });
          csv.finish();
        }
      }
    }
    sums.emit(sink, definitions.source().id());
    return new Result(
        definitions.records(sums.years.from, sums.years.to, List.of()),
        rows[0],
        unmapped.counts(),
        0);
  }

  private static Optional<String> actor(
      String slug, LocalDate on, Crosswalk crosswalk, Unmapped unmapped) {
    for (Predecessor p : PREDECESSORS) {
      if (p.slug().equals(slug) && on.isBefore(p.until())) return Optional.of(p.actor());
    }
    return unmapped.byName(slug);
  }
}
