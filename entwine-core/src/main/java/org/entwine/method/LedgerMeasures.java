package org.entwine.method;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.entwine.evidence.Commitment;
import org.entwine.evidence.Contact;
import org.entwine.evidence.ContactLevel;
import org.entwine.evidence.Document;
import org.entwine.evidence.Mechanism;
import org.entwine.evidence.Project;
import org.entwine.evidence.ProjectStatus;
import org.entwine.registry.PairLedgers;
import org.entwine.registry.Registry;

/**
 * Measures counted from the ledgers for a focal actor, a partner and a year (as of its last day).
 * The ledgers hold what an analyst entered, not everything that happened, so a count with no record
 * behind it is missing, never zero: no visit entered for China in the last five years says nothing
 * of China's visits. Only dated records count, and none dated after the day: a project counts from
 * the day it started under way, or, with no start on record, from the day it was completed.
 */
public final class LedgerMeasures {
  /**
   * One ledger measure: its name in a method file, what it counts (the note of its values), and how
   * it is counted from the pair's records on a day (null: missing).
   */
  private record Measure(String id, String counts, Function<OnDay, Double> count) {}

  /** The ledger measures a method may use: the one table, each listed once. */
  private static final List<Measure> TABLE =
      List.of(
          new Measure(
              "ledger:binding-documents",
              "legally binding documents (treaties, agreements) signed by then",
              d -> d.documents(Document::legallyBinding)),
          new Measure(
              "ledger:documents",
              "documents of any kind (joint statements, declarations, agreements) by then",
              d -> d.documents(x -> true)),
          new Measure("ledger:commitments", "commitments made by then", OnDay::commitments),
          new Measure(
              "ledger:projects", "joint projects under way or completed by then", OnDay::projects),
          new Measure(
              "ledger:mechanisms",
              "cooperation mechanisms established by then",
              d -> d.mechanisms(m -> true)),
          new Measure(
              "ledger:mechanism-years",
              "mean years in operation of those mechanisms",
              OnDay::mechanismYears),
          new Measure(
              "ledger:sessions-held-ratio",
              "sessions held in the last five years against the sessions planned",
              OnDay::sessionsHeld),
          new Measure(
              "ledger:dispute-channels",
              "dispute-settlement, crisis-management channels and hotlines established by then",
              d -> d.mechanisms(LedgerMeasures::disputeChannel)),
          new Measure(
              "ledger:high-level-visits",
              "visits and meetings at head of state or government, or minister, level in the last"
                  + " five years",
              d ->
                  d.contacts(
                      c ->
                          c.level() == ContactLevel.HEAD_OF_STATE_OR_GOVERNMENT
                              || c.level() == ContactLevel.MINISTER)),
          new Measure(
              "ledger:contacts",
              "visits and meetings of any kind in the last five years",
              d -> d.contacts(c -> true)));

  /** The ledger measures a method may use, with what each counts, in the table's order. */
  public static final Map<String, String> ALL = all();

  private LedgerMeasures() {}

  private static Map<String, String> all() {
    Map<String, String> out = new LinkedHashMap<>();
    for (Measure m : TABLE)
      if (out.put(m.id(), m.counts()) != null)
        throw new IllegalStateException(m.id() + " is listed twice");
    return Collections.unmodifiableMap(out);
  }

  /** The measures for the pair that the ledgers cover. */
  public static Map<String, Double> of(Registry r, String focal, String partner, int year) {
    return of(new PairLedgers(r).of(focal, partner), focal, partner, year);
  }

  /** The same, from the pair's records already gathered. */
  public static Map<String, Double> of(
      PairLedgers.Pair pair, String focal, String partner, int year) {
    OnDay day = new OnDay(pair, year);
    Map<String, Double> out = new HashMap<>();
    for (Measure m : TABLE) {
      Double v = m.count().apply(day);
      if (v != null) out.put(m.id(), v);
    }
    return out;
  }

