package org.entwine.app;

import java.util.List;
import org.entwine.diagnostics.Flag;
import org.entwine.diagnostics.ImplementationGap;
import org.entwine.diagnostics.UpgradeReadiness;
import org.entwine.events.EventEvidence;
import org.entwine.evidence.TrustJudgement;
import org.entwine.framework.Level;
import org.entwine.method.Score;
import org.entwine.method.Sensitivity;
import org.entwine.trust.Cell;
import org.entwine.trust.Confidence;
import org.entwine.trust.Degree;
import org.entwine.trust.EventConfidence;

/**
 * Where one partner stands with the focal actor: everything {@code entwine assess} prints and the
 * web application's portfolio shows, as the core's own records.
 *
 * @param score the depth and its parts; null when no evidence the method reads covers the pair (a
 *     partner with a framework is listed all the same: missing is not zero)
 * @param rank the depth's rank with the interval it moves in over the sensitivity runs (null
 *     without a depth, or on thin evidence: such a partner is not ranked)
 * @param stability 0-100, null without a stability series
 * @param confidence the degree from the commitment ledger (with the treaties in force the datasets
 *     record)
 * @param eventConfidence the degree judged from event data, null where no event counts cover the
 *     pair
 * @param standing the degree that stands and its evidence base: the ledger's where it can judge,
 *     else the event data's
 * @param cell the trust × cooperation cell, null with insufficient evidence, no depth, or thin
 *     evidence
 * @param peerDepth the depth from which cooperation counts as "more" for this partner: the median
 *     depth of the ranked partners at its level (or the method's number); null without one
 * @param judgement the analyst's latest recorded judgement by the date, if any
 * @param depthFiveYearsBefore by the same method and evidence
 * @param upgrade readiness for the next level, null at the top or without a depth
 * @param events what the monthly event record says of the relation, null without events
 */
