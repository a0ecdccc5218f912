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
    TrustJudgement judgement,
    List<Flag> flags,
    ImplementationGap gap,
    List<String> priority,
    Double depthFiveYearsBefore,
    UpgradeReadiness upgrade,
    EventEvidence.Relation events) {

  /**
   * The degree that stands, and the evidence it rests on.
   *
   * @param basis "ledger" (commitments fallen due) or "events" (event data)
   * @param why the reason, as a key with its figures, for the faces to word
   */
  public record Standing(Degree degree, String basis, String reason, org.entwine.trust.Reason why) {
    /**
     * The ledger's degree where it can judge, else the event data's where it can, else the ledger's
     * "insufficient evidence", saying why each of the two could not judge.
     */
    public static Standing of(Confidence.FromLedger ledger, EventConfidence.FromEvents events) {
      if (ledger.degree() != Degree.INSUFFICIENT_EVIDENCE || events == null) {
        return new Standing(ledger.degree(), "ledger", ledger.reason(), ledger.why());
      }
      if (events.degree() == Degree.INSUFFICIENT_EVIDENCE) {
        return new Standing(
            ledger.degree(),
            "ledger",
            ledger.reason() + "; from " + events.basis() + ": " + events.reason(),
            org.entwine.trust.Reason.of(
                "why.standing.neither", ledger.why(), events.basisWhy(), events.why()));
      }
      return new Standing(
          events.degree(),
          "events",
          events.reason() + "; " + events.basis(),
          org.entwine.trust.Reason.of("why.standing.events", events.why(), events.basisWhy()));
    }
  }

  public Double depth() {
    return score == null ? null : score.depth();
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
