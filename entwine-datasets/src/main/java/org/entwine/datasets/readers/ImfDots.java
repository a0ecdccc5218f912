package org.entwine.datasets.readers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entwine.datasets.CsvRows;
import org.entwine.source.Source;
import org.entwine.time.PartialDate;

/**
 * IMF Direction of Trade Statistics (DOTS) as reporter-partner-years ({@code reporter, partner,
 * year, exports_fob_musd, imports_cif_musd}; IMF names, not codes): each economy's exports to and
 * imports from each partner as it reports them, and its total trade with the partner and the
 * partner's share in it. Reporter and partner are kept apart, so that where an economy reported
 * nothing on a partner the partner's own report of the same trade (its "mirror") can stand in,
 * cited as such ({@value #MIRROR}); a value the IMF flags as its own estimate ("1,381.63 e") cites
 * {@value #ESTIMATE}, and stands in only where neither side reported the flow. Groups of economies
 * (World, Euro Area, …) are not partners: their rows are skipped and counted, but a reporter's
 * World row gives its total trade.
 */
final class ImfDots extends DatasetReader {
  static final String EXPORTS = "imf.exports";
  static final String IMPORTS = "imf.imports";
  static final String TOTAL = "imf.trade.total";
  static final String SHARE = "imf.trade.share";
  static final String SOURCE = "imf-dots";
  static final String MIRROR = "imf-dots-mirror";
  static final String ESTIMATE = "imf-dots-estimate";

  /** The partner whose row gives a reporter's total trade. */
  static final String WORLD = "World";

  /**
   * The groups of economies among the file's labels (as reporters and as partners): not economies,
   * so never a pair. Written from the file's labels; a test holds that every label is an economy
   * the registry knows, one of these, a former economy, or a territory it knowingly does not map.
   */
  static final Set<String> AGGREGATES =
      Set.of(
          "World",
          "Advanced Economies",
          "Emerging and Developing Economies",
          "Emerging and Developing Asia",
          "Emerging and Developing Europe",
          "Emerging Market and Developing Economies by Source of Export Earnings: Fuel",
          "Emerging Market and Developing Economies by Source of Export Earnings: Nonfuel",
          "Euro Area",
          "European Union",
          "Africa",
          "Sub-Saharan Africa",
          "Middle East",
          "Middle East and Central Asia",
          "Western Hemisphere",
          "Africa not specified",
          "Asia not specified",
          "Europe not specified",
          "Middle East and Central Asia not specified",
          "Western Hemisphere not specified",
          "Countries & Areas not specified",
          "Other Countries not included elsewhere",
          "Special Categories");

  /**
   * Economies gone before the file's first year that some reporters still book trade under (the
   * USSR to 2013, Yugoslavia to 2016): a residual of their records, not the trade of a successor,
   * so skipped and counted rather than read as Russia's or Serbia's.
   */
  static final Set<String> FORMER =
      Set.of("USSR", "Yugoslavia", "Czechoslovakia", "Belgium-Luxembourg");

  private static final List<String> COLUMNS =
      List.of("reporter", "partner", "year", "exports_fob_musd", "imports_cif_musd");

  static final String NOTE_AGGREGATE =
      "rows with a group of economies as reporter or partner (Euro Area, Advanced Economies, …),"
          + " skipped";
  static final String NOTE_WORLD =
      "rows with World as partner: the reporter's total trade, read for " + SHARE;
  static final String NOTE_FORMER =
      "rows naming a former economy (USSR, Yugoslavia, Czechoslovakia, Belgium-Luxembourg) that"
          + " reporters still book a residual under, skipped";
  static final String NOTE_ESTIMATED =
      "values the IMF flags as its estimates ('12.34 e'), read and cited as " + ESTIMATE;
  static final String NOTE_MIRROR =
      TOTAL + " citing the partner's mirror report for a flow the actor did not report";
  static final String NOTE_ESTIMATE =
      TOTAL + " resting on an IMF estimate (a flow neither side reported)";

  /**
   * What a value rests on, from the firmest: the actor's report, the partner's, the IMF's estimate.
   */
  enum Basis {
    REPORTED(SOURCE),
    MIRROR(ImfDots.MIRROR),
    ESTIMATED(ESTIMATE);

    final String source;

    Basis(String source) {
      this.source = source;
    }

    Basis or(Basis other) {
      return compareTo(other) >= 0 ? this : other;
    }
  }

