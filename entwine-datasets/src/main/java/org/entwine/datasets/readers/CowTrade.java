package org.entwine.datasets.readers;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entwine.actor.CodeSystem;
import org.entwine.actor.UnorderedPair;
import org.entwine.indicator.TradeDependence;
import org.entwine.source.Source;
import org.entwine.time.PartialDate;

/**
 * COW Trade v4.0: the dyadic file ({@code ccode1, ccode2, year, flow1, flow2}; flow1 is ccode1's
 * imports from ccode2) and the national totals ({@code ccode, year, imports, exports}), read into
 * bilateral trade, each side's share of the other in its total trade, and the asymmetry of that
 * dependence. Flows the file leaves empty (or codes -9) are missing, not zero, and so are zeros
 * both ways that follow trade within a few years ({@link SilentZeros}): a country that stopped
 * reporting, not trade that stopped.
 */
final class CowTrade extends DatasetReader {
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
        2,
        2,
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
                    "Current million US dollars. " + SilentZeros.RULE,
                    false))
            .indicator(
                IMPORTS,
                "Imports from the partner",
                "million current USD",
                true,
                false,
                "The actor's imports from the partner (COW flow1/flow2). " + SilentZeros.RULE)
            .indicator(
                TOTAL,
                "Bilateral trade",
                "million current USD",
                false,
                false,
                "Trade in both directions: the papers' level of trade interdependence (interests"
                    + " pillar, de facto). "
                    + SilentZeros.RULE)
            .indicator(
                SHARE,
                "Partner's share of the actor's total trade",
                "percent",
                true,
                false,
                "Bilateral trade as a percentage of the actor's total trade (imports plus exports,"
                    + " COW national totals). "
                    + SilentZeros.RULE)
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
  void read(Reading reading, List<Path> files) {
    // Tell the two files apart by their headers, so their order on the command line does not
    // matter.
    boolean dyadicFirst = reading.header(files.get(0), List.of()).contains("flow1");
    Path dyadic = files.get(dyadicFirst ? 0 : 1);
    Path national = files.get(dyadicFirst ? 1 : 0);
    Map<Long, Double> totals = new HashMap<>();
    reading.rowsAside(
        national,
        List.of("ccode", "year", "imports", "exports"),
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
    // Each pair's years are read whole before any is sent on: a year of zeros is read by the
    // years before it (SilentZeros).
    Map<Long, PairRows> pairs = new LinkedHashMap<>();
    reading.rows(
        dyadic,
        List.of("ccode1", "ccode2", "year", "flow1", "flow2"),
        row -> {
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
          var a = reading.actor(CodeSystem.COW, String.valueOf(c1));
          var b = reading.actor(CodeSystem.COW, String.valueOf(c2));
          if (a.isEmpty() || b.isEmpty()) return;
          pairs
              .computeIfAbsent((long) c1 << 32 | c2, k -> new PairRows(c1, c2, a.get(), b.get()))
              .add(year, flow1, flow2);
        });
    long silent = 0;
    for (PairRows p : pairs.values()) {
      boolean[] notReported = SilentZeros.notReported(p.years(), p.flow1(), p.flow2());
      for (int i = 0; i < p.size; i++) {
        int year = p.years[i];
        reading.see(year);
        if (notReported[i]) {
          silent++;
          continue;
        }
        PartialDate period = reading.period(year);
        Double flow1 = Double.isNaN(p.flow1[i]) ? null : p.flow1[i];
        Double flow2 = Double.isNaN(p.flow2[i]) ? null : p.flow2[i];
        String A = p.a;
        String B = p.b;
        if (flow1 != null) reading.observe(IMPORTS, A, B, period, flow1);
        else reading.missing();
        if (flow2 != null) reading.observe(IMPORTS, B, A, period, flow2);
        else reading.missing();
        TradeDependence.of(flow1, flow2, totals.get(key(p.c1, year)), totals.get(key(p.c2, year)))
            .ifPresent(
                t -> {
                  UnorderedPair pair = UnorderedPair.of(A, B);
                  reading.observe(TOTAL, pair.first(), pair.second(), period, t.total());
                  if (t.shareOfA() != null) reading.observe(SHARE, A, B, period, t.shareOfA());
                  if (t.shareOfB() != null) reading.observe(SHARE, B, A, period, t.shareOfB());
                  Double asym = t.asymmetryForA();
                  if (asym != null) {
                    reading.observe(ASYMMETRY, A, B, period, asym);
                    reading.observe(ASYMMETRY, B, A, period, -asym);
                  }
                });
      }
    }
    if (silent > 0) reading.note(NOT_REPORTED, silent);
  }

  /** What the load result calls the pair-years {@link SilentZeros} reads as not reported. */
  static final String NOT_REPORTED =
      "zeros read as not reported (pair-years: 0 both ways within "
          + SilentZeros.YEARS
          + " years after trade; no value stored)";

  /** One pair's rows, as read: flows NaN where the file has none. */
  private static final class PairRows {
    final int c1;
    final int c2;
    final String a;
    final String b;
    int size;
    int[] years = new int[16];
    double[] flow1 = new double[16];
    double[] flow2 = new double[16];

    PairRows(int c1, int c2, String a, String b) {
      this.c1 = c1;
      this.c2 = c2;
      this.a = a;
      this.b = b;
    }

    void add(int year, Double f1, Double f2) {
      if (size == years.length) {
        years = Arrays.copyOf(years, size * 2);
        flow1 = Arrays.copyOf(flow1, size * 2);
        flow2 = Arrays.copyOf(flow2, size * 2);
      }
      years[size] = year;
      flow1[size] = f1 == null ? Double.NaN : f1;
      flow2[size] = f2 == null ? Double.NaN : f2;
      size++;
    }

    int[] years() {
      return Arrays.copyOf(years, size);
    }

    double[] flow1() {
      return Arrays.copyOf(flow1, size);
    }

    double[] flow2() {
      return Arrays.copyOf(flow2, size);
    }
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