  /**
   * The pair's records as of the last day of a year, and the five years' window of the contacts and
   * sessions; the mechanisms established by then are found once for the four measures that read
   * them.
   */
  private static final class OnDay {
    private final PairLedgers.Pair pair;
    private final int year;
    private final LocalDate end;
    private final LocalDate windowStart;
    private List<Mechanism> live;

    OnDay(PairLedgers.Pair pair, int year) {
      this.pair = pair;
      this.year = year;
      this.end = LocalDate.of(year, 12, 31);
      this.windowStart = LocalDate.of(year - 4, 1, 1);
    }

    Double documents(Predicate<Document> which) {
      return count(
          pair.documents().stream().filter(d -> which.test(d) && d.date().isOnOrBefore(end)));
    }

    Double commitments() {
      Map<String, Document> docs = new HashMap<>();
      pair.documents().forEach(d -> docs.put(d.id(), d));
      return count(pair.commitments().stream().filter(c -> made(c, docs, end)));
    }

    Double projects() {
      return count(pair.projects().stream().filter(p -> underWayOrDone(p, end)));
    }

    Double mechanisms(Predicate<Mechanism> which) {
      return count(live().stream().filter(which));
    }

    Double mechanismYears() {
      return nonZero(
          live().stream()
              .mapToDouble(m -> Math.max(0, year - m.established().earliest().getYear() + 1))
              .average()
              .orElse(0));
    }

    /**
     * The share of the planned sessions held: a record of attendance, so 0 of 4 sessions held is a
     * fact, not a missing count.
     */
    Double sessionsHeld() {
      double planned = 0;
      double held = 0;
      for (Mechanism m : live()) {
        Mechanism.Attendance a = m.attendance(end);
        if (a == null) continue;
        planned += a.planned();
        held += a.held();
      }
      return planned > 0 ? Math.min(1.0, held / planned) : null;
    }

    Double contacts(Predicate<Contact> which) {
      return count(
          pair.contacts().stream()
              .filter(
                  c ->
                      !c.date().earliest().isBefore(windowStart)
                          && c.date().isOnOrBefore(end)
                          && which.test(c)));
    }

    private List<Mechanism> live() {
      if (live == null)
        live = pair.mechanisms().stream().filter(m -> m.established().isOnOrBefore(end)).toList();
      return live;
    }

    /** A count of no record is no evidence: missing, never zero. */
    private static Double count(java.util.stream.Stream<?> records) {
      return nonZero(records.count());
    }

    private static Double nonZero(double v) {
      return v == 0 ? null : v;
    }
  }

  /** A mechanism for settling disputes or managing crises, or a hotline. */
  private static boolean disputeChannel(Mechanism m) {
    return m.kind() != null
        && m.kind().toLowerCase(java.util.Locale.ROOT).matches(".*(dispute|crisis|hotline).*");
  }

  /**
   * Whether a project was under way or completed on the day, by its dates: from its start if it is
   * under way or was completed, else (no start on record) from its completion. A planned, suspended
   * or cancelled project never counts, nor one whose dates do not reach the day.
   */
  static boolean underWayOrDone(Project p, LocalDate day) {
    if (p.status() == ProjectStatus.UNDER_WAY)
      return p.start() != null && p.start().isOnOrBefore(day);
    if (p.status() != ProjectStatus.COMPLETED) return false;
    if (p.start() != null) return p.start().isOnOrBefore(day);
    return p.actualEnd() != null && p.actualEnd().isOnOrBefore(day);
  }

  /** A commitment counts from its document's date, else its first recorded status. */
  private static boolean made(Commitment c, Map<String, Document> docs, LocalDate end) {
    Document d = c.document() == null ? null : docs.get(c.document());
    if (d != null) return d.date().isOnOrBefore(end);
    return !c.status().isEmpty() && c.status().get(0).date().isOnOrBefore(end);
  }
}