public record Assessment(
    String partner,
    String name,
    Level level,
    Score score,
    Sensitivity.Interval rank,
    Double stability,
    Confidence.FromLedger confidence,
    EventConfidence.FromEvents eventConfidence,
    Standing standing,
    Cell cell,
    Double peerDepth,
    TrustJudgement judgement,
    List<Flag> flags,
    ImplementationGap gap,
    List<String> priority,
    Double depthFiveYearsBefore,
    UpgradeReadiness upgrade,
    EventEvidence.Relation events) {

  /**
   * The degree that stands, the evidence it rests on, and the incidents that bear on it.
   *
   * @param basis "ledger" (commitments fallen due), "events" (coded events: words against deeds) or
   *     "news" (the balance of cooperation and friction in the news)
   * @param from the first year of the window the degree's evidence covers
   * @param to its last year
   * @param incidents the partner's incidents in that window (the ledger's), each named with the
   *     degree: a material one bars the highest degree
   * @param why the reason, as a key with its figures, for the faces to word
   */
  public record Standing(
      Degree degree,
      String basis,
      String reason,
      int from,
      int to,
      List<org.entwine.evidence.Incident> incidents,
      org.entwine.trust.Reason why) {

    public Standing {
      incidents = List.copyOf(incidents);
    }

    /**
     * The ledger's degree where it can judge, else the event data's where it can, else the ledger's
     * "insufficient evidence", saying why each of the two could not judge; a ledger whose
     * commitments all fell due before the events' window ends gives way to the events, fresher;
     * then the partner's incidents in the window of the evidence that stands, a material one
     * barring degree 1.
     *
     * @param incidents the incidents on the pair (all of them: those by the partner in the window
     *     are taken)
     * @param ledgerYears the window of the ledger's degree, in years ending with {@code day}
     */
    public static Standing of(
        Confidence.FromLedger ledger,
        EventConfidence.FromEvents events,
        String partner,
        List<org.entwine.evidence.Incident> incidents,
        java.time.LocalDate day,
        int ledgerYears) {
      Degree degree;
      String basis;
      String reason;
      org.entwine.trust.Reason why;
      int from;
      int to;
      // the ledger's window: the years of the commitments it counts, where they were checked
      int ledgerFrom =
          ledger.firstYear() != null ? ledger.firstYear() : day.getYear() - ledgerYears + 1;
      int ledgerTo = ledger.lastYear() != null ? ledger.lastYear() : day.getYear();
      // a ledger judged only from commitments due before the events' window ends gives way to them:
      // the freshest evidence that can judge stands (the ledger's degree is still shown beside)
      boolean staler =
          events != null
              && events.degree() != Degree.INSUFFICIENT_EVIDENCE
              && ledgerTo < events.to();
      if ((ledger.degree() != Degree.INSUFFICIENT_EVIDENCE && !staler) || events == null) {
        degree = ledger.degree();
        basis = "ledger";
        reason = ledger.reason();
        why = ledger.why();
        from = ledgerFrom;
        to = ledgerTo;
      } else if (events.degree() == Degree.INSUFFICIENT_EVIDENCE) {
        degree = ledger.degree();
        basis = "ledger";
        reason = ledger.reason() + "; from " + events.basis() + ": " + events.reason();
        why =
            org.entwine.trust.Reason.of(
                "why.standing.neither", ledger.why(), events.basisWhy(), events.why());
        from = events.from();
        to = events.to();
      } else {
        degree = events.degree();
        basis = events.kind();
        reason = events.reason() + "; " + events.basis();
        why = org.entwine.trust.Reason.of("why.standing.events", events.why(), events.basisWhy());
        if (staler) {
          reason +=
              "; from the commitment ledger, "
                  + ledgerFrom
                  + "-"
                  + ledgerTo
                  + ": "
                  + ledger.degree().label()
                  + ", "
                  + ledger.reason();
          why =
              org.entwine.trust.Reason.of(
                  "why.standing.eventsOverLedger",
                  why,
                  ledgerFrom,
                  ledgerTo,
                  org.entwine.trust.Reason.of("degreeLong." + ledger.degree().name()),
                  ledger.why());
        }
        from = events.from();
        to = events.to();
      }
      java.time.LocalDate first = java.time.LocalDate.of(from, 1, 1);
      java.time.LocalDate last = to >= day.getYear() ? day : java.time.LocalDate.of(to, 12, 31);
      List<org.entwine.evidence.Incident> in =
          incidents.stream()
              .filter(i -> i.by().contains(partner) && i.within(first, last))
              .sorted(java.util.Comparator.comparing(org.entwine.evidence.Incident::date))
              .toList();
      if (degree == Degree.HIGH_CONFIDENCE
          && in.stream().anyMatch(org.entwine.evidence.Incident::material)) {
        degree = Degree.LESS_CONFIDENCE;
        reason +=
            "; a material incident in "
                + from
                + "-"
                + to
                + " bars the highest degree: "
                + String.join(
                    "; ",
                    in.stream()
                        .filter(org.entwine.evidence.Incident::material)
                        .map(i -> i.kind() + ", " + i.date())
                        .toList());
        why =
            org.entwine.trust.Reason.of(
                "why.standing.materialIncident",
                why,
                from,
                to,
                incidents(in.stream().filter(org.entwine.evidence.Incident::material).toList()));
      } else if (!in.isEmpty()) {
        reason +=
            "; incidents in "
                + from
                + "-"
                + to
                + ": "
                + String.join("; ", in.stream().map(i -> i.kind() + ", " + i.date()).toList());
        why = org.entwine.trust.Reason.of("why.standing.incidents", why, from, to, incidents(in));
      }
      return new Standing(degree, basis, reason, from, to, in, why);
    }

    /** Incidents as a reason: each its kind and date, as the English sentence names them. */
    private static List<org.entwine.trust.Reason> incidents(
        List<org.entwine.evidence.Incident> in) {
      return in.stream()
          .map(i -> org.entwine.trust.Reason.of("why.incident", i.kind(), i.date().toString()))
          .toList();
    }
  }

  /*
   * The three figures a partner's row leads with, written beside the records they come from: a
   * script that reads a partner's fields flat (as the CSV's columns) finds the depth, the degree that
   * stands and the evidence's age without knowing which record holds them. The ledger's own degree
   * stays in "confidence", which reads insufficient evidence wherever the news judges instead.
   */

  /** The depth; null without a score. */
  @com.fasterxml.jackson.annotation.JsonProperty
  public Double depth() {
    return score == null ? null : score.depth();
  }

  /** The degree of confidence that stands, whichever evidence it rests on. */
  @com.fasterxml.jackson.annotation.JsonProperty
  public Degree degree() {
    return standing.degree();
  }

  /** How old the evidence behind the depth is, in years; null without a score. */
  @com.fasterxml.jackson.annotation.JsonProperty
  public Double evidenceAge() {
    return score == null ? null : score.evidenceAge();
  }

  /**
   * Whether the partner is left unranked: no evidence, or evidence under the method's coverage
   * floor.
   */
  public boolean unranked() {
    return score == null || score.thin() || score.depth() == null;
  }

  public Double depthChange() {
    return depthFiveYearsBefore == null || depth() == null ? null : depth() - depthFiveYearsBefore;
  }
}