  private static final String ESTIMATES =
      " Values the IMF estimated (for an economy that did not report, or not yet) are flagged 'e'"
          + " in its tables; they cite "
          + ESTIMATE
          + " here. The flag is not complete: some unflagged series are plainly carried forward"
          + " (Cuba's exports to Vietnam: 1.733748 every year from 2009 to 2020), so an unflagged"
          + " value is what the IMF publishes for the reporter, not always what it reported.";

  ImfDots() {
    super(
        "imf-dots",
        "IMF Direction of Trade Statistics, reporter-partner-years"
            + " (imf_dots_dyad_year_2000_2020.csv)",
        "one CSV with reporter, partner, year, exports_fob_musd, imports_cif_musd (IMF names)",
        new Definitions(
                source(
                    SOURCE,
                    "Direction of Trade Statistics (DOTS)",
                    "IMF DOTS",
                    "Million US dollars; exports FOB and imports CIF as each economy reports them"
                        + " (one workbook per reporter, compiled into reporter-partner-years)."
                        + ESTIMATES),
                source(
                    MIRROR,
                    "IMF DOTS, partner's mirror report",
                    "IMF DOTS (mirror)",
                    "A flow the actor did not report (or that the IMF estimated), read from the"
                        + " partner's report of the same trade: the actor's exports from the"
                        + " partner's imports (CIF, so freight and insurance included: a few"
                        + " percent above the FOB value), its imports from the partner's exports"
                        + " (FOB)."),
                source(
                    ESTIMATE,
                    "IMF DOTS, IMF estimate",
                    "IMF DOTS (estimate)",
                    "A value the IMF flags as its own estimate ('e' in its tables), for an economy"
                        + " that did not report the flow (or not yet), derived partly from the"
                        + " partners' reports; used where no side reported the flow."))
            .indicator(
                EXPORTS,
                "Exports to the partner, as the actor reports them",
                "million current USD",
                true,
                false,
                "The actor's merchandise exports to the partner (FOB) in its own report to the"
                    + " IMF; cites "
                    + ESTIMATE
                    + " where the IMF flags the value as its estimate. A blank in the file is"
                    + " missing, a reported 0 is zero.")
            .citing(SOURCE, ESTIMATE)
            .indicator(
                IMPORTS,
                "Imports from the partner, as the actor reports them",
                "million current USD",
                true,
                false,
                "The actor's merchandise imports from the partner (CIF) in its own report to the"
                    + " IMF; cites "
                    + ESTIMATE
                    + " where the IMF flags the value as its estimate. A blank in the file is"
                    + " missing, a reported 0 is zero.")
            .citing(SOURCE, ESTIMATE)
            .indicator(
                TOTAL,
                "Trade with the partner (IMF DOTS)",
                "million current USD",
                true,
                false,
                "The actor's exports to and imports from the partner, as the actor reports them."
                    + " A flow the actor did not report (blank, no row, or an IMF estimate) is read"
                    + " from the partner's report of the same trade, and the value cites "
                    + MIRROR
                    + "; where neither side reported a flow, the IMF's estimate of it, and the"
                    + " value cites "
                    + ESTIMATE
                    + "; with none of these, no value. The two sides' reports differ (valuation,"
                    + " timing, re-exports): each actor's total is its own.")
            .citing(SOURCE, MIRROR, ESTIMATE)
            .indicator(
                SHARE,
                "Partner's share of the actor's total trade (IMF DOTS)",
                "percent",
                true,
                false,
                "The actor's trade with the partner ("
                    + TOTAL
                    + ") as a percentage of its trade with the World, as the actor reports it;"
                    + " cites what the less firm of the two rests on ("
                    + MIRROR
                    + ", "
                    + ESTIMATE
                    + "). No value where the actor has no World total.")
            .citing(SOURCE, MIRROR, ESTIMATE));
  }

  private static Source source(String id, String title, String dataset, String note) {
    return new Source(
        id,
        title,
        null,
        "International Monetary Fund",
        null,
        "https://data.imf.org/",
        dataset,
        "downloaded 2022",
        note,
        false);
  }

