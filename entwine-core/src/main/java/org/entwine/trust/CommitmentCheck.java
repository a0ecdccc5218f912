package org.entwine.trust;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.entwine.evidence.Commitment;
import org.entwine.evidence.CommitmentStatus;
import org.entwine.evidence.CommitmentStatusChange;
import org.entwine.evidence.Metric;
import org.entwine.evidence.Outcome;
import org.entwine.evidence.Target;
import org.entwine.source.Attestation;
import org.entwine.time.PartialDate;

/**
 * Words against deeds in numbers: a commitment's target judged from the figure of its year, once
 * that year has passed. A level (two-way trade) is judged by the figure of the target's year: the
 * loaded data's first (the focal actor's own report, so that every partner is judged by one
 * statistic), else a figure the ledger records as reported for that year. A pledge (a credit line,
 * rice, scholarships) is judged by the deliveries reported for it, summed. Met at or above the
 * target, partly met from {@link #PARTLY} of it, missed below; with no figure for the year it is
 * not judged, and does not count as fallen due: missing evidence is not a broken promise. A status
 * an analyst entered in the ledger (fulfilled, lapsed…) stands over the figures.
 */
public final class CommitmentCheck {
  /**
   * A figure at or above this share of its target (and short of it) is "partly met", below it
   * "missed": more than half delivered is a promise kept in part, as the G7/G20 compliance scale's
   * middle grade and the ledger's half credit for a partial fulfilment read it (docs/method.md).
   */
  public static final double PARTLY = 0.5;

  private CommitmentCheck() {}

  /** What the check says of a commitment on a date. */
  public enum Verdict {
    MET,
    PARTLY_MET,
    MISSED,
    /** Its year has passed, but no figure for that year is on record. */
    NOT_JUDGED,
    /** Its year has not passed, or it has none. */
    PENDING;

    /** Whether it counts among the commitments fallen due: judged met, partly met or missed. */
    public boolean hasFallenDue() {
      return this == MET || this == PARTLY_MET || this == MISSED;
    }

    /** "met", "partly met", "missed", "not judged", "pending". */
    public String label() {
      return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    static Verdict of(CommitmentStatus s) {
      return switch (s) {
        case FULFILLED -> MET;
        case PARTIALLY_FULFILLED -> PARTLY_MET;
        case LAPSED, BROKEN -> MISSED;
        case PENDING, IN_PROGRESS -> PENDING;
      };
    }
  }

  /**
   * A figure for the pair in a year, with where it comes from.
   *
   * @param unit a currency code or count, as the target's
   * @param basis whose figure it is, in words ("Viet Nam's report of its trade with the partner",
   *     "reported outcome VNM-KOR-12, Korea International Trade Association")
   * @param sources the ids of the sources behind it
   * @param outcomes the ids of the ledger's reported outcomes it is (several for a pledge's
   *     deliveries summed); empty for the loaded data's figure
   */
  public record Figure(
      double value,
      String unit,
      int year,
      String basis,
      List<String> sources,
      Attestation confidence,
      List<String> outcomes) {
    public Figure {
      sources = List.copyOf(sources);
      confidence = Attestation.orDefault(confidence);
      outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
    }

    /** The loaded data's figure. */
    public Figure(
        double value,
        String unit,
        int year,
        String basis,
        List<String> sources,
        Attestation confidence) {
      this(value, unit, year, basis, sources, confidence, List.of());
    }

    static Figure of(Outcome o) {
      return new Figure(
          o.value(),
          o.unit(),
          o.year(),
          "reported outcome "
              + o.id()
              + (o.reportedBy() == null ? "" : ", " + o.reportedBy())
              + (o.note() == null ? "" : " (" + o.note() + ")"),
          o.sources(),
          o.confidence(),
          List.of(o.id()));
    }
  }

  /** The figures the loaded data give for the pair: the focal actor's own report. */
  @FunctionalInterface
  public interface DataFigures {
    /** No data loaded: only the ledger's reported outcomes judge. */
    DataFigures NONE = (metric, year) -> null;

    /** The figure of {@code metric} in {@code year} in full units, or null where there is none. */
    Figure of(Metric metric, int year);
  }

  /**
   * One commitment, checked.
   *
   * @param dueYear the year it is judged by (its target's, else its due date's); null when none
   * @param share the figure as a share of the target (1 is the target reached); null unless a
   *     figure judged a level
   * @param figure the figure that judged it (for a pledge not yet due, the deliveries so far); null
   *     when none
   * @param others the other figures of the same year on record, not used: statistics differ by
   *     source, and a reader should see by how much
   * @param year the year the verdict speaks of: the year judged, the year of a status entered, the
   *     year of a pledge's last delivery; null for one pending or not judged
   */
  public record Result(
      String commitment,
      List<String> by,
      String text,
      PartialDate date,
      Target target,
      Integer dueYear,
      String restates,
      Attestation confidence,
      List<String> sources,
      Verdict verdict,
      Double share,
      Figure figure,
      List<Figure> others,
      String reason,
      Integer year) {
    public Result {
      others = List.copyOf(others);
    }
  }

