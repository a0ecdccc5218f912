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

/**
 * Where one partner stands with the focal actor: everything {@code entwine assess} prints and the
 * web application's portfolio shows, as the core's own records.
 *
 * @param rank the depth's rank with the interval it moves in over the sensitivity runs (null without a depth)
 * @param stability 0-100, null without a stability series
 * @param cell the trust × cooperation cell, null with insufficient evidence or no depth
 * @param judgement the analyst's latest recorded judgement by the date, if any
 * @param depthFiveYearsBefore by the same method and evidence
 * @param upgrade readiness for the next level, null at the top or without a depth
 * @param events what the event record says of the relation, null without events
 */
public record Assessment(String partner, String name, Level level, Score score, Sensitivity.Interval rank, Double stability,
    Confidence.Assessment confidence, Cell cell, TrustJudgement judgement, List<Flag> flags, ImplementationGap gap,
    List<String> priority, Double depthFiveYearsBefore, UpgradeReadiness upgrade, EventEvidence.Relation events) {

  public Double depthChange() {
    return depthFiveYearsBefore == null || score.depth() == null ? null : score.depth() - depthFiveYearsBefore;
  }
}