  @Override
  void read(Reading reading, List<Path> files) {
    Flows flows = new Flows();
    reading.rows(
        files.get(0),
        COLUMNS,
        row -> {
          String reporter = row.text("reporter");
          String partner = row.text("partner");
          Integer year = row.year("year");
          Amount exports = amount(row, "exports_fob_musd");
          Amount imports = amount(row, "imports_cif_musd");
          if (year == null) return;
          String skip = skipped(reporter);
          if (skip == null && !partner.equals(WORLD)) skip = skipped(partner);
          if (skip != null) {
            reading.note(skip);
            return;
          }
          var a = reading.byName(reporter);
          if (a.isEmpty()) return;
          if (partner.equals(WORLD)) {
            reading.note(NOTE_WORLD);
            flows.world(a.get(), year, exports, imports);
            return;
          }
          var b = reading.byName(partner);
          if (b.isEmpty()) return;
          if (a.get().equals(b.get())) {
            row.problem(
                "partner", "the reporter itself ('" + reporter + "' and '" + partner + "')");
            return;
          }
          if (!flows.add(a.get(), b.get(), year, exports, imports, row.line())) {
            row.problem(
                "partner",
                "a second row for "
                    + a.get()
                    + " reporting on "
                    + b.get()
                    + " in "
                    + year
                    + " (line "
                    + flows.lineOf(a.get(), b.get(), year)
                    + " has the first): two labels name the same economy");
            return;
          }
          reading.see(year);
          PartialDate p = reading.period(year);
          Amount[] values = {exports, imports};
          String[] ids = {EXPORTS, IMPORTS};
          for (int i = 0; i < 2; i++) {
            Amount v = values[i];
            if (v == null) {
              reading.missing();
              continue;
            }
            if (v.estimate()) reading.note(NOTE_ESTIMATED);
            String src = v.estimate() ? ESTIMATE : SOURCE;
            reading.observe(ids[i], a.get(), b.get(), p, v.value(), src);
          }
        });
    flows.totals(
        t -> {
          PartialDate p = reading.period(t.year());
          if (t.basis() == Basis.MIRROR) reading.note(NOTE_MIRROR);
          if (t.basis() == Basis.ESTIMATED) reading.note(NOTE_ESTIMATE);
          reading.observe(TOTAL, t.actor(), t.partner(), p, t.total(), t.basis().source);
          if (t.share() != null)
            reading.observe(SHARE, t.actor(), t.partner(), p, t.share(), t.shareBasis().source);
        });
  }

  /** Why a row naming {@code label} is skipped, or null when it names an economy. */
  private static String skipped(String label) {
    if (AGGREGATES.contains(label)) return NOTE_AGGREGATE;
    if (FORMER.contains(label)) return NOTE_FORMER;
    return null;
  }

  /** An amount in million USD, and whether the IMF flags it as its estimate. */
  record Amount(double value, boolean estimate) {}

  /** How the tables write an estimate: the amount, thousands separated, then " e". */
  private static final Pattern ESTIMATED = Pattern.compile("(\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?) e");

  /** An amount of 0 or more, or null where the file leaves it blank. */
  static Amount amount(CsvRows.Row row, String column) {
    String t = row.text(column);
    if (CsvRows.MISSING.contains(t)) return null;
    Matcher m = ESTIMATED.matcher(t);
    if (m.matches()) return new Amount(Double.parseDouble(m.group(1).replace(",", "")), true);
    double v;
    try {
      v = Double.parseDouble(t);
    } catch (NumberFormatException e) {
      v = Double.NaN;
    }
    if (!Double.isFinite(v) || v < 0) {
      row.problem(
          column,
          "expected an amount of 0 or more in million USD (or one the IMF flags as its estimate:"
              + " '12.34 e'), got '"
              + t
              + "'");
      return null;
    }
    return new Amount(v, false);
  }

  /**
   * A pair's trade in a year as the actor reports it: a flow it did not report taken from the
   * partner's report, else from the IMF's estimate.
   *
   * @param basis what the less firm of the two flows rests on
   * @param share the total as a percentage of the actor's trade with the World; null where it has
   *     no World total
   * @param shareBasis what the less firm of the total and the World total rests on
   */
  record Total(
      String actor,
      String partner,
      int year,
      double total,
      Basis basis,
      Double share,
      Basis shareBasis) {}

  /**
   * Every flow, held until the file is read: a pair's total needs the partner's report too, which
   * may come anywhere in the file.
   */
  static final class Flows {
    private final Map<String, Integer> index = new HashMap<>();
    private final List<String> actors = new ArrayList<>();
    // (reporter, partner, year) -> {exports, imports, line, estimates}: amounts NaN where the file
    // has none; estimates: 1 for the exports, 2 for the imports, added
    private final Map<Long, double[]> reported = new HashMap<>();
    // (reporter, year) -> {exports, imports, 0, estimates} with the World
    private final Map<Long, double[]> world = new HashMap<>();