  /**
   * Checks a commitment as of {@code asOf}.
   *
   * @param group the ids of the commitment and those that restate the same target: a delivery
   *     reported for any of them counts for all
   * @param outcomes the figures the ledger records for the pair
   */
  public static Result check(
      Commitment c,
      Set<String> group,
      List<Outcome> outcomes,
      DataFigures data,
      LocalDate asOf,
      double partly) {
    CommitmentStatusChange entered = c.statusChangeOn(asOf);
    if (entered != null && entered.status().isSettled()) {
      return judged(
          c,
          Verdict.of(entered.status()),
          null,
          null,
          List.of(),
          "status entered in the ledger: "
              + entered.status()
              + " on "
              + entered.date()
              + (entered.evidence() == null ? "" : " (" + entered.evidence() + ")"),
          entered.date().earliest().getYear());
    }
    Target t = c.target();
    if (t == null) {
      // a promise without a number: due by its date, and not fulfilled unless a status says so
      if (c.hasFallenDue(asOf))
        return result(
            c,
            Verdict.MISSED,
            null,
            null,
            List.of(),
            "due " + c.due() + ", with no status showing it fulfilled (" + c.statusOn(asOf) + ")");
      return result(
          c,
          Verdict.PENDING,
          null,
          null,
          List.of(),
          c.due() == null ? "no due date" : "due " + c.due());
    }
    Integer year = dueYear(c);
    if (t.metric().kind() == Metric.Kind.PLEDGE) return pledge(c, group, outcomes, asOf, year);
    if (year == null)
      return result(
          c, Verdict.PENDING, null, null, List.of(), "no year is set, so it cannot fall due");
    if (asOf.getYear() <= year)
      return result(c, Verdict.PENDING, null, null, List.of(), "due in " + year);
    double target = t.value();
    String unit = t.unit();
    String of = "";
    Integer base = t.baseYear();
    if (base != null) {
      List<Figure> bases = figures(t.metric(), base, null, group, outcomes, data, asOf);
      if (bases.isEmpty())
        return result(
            c,
            Verdict.NOT_JUDGED,
            null,
            null,
            List.of(),
            "not judged: no figure for " + base + ", the level the target multiplies");
      target = t.value() * bases.get(0).value();
      unit = bases.get(0).unit();
      of =
          String.format(
              Locale.ROOT,
              " (%s times %s in %d, %s)",
              number(t.value()),
              amount(bases.get(0).value(), unit),
              base,
              bases.get(0).basis());
    }
    List<Figure> found = figures(t.metric(), year, unit, group, outcomes, data, asOf);
    if (found.isEmpty())
      return result(
          c, Verdict.NOT_JUDGED, null, null, List.of(), "not judged: no figure for " + year);
    Figure f = found.get(0);
    List<Figure> others = found.subList(1, found.size());
    if (t.metric().kind() == Metric.Kind.RANK) {
      Verdict v = f.value() <= target ? Verdict.MET : Verdict.MISSED;
      return result(
          c,
          v,
          null,
          f,
          others,
          String.format(
              Locale.ROOT,
              "%s: rank %s in %d against a target of %s at most (%s)",
              v.label(),
              number(f.value()),
              year,
              number(target),
              f.basis()));
    }
    double share = target == 0 ? (f.value() >= 0 ? 1 : 0) : f.value() / target;
    Verdict v = share >= 1 ? Verdict.MET : share >= partly ? Verdict.PARTLY_MET : Verdict.MISSED;
    return result(
        c,
        v,
        share,
        f,
        others,
        String.format(
            Locale.ROOT,
            "%s: %s in %d, %.0f%% of the target of %s%s (%s)",
            v.label(),
            amount(f.value(), f.unit()),
            year,
            100 * share,
            amount(target, unit),
            of,
            f.basis()));
  }

  /** The year a commitment is judged by: its target's, else its due date's; null for neither. */
  public static Integer dueYear(Commitment c) {
    if (c.target() != null && c.target().year() != null) return c.target().year();
    return c.due() == null ? null : c.due().latest().getYear();
  }

