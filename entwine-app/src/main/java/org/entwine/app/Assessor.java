package org.entwine.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entwine.diagnostics.Flag;
import org.entwine.diagnostics.ImplementationGap;
import org.entwine.diagnostics.LabelSubstance;
import org.entwine.diagnostics.UpgradeReadiness;
import org.entwine.framework.Level;
import org.entwine.method.Score;
import org.entwine.method.Sensitivity;
import org.entwine.registry.PairLedgers;
import org.entwine.trust.Cell;
import org.entwine.trust.Confidence;

/** Assesses a focal actor's partners: depth with its rank interval, confidence, matrix cell, flags and readiness. */
public final class Assessor {
  /**
   * A focal actor's assessment on a date.
   *
   * @param cooperationThreshold the depth from which cooperation counts as "more"
   * @param runs the sensitivity runs behind the rank intervals
   */
  public record Assessments(String focal, LocalDate asOf, int year, String methodId, int methodVersion, String methodHash,
      double cooperationThreshold, int runs, String eventDataset, int eventsFrom, int eventsTo, List<Assessment> partners) {}

  private Assessor() {}

  /**
   * @param all every actor with evidence; otherwise partners with a framework, a ledger record or a flag
   */
  public static Assessments assess(Scoring s, LocalDate day, int runs, boolean all) {
    var m = s.method;
    Map<String, Level> levels = s.levelsOn(day);
    PairLedgers ledgers = s.ledgers();
    Map<String, Sensitivity.Interval> intervals = new HashMap<>();
    Sensitivity.run(m, s.values, runs, 1).intervals().forEach(i -> intervals.put(i.partner(), i));
    double threshold = s.cooperationThreshold();
    double deep = LabelSubstance.deepThreshold(s.scores.stream().map(Score::depth).toList());
    Map<String, Double> fiveYearsBefore = s.depthsIn(s.year - 5);
    Map<String, UpgradeReadiness> readiness = UpgradeReadiness.of(levels, s.scores);
    List<Assessment> out = new ArrayList<>();
    for (Score x : s.scores) {
      var pair = ledgers.of(s.focal, x.partner());
      Confidence.Assessment c = Confidence.of(pair, x.partner(), day, m.trust());
      Cell cell = Cell.of(c.degree(), x.depth(), threshold);
      var judgement = s.registry.judgements().stream()
          .filter(j -> j.focal().equals(s.focal) && j.partner().equals(x.partner()) && j.date().isOnOrBefore(day))
          .max(Comparator.comparing(j -> j.date())).orElse(null);
      var gap = ImplementationGap.of(pair, day);
      List<Flag> flags = new ArrayList<>();
      Flag levelFlag = LabelSubstance.of(levels.get(x.partner()), x.depth(), x.coverage(), threshold, deep);
      if (levelFlag != null) flags.add(levelFlag);
      if (!gap.isEmpty()) flags.add(Flag.IMPLEMENTATION_GAP);
      if (judgement != null && judgement.degree() != c.degree().number()) flags.add(Flag.JUDGEMENT_DIFFERS);
      Double before = fiveYearsBefore.get(x.partner());
      Flag trend = Flag.trend(x.depth(), before);
      if (trend != null) flags.add(trend);
      var events = s.events.get(x.partner());
      if (events != null && events.shock() != null) flags.add(Flag.EVENT_SHOCK);
      // Partners without a framework or a ledger record are listed only when flagged (a deep
      // relation without a label is exactly what an analyst must not miss), or when all are asked for.
      if (!all && !levels.containsKey(x.partner()) && pair == PairLedgers.Pair.EMPTY && flags.isEmpty()) continue;
      List<String> priority = new ArrayList<>();
      for (var g : m.priorities()) {
        boolean in = g.members().contains(x.partner()) || (g.actor() != null
            && s.registry.actor(g.actor()).map(a -> a.membersOn(day).contains(x.partner())).orElse(false));
        if (in) priority.add(g.name());
      }
      out.add(new Assessment(x.partner(), s.registry.actor(x.partner()).map(a -> a.name()).orElse(x.partner()),
          levels.getOrDefault(x.partner(), Level.NONE), x, intervals.get(x.partner()), s.stability.get(x.partner()), c, cell,
          judgement, flags, gap, priority, before, readiness.get(x.partner()), events));
    }
    return new Assessments(s.focal, day, s.year, m.id(), m.version(), m.hash(), threshold, runs, s.eventDataset, s.eventsFrom,
        s.eventsTo, out);
  }
}