    private int of(String actor) {
      return index.computeIfAbsent(
          actor,
          k -> {
            actors.add(k);
            return actors.size() - 1;
          });
    }

    private static long key(int a, int b, int year) {
      return ((long) a << 40) | ((long) b << 20) | year;
    }

    private static double[] row(Amount exports, Amount imports, int line) {
      int estimates =
          (exports != null && exports.estimate() ? 1 : 0)
              + (imports != null && imports.estimate() ? 2 : 0);
      return new double[] {
        exports == null ? Double.NaN : exports.value(),
        imports == null ? Double.NaN : imports.value(),
        line,
        estimates
      };
    }

    /** Adds a reporter's row on a partner; false when the pair's year is already there. */
    boolean add(
        String reporter, String partner, int year, Amount exports, Amount imports, int line) {
      long k = key(of(reporter), of(partner), year);
      if (reported.containsKey(k)) return false;
      reported.put(k, row(exports, imports, line));
      return true;
    }

    int lineOf(String reporter, String partner, int year) {
      return (int) reported.get(key(of(reporter), of(partner), year))[2];
    }

    void world(String reporter, int year, Amount exports, Amount imports) {
      world.put(key(of(reporter), 0, year), row(exports, imports, 0));
    }

    /**
     * Every pair-year either side reported on, each way (sorted: the same order from run to run).
     */
    void totals(Consumer<Total> out) {
      long[] keys = reported.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
      for (long k : keys) {
        int a = (int) (k >>> 40);
        int b = (int) ((k >>> 20) & 0xFFFFF);
        int year = (int) (k & 0xFFFFF);
        Total t = total(a, b, year);
        if (t != null) out.accept(t);
        // the other way, where only the mirror speaks for it (else its own row brings it)
        if (!reported.containsKey(key(b, a, year)) && (t = total(b, a, year)) != null)
          out.accept(t);
      }
    }

    private Total total(int actor, int partner, int year) {
      double[] own = reported.get(key(actor, partner, year));
      double[] mirror = reported.get(key(partner, actor, year));
      // the partner's imports from the actor are the actor's exports to it, and the other way
      Flow exports = Flow.of(own, 0, mirror, 1);
      Flow imports = Flow.of(own, 1, mirror, 0);
      if (exports == null || imports == null) return null;
      double total = exports.value + imports.value;
      Basis basis = exports.basis.or(imports.basis);
      double[] w = world.get(key(actor, 0, year));
      double worldTotal = w == null ? Double.NaN : w[0] + w[1];
      if (Double.isNaN(worldTotal) || worldTotal <= 0)
        return new Total(actors.get(actor), actors.get(partner), year, total, basis, null, null);
      Basis worldBasis = w[3] == 0 ? Basis.REPORTED : Basis.ESTIMATED;
      return new Total(
          actors.get(actor),
          actors.get(partner),
          year,
          total,
          basis,
          100 * total / worldTotal,
          basis.or(worldBasis));
    }
  }

  /** One flow of a pair's trade and what it rests on. */
  private record Flow(double value, Basis basis) {
    /**
     * The flow as the actor reports it (column {@code ownAt} of its row); else the partner's report
     * of it (column {@code mirrorAt} of the partner's row); else the IMF's estimate, the actor's or
     * the partner's; null where none has it.
     */
    static Flow of(double[] own, int ownAt, double[] mirror, int mirrorAt) {
      boolean ownHas = own != null && !Double.isNaN(own[ownAt]);
      boolean mirrorHas = mirror != null && !Double.isNaN(mirror[mirrorAt]);
      boolean ownEstimated = ownHas && estimated(own, ownAt);
      boolean mirrorEstimated = mirrorHas && estimated(mirror, mirrorAt);
      if (ownHas && !ownEstimated) return new Flow(own[ownAt], Basis.REPORTED);
      if (mirrorHas && !mirrorEstimated) return new Flow(mirror[mirrorAt], Basis.MIRROR);
      if (ownHas) return new Flow(own[ownAt], Basis.ESTIMATED);
      if (mirrorHas) return new Flow(mirror[mirrorAt], Basis.ESTIMATED);
      return null;
    }

    private static boolean estimated(double[] row, int at) {
      return (((int) row[3]) & (1 << at)) != 0;
    }
  }
}
