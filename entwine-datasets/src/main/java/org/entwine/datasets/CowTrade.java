package org.entwine.datasets;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.entwine.actor.CodeSystem;
import org.entwine.actor.Crosswalk;
import org.entwine.actor.UnorderedPair;
import org.entwine.evidence.Observation;
import org.entwine.exchange.Problems;
import org.entwine.indicator.TradeDependence;
import org.entwine.source.Source;
import org.entwine.time.PartialDate;

/**
 * COW Trade v4.0: the dyadic file ({@code ccode1, ccode2, year, flow1, flow2}; flow1 is ccode1's
 * imports from ccode2) and the national totals ({@code ccode, year, imports, exports}), read into
 * bilateral trade, each side's share of the other in its total trade, and the asymmetry of that
 * dependence. Flows the file leaves empty (or codes -9) are missing, not zero.
 */
final class CowTrade extends DatasetBase {
  static final String IMPORTS = "trade.imports";
  static final String TOTAL = "trade.total";
  static final String SHARE = "trade.share";
  static final String ASYMMETRY = "trade.dependence-asymmetry";

  CowTrade() {
    super(
        "cow-trade",
        "COW Trade v4.0: dyadic trade with national totals (cow_trade_ndy.csv, cow_trade_sy.csv)",
        "the dyadic file (ccode1, ccode2, year, flow1, flow2) and the national totals (ccode, year,"
            + " imports, exports)",
        new Definitions(
                new Source(
                    "cow-trade-4.0",
                    "Correlates of War Project Trade Data Set (v4.0): dyadic and national trade",
                    "Barbieri, Katherine and Omar M. G. Keshk",
                    null,
                    null,
                    "https://correlatesofwar.org/data-sets/bilateral-trade/",
                    "COW Trade",
                    "4.0",
                    "Current million US dollars",
                    false))
            .indicator(
                IMPORTS,
                "Imports from the partner",
                "million current USD",
                true,
                false,
                "The actor's imports from the partner (COW flow1/flow2).")
            .indicator(
                TOTAL,
                "Bilateral trade",
                "million current USD",
                false,
                false,
                "Trade in both directions: the papers' level of trade interdependence (interests"
                    + " pillar, de facto).")
            .indicator(
                SHARE,
                "Partner's share of the actor's total trade",
                "percent",
                true,
                false,
                "Bilateral trade as a percentage of the actor's total trade (imports plus exports,"
                    + " COW national totals).")
            .indicator(
                ASYMMETRY,
                "Asymmetry of trade dependence",
                "percentage points",
                true,
                false,
                "The partner's share of the actor's trade less the actor's share of the partner's:"
                    + " positive when the actor needs the partner more than the partner needs it"
                    + " (the papers' 'one side cannot be without the other')."));
  }

  @Override
  public Result read(
      List<Path> files, Crosswalk crosswalk, Consumer<Observation> sink, Progress progress) {
    requireFiles(files, 2, 2);
    Problems problems = new Problems();
    // Tell the two files apart by their headers, so their order on the command line does not
    // matter.
    Path dyadic = files.get(0);
    Path national = files.get(1);
    try (CsvRows probe = CsvRows.open(dyadic, List.of(), problems, Progress.NONE)) {
      if (!probe.has("flow1")) {
        dyadic = files.get(1);
        national = files.get(0);
      }
    }
    Map<Long, Double> totals = new HashMap<>();
    try (CsvRows csv =
        CsvRows.open(
            national, List.of("ccode", "year", "imports", "exports"), problems, progress)) {
      csv.forEach(
          row -> {
            Integer c = row.whole("ccode");
            Integer y = row.year("year");
            Double im = row.number("imports");
            Double ex = row.number("exports");
            if (c != null && y != null && im != null && ex != null) {
              if (!Double.isFinite(im + ex))
                row.problem("exports", tooLarge("imports and exports", im, ex));
              else totals.put(key(c, y), im + ex);
            }
          });
      csv.finish();
    }
    Unmapped unmapped = new Unmapped(crosswalk);
    Years years = new Years();
    long[] rows = {0};
    long[] missing = {0};
    String src = definitions.source().id();
    try (CsvRows csv =
        CsvRows.open(
            dyadic, List.of("ccode1", "ccode2", "year", "flow1", "flow2"), problems, progress)) {
      csv.forEach(
          row -> {
            rows[0]++;
            Integer c1 = row.whole("ccode1");
            Integer c2 = row.whole("ccode2");
            Integer year = row.year("year");
            Double flow1 = row.number("flow1");
            Double flow2 = row.number("flow2");
            if (c1 == null || c2 == null || year == null) return;
            if (flow1 != null && flow2 != null && !Double.isFinite(flow1 + flow2)) {
              row.problem("flow2", tooLarge("flow1 and flow2", flow1, flow2));
              return;
            }
            var a = unmapped.actor(CodeSystem.COW, String.valueOf(c1));
            var b = unmapped.actor(CodeSystem.COW, String.valueOf(c2));
            if (a.isEmpty() || b.isEmpty()) return;
            years.see(year);
            PartialDate period = PartialDate.parse(String.valueOf(year));
            String A = a.get();
            String B = b.get();
            if (flow1 != null) sink.accept(new Observation(IMPORTS, A, B, period, flow1, src));
            else missing[0]++;
            if (flow2 != null) sink.accept(new Observation(IMPORTS, B, A, period, flow2, src));
            else missing[0]++;
            TradeDependence.of(flow1, flow2, totals.get(key(c1, year)), totals.get(key(c2, year)))
                .ifPresent(
                    t -> {
                      UnorderedPair pair = UnorderedPair.of(A, B);
                      sink.accept(
                          new Observation(
                              TOTAL, pair.first(), pair.second(), period, t.total(), src));
                      if (t.shareOfA() != null)
                        sink.accept(new Observation(SHARE, A, B, period, t.shareOfA(), src));
                      if (t.shareOfB() != null)
                        sink.accept(new Observation(SHARE, B, A, period, t.shareOfB(), src));
                      Double asym = t.asymmetryForA();
                      if (asym != null) {
                        sink.accept(new Observation(ASYMMETRY, A, B, period, asym, src));
                        sink.accept(new Observation(ASYMMETRY, B, A, period, -asym, src));
                      }
                    });
          });
      csv.finish();
    }
    return new Result(
        definitions.records(years.from, years.to, List.of()),
        rows[0],
        unmapped.counts(),
        missing[0]);
  }

  /** Two values that add up past what a number holds: no trade flow comes near. */
  private static String tooLarge(String what, double a, double b) {
    return what
        + " add up to more than a number can hold ("
        + a
        + " + "
        + b
        + "): expected flows in millions of US dollars";
  }

  private static long key(int ccode, int year) {
    return (long) ccode * 10_000 + year;
  }
}