  /**
   * A pledge: met once the deliveries reported for it reach it; short of that, pending until its
   * year passes and then not judged, since a delivery no source reports may still have been made.
   */
  private static Result pledge(
      Commitment c, Set<String> group, List<Outcome> outcomes, LocalDate asOf, Integer year) {
    Target t = c.target();
    List<Outcome> delivered = new ArrayList<>();
    for (Outcome o : outcomes) {
      if (o.commitment() != null
          && group.contains(o.commitment())
          && o.metric() == t.metric()
          && o.unit().strip().equalsIgnoreCase(t.unit().strip())
          && reportedBy(o, asOf)
          && (year == null || o.year() <= year)) delivered.add(o);
    }
    Figure sum = null;
    if (!delivered.isEmpty()) {
      double total = delivered.stream().mapToDouble(Outcome::value).sum();
      int last = delivered.stream().mapToInt(Outcome::year).max().orElseThrow();
      List<String> sources = new ArrayList<>();
      delivered.forEach(o -> o.sources().forEach(s -> add(sources, s)));
      boolean reported = delivered.stream().anyMatch(o -> o.confidence() == Attestation.REPORTED);
      sum =
          new Figure(
              total,
              t.unit(),
              last,
              "deliveries reported for it: "
                  + String.join(", ", delivered.stream().map(Outcome::id).toList()),
              sources,
              reported ? Attestation.REPORTED : Attestation.CONFIRMED,
              delivered.stream().map(Outcome::id).toList());
    }
    String so = sum == null ? "" : "; reported so far: " + amount(sum.value(), sum.unit());
    if (sum != null && sum.value() >= t.value())
      return result(
          c,
          Verdict.MET,
          sum.value() / t.value(),
          sum,
          List.of(),
          "met: "
              + amount(sum.value(), sum.unit())
              + " delivered by "
              + sum.year()
              + " against a pledge of "
              + amount(t.value(), t.unit())
              + " ("
              + sum.basis()
              + ")");
    if (year == null)
      return result(
          c, Verdict.PENDING, null, sum, List.of(), "no year is set, so it cannot fall due" + so);
    if (asOf.getYear() <= year)
      return result(c, Verdict.PENDING, null, sum, List.of(), "due in " + year + so);
    if (sum == null)
      return result(
          c,
          Verdict.NOT_JUDGED,
          null,
          null,
          List.of(),
          "not judged: no delivery reported for it by " + year);
    return result(
        c,
        Verdict.NOT_JUDGED,
        null,
        sum,
        List.of(),
        String.format(
            Locale.ROOT,
            "not judged: deliveries reported for it reach %s of %s (%.0f%%), and nothing on record"
                + " says whether the rest was delivered",
            amount(sum.value(), sum.unit()),
            amount(t.value(), t.unit()),
            100 * sum.value() / t.value()));
  }

  /**
   * The figures of a level in a year, the one to judge by first: the loaded data's (the focal
   * actor's own report), then the ledger's reported outcomes (one reported for this commitment,
   * then confirmed before reported, then the latest reported). {@code unit} null: any unit.
   */
  private static List<Figure> figures(
      Metric metric,
      int year,
      String unit,
      Set<String> group,
      List<Outcome> outcomes,
      DataFigures data,
      LocalDate asOf) {
    List<Figure> out = new ArrayList<>();
    Figure d = data.of(metric, year);
    if (d != null && sameUnit(d.unit(), unit)) out.add(d);
    outcomes.stream()
        .filter(
            o ->
                o.metric() == metric
                    && o.year() == year
                    && sameUnit(o.unit(), unit)
                    && reportedBy(o, asOf))
        .sorted(
            Comparator.comparing(
                    (Outcome o) -> o.commitment() == null || !group.contains(o.commitment()))
                .thenComparing(o -> o.confidence() == Attestation.REPORTED)
                .thenComparing(
                    (Outcome o) -> o.date() == null ? LocalDate.MIN : o.date().earliest(),
                    Comparator.reverseOrder())
                .thenComparing(Outcome::id))
        .forEach(o -> out.add(Figure.of(o)));
    return out;
  }

  private static boolean sameUnit(String a, String b) {
    return b == null || a.strip().equalsIgnoreCase(b.strip());
  }

  /** Whether the outcome was reported by the day (an undated one: once its year has passed). */
  private static boolean reportedBy(Outcome o, LocalDate asOf) {
    return o.date() == null ? o.year() < asOf.getYear() : o.date().isOnOrBefore(asOf);
  }

  private static void add(List<String> list, String s) {
    if (!list.contains(s)) list.add(s);
  }

  private static Result result(
      Commitment c, Verdict v, Double share, Figure figure, List<Figure> others, String reason) {
    Integer year =
        !v.hasFallenDue() ? null : figure != null ? Integer.valueOf(figure.year()) : dueYear(c);
    return judged(c, v, share, figure, others, reason, year);
  }

  private static Result judged(
      Commitment c,
      Verdict v,
      Double share,
      Figure figure,
      List<Figure> others,
      String reason,
      Integer year) {
    return new Result(
        c.id(),
        c.by(),
        c.text(),
        c.date(),
        c.target(),
        dueYear(c),
        c.restates(),
        c.confidence(),
        c.sources(),
        v,
        share,
        figure,
        others,
        reason,
        year);
  }

  /**
   * An amount as a reader says it: "USD 15 billion", "JPY 300 million", "5,000 tonnes"; a multiple
   * as "2 times".
   */
  public static String amount(double value, String unit) {
    String u = unit.strip();
    if (u.matches("[A-Z]{3}")) {
      double a = Math.abs(value);
      if (a >= 1e9) return u + " " + number(value / 1e9) + " billion";
      if (a >= 1e6) return u + " " + number(value / 1e6) + " million";
      return u + " " + number(value);
    }
    return number(value) + " " + u;
  }

  /** A number with at most two decimals and no trailing zeros, thousands grouped. */
  static String number(double x) {
    java.text.DecimalFormat f =
        new java.text.DecimalFormat(
            "#,##0.##", java.text.DecimalFormatSymbols.getInstance(Locale.ROOT));
    return f.format(x);
  }
}
