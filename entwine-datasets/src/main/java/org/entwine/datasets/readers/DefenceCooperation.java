package org.entwine.datasets.readers;

import java.nio.file.Path;
import java.util.List;
import org.entwine.actor.CodeSystem;
import org.entwine.source.Source;

/**
 * Kinne's Defense Cooperation Agreement Dataset (DCAD) v1.0, one row per agreement (ccode1, ccode2,
 * signYear, EIFYear, endYearEstimate…, COW codes), read into the defence cooperation agreements in
 * force between two states each year: from entry into force (the signature where DCAD has no entry
 * into force) to the end year DCAD estimates. Agreements were signed 1980-2010, so the years
 * covered end in 2010.
 */
final class DefenceCooperation extends DatasetReader {
  static final String IN_FORCE = "dca.in-force";
  private static final int FIRST = 1980;
  private static final int LAST = 2010;

  DefenceCooperation() {
    super(
        "dcad",
        "Defense Cooperation Agreement Dataset v1.0, agreement level (DCAD-v1.0-main.csv)",
        "one CSV with ccode1, ccode2, signYear, EIFYear, endYearEstimate",
        new Definitions(
                new Source(
                    "dcad-1.0",
                    "Defense Cooperation Agreement Dataset (DCAD) v1.0",
                    "Kinne, Brandon J.",
                    "Journal of Conflict Resolution 64(4), 2020",
                    "2020",
                    "https://journals.sagepub.com/doi/10.1177/0022002719857796",
                    "DCAD",
                    "1.0",
                    "Bilateral defence cooperation agreements signed 1980-2010; cite Kinne (2020).",
                    false))
            .indicator(
                IN_FORCE,
                "Defence cooperation agreements in force",
                "agreements",
                false,
                true,
                "Bilateral defence cooperation agreements (general, sectoral, procurement,"
                    + " training…) in force between the two that year: a legally binding security"
                    + " commitment (interests pillar, de jure). DCAD lists every such agreement it"
                    + " found, so within 1980-2010 no row means none in force."));
  }

  @Override
  void read(Reading reading, List<Path> files) {
    reading.cover(FIRST, LAST);
    reading.rows(
        files.get(0),
        List.of("ccode1", "ccode2", "signYear", "EIFYear", "endYearEstimate"),
        row -> {
          Integer sign = row.yearIfAny("signYear");
          Integer eif = row.yearIfAny("EIFYear");
          Integer end = row.yearIfAny("endYearEstimate");
          var a = reading.actor(CodeSystem.COW, row.text("ccode1"));
          var b = reading.actor(CodeSystem.COW, row.text("ccode2"));
          if (a.isEmpty() || b.isEmpty()) return;
          if (a.get().equals(b.get())) {
            reading.leftOut(
                "both sides are "
                    + a.get()
                    + " (COW "
                    + row.text("ccode1")
                    + ", "
                    + row.text("ccode2")
                    + ")");
            return;
          }
          if (sign == null && eif == null) {
            reading.missing();
            return;
          }
          int from = eif != null ? eif : sign;
          int to = end == null ? LAST : end;
          if (from > LAST) return; // signed by 2010, in force only after the years DCAD covers
          if (to < from) {
            row.problem(
                "endYearEstimate", "ends (" + to + ") before it enters into force (" + from + ")");
            return;
          }
          for (int y = Math.max(from, FIRST); y <= Math.min(to, LAST); y++)
            reading.sums().addUndirected(IN_FORCE, a.get(), b.get(), y, 1);
        });
  }
}
