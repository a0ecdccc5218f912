package org.entwine.method;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entwine.evidence.Commitment;
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
  /** The ledger measures a method may use, with what each counts. */
  public static final Map<String, String> ALL =
      Map.of(
          "ledger:binding-documents",
              "legally binding documents (treaties, agreements) signed by then",
          "ledger:documents",
              "documents of any kind (joint statements, declarations, agreements) by then",
          "ledger:commitments", "commitments made by then",
          "ledger:projects", "joint projects under way or completed by then",
          "ledger:mechanisms", "cooperation mechanisms established by then",
          "ledger:mechanism-years", "mean years in operation of those mechanisms",
          "ledger:sessions-held-ratio",
              "sessions held in the last five years against the sessions planned",
          "ledger:dispute-channels",
              "dispute-settlement, crisis-management channels and hotlines established by then",
          "ledger:high-level-visits",
              "visits and meetings at head of state or government, or minister, level in the last"
                  + " five years",
          "ledger:contacts", "visits and meetings of any kind in the last five years");

  private static final String SESSIONS_HELD = "ledger:sessions-held-ratio";

  private LedgerMeasures() {}

  /** The measures for the pair that the ledgers cover. */
  public static Map<String, Double> of(Registry r, String focal, String partner, int year) {
    return of(new PairLedgers(r).of(focal, partner), focal, partner, year);
  }

  /** The same, from the pair's records already gathered. */
  public static Map<String, Double> of(
      PairLedgers.Pair pair, String focal, String partner, int year) {
    LocalDate end = LocalDate.of(year, 12, 31);
    LocalDate windowStart = LocalDate.of(year - 4, 1, 1);
    Map<String, Double> out = new HashMap<>();
    countsOf(pair, year, end, windowStart, out);
    // a count of no record is no evidence: missing, never zero (a share of sessions held is a
    // record of attendance, and 0 of 4 sessions held is a fact)
    out.entrySet().removeIf(e -> e.getValue() == 0 && !e.getKey().equals(SESSIONS_HELD));
    return out;
  }

  private static void countsOf(
      PairLedgers.Pair pair,
      int year,
      LocalDate end,
      LocalDate windowStart,
      Map<String, Double> out) {
    List<Document> docs = pair.documents();
    if (!docs.isEmpty()) {
      out.put(
          "ledger:documents",
          (double) docs.stream().filter(d -> d.date().isOnOrBefore(end)).count());
      out.put(
          "ledger:binding-documents",
          (double)
              docs.stream().filter(d -> d.legallyBinding() && d.date().isOnOrBefore(end)).count());
    }
    Map<String, Document> docById = new HashMap<>();
    docs.forEach(d -> docById.put(d.id(), d));
    List<Commitment> commitments = pair.commitments();
    if (!commitments.isEmpty()) {
      out.put(
          "ledger:commitments",
          (double) commitments.stream().filter(c -> made(c, docById, end)).count());
    }
    List<Project> projects = pair.projects();
    if (!projects.isEmpty()) {
      out.put(
          "ledger:projects",
          (double) projects.stream().filter(p -> underWayOrDone(p, end)).count());
    }
    List<Mechanism> mechanisms = pair.mechanisms();
    if (!mechanisms.isEmpty()) {
      List<Mechanism> live =
          mechanisms.stream().filter(m -> m.established().isOnOrBefore(end)).toList();
      out.put("ledger:mechanisms", (double) live.size());
      out.put(
          "ledger:dispute-channels",
          (double)
              live.stream()
                  .filter(
                      m ->
                          m.kind() != null
                              && m.kind()
                                  .toLowerCase(java.util.Locale.ROOT)
                                  .matches(".*(dispute|crisis|hotline).*"))
                  .count());
      if (!live.isEmpty()) {
        out.put(
            "ledger:mechanism-years",
            live.stream()
                .mapToDouble(m -> Math.max(0, year - m.established().earliest().getYear() + 1))
                .average()
                .orElse(0));
      }
      double planned = 0;
      double held = 0;
      for (Mechanism m : live) {
        Mechanism.Attendance a = m.attendance(end);
        if (a == null) continue;
        planned += a.planned();
        held += a.held();
      }
      if (planned > 0) out.put("ledger:sessions-held-ratio", Math.min(1.0, held / planned));
    }
    var contacts = pair.contacts();
    if (!contacts.isEmpty()) {
      var recent =
          contacts.stream()
              .filter(c -> !c.date().earliest().isBefore(windowStart) && c.date().isOnOrBefore(end))
              .toList();
      out.put("ledger:contacts", (double) recent.size());
      out.put(
          "ledger:high-level-visits",
          (double)
              recent.stream()
                  .filter(
                      c ->
                          c.level() == ContactLevel.HEAD_OF_STATE_OR_GOVERNMENT
                              || c.level() == ContactLevel.MINISTER)
                  .count());
    }
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
