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
import org.entwine.trust.Degree;
import org.entwine.trust.EventConfidence;

/**
 * Assesses a focal actor's partners: depth with its rank interval, confidence, matrix cell, flags
 * and readiness.
 */
public final class Assessor {
  /**
   * A focal actor's assessment on a date.
   *
   * @param cooperationThreshold the depth from which cooperation counts as "more" where the method
   *     fixes one; null where it is judged among peers (see {@code peers})
   * @param peers the depth from which cooperation counts as "more" at each level: the median depth
   *     of the ranked partners at that level (or the method's number); a level absent has no ranked
   *     partner
   * @param runs the sensitivity runs behind the rank intervals
   * @param seed the seed of those runs: the same seed, data and method give the same intervals
   * @param vintage how old the evidence is: each source's freshest year, the partners' ages
   */
  public record Assessments(
      String focal,
      LocalDate asOf,
      int year,
      String methodId,
      int methodVersion,
      String methodHash,
      Double cooperationThreshold,
      Map<Level, Double> peers,
      int runs,
      long seed,
      String eventDataset,
      int eventsFrom,
      int eventsTo,
      String eventsLatest,
      org.entwine.method.Vintage vintage,
      List<Assessment> partners) {

    /** The partners with a framework on the date, in the assessment's order. */
    public List<Assessment> framed() {
      return partners.stream().filter(p -> p.level() != Level.NONE).toList();
    }

    /** The partners without a framework that are ranked, deepest first. */
    public List<Assessment> others() {
      return partners.stream()
          .filter(p -> p.level() == Level.NONE && !p.unranked())
          .sorted(Comparator.comparing(Assessment::depth).reversed())
          .toList();
    }

    /** The same answer listing only {@code shown}: what a face chose to show of it. */
    public Assessments withPartners(List<Assessment> shown) {
      return new Assessments(
          focal,
          asOf,
          year,
          methodId,
          methodVersion,
          methodHash,
          cooperationThreshold,
          peers,
          runs,
          seed,
          eventDataset,
          eventsFrom,
          eventsTo,
          eventsLatest,
          vintage,
          List.copyOf(shown));
    }
  }

  private Assessor() {}

  /** The seed of the sensitivity runs unless one is asked for. */
  public static final long DEFAULT_SEED = 1;

  public static Assessments assess(Scoring s, LocalDate day, int runs, boolean all) {
    return assess(s, day, runs, DEFAULT_SEED, all);
  }

  /**
   * Every partner with a framework on the date, with or without evidence, and the partners without
   * one that the evidence covers (all of them when {@code all}; otherwise those with a ledger
   * record or a flag).
   */
  public static Assessments assess(Scoring s, LocalDate day, int runs, long seed, boolean all) {
    return assess(s, day, runs, seed, all, java.util.Set.of());
  }

  /**
   * One partner as {@link #assess} sees it, with or without a framework or evidence: what a brief
   * shows, computed the same way.
   */
  public static Assessment of(Scoring s, LocalDate day, int runs, String partner) {
    return assess(s, day, runs, DEFAULT_SEED, false, java.util.Set.of(partner)).partners().stream()
        .filter(a -> a.partner().equals(partner))
        .findFirst()
        .orElseThrow();
  }

  /**
   * The same, {@code include} listed whatever covers them: a brief asks for its partner alone among
   * the framework partners, not for every partner the evidence covers.
   */
  public static Assessments assess(
      Scoring s, LocalDate day, int runs, long seed, boolean all, java.util.Set<String> include) {
    var m = s.method();
    Map<String, Level> levels = s.levelsOn(day);
    PairLedgers ledgers = s.ledgers();
    Map<String, Sensitivity.Interval> intervals = new HashMap<>();
    Sensitivity.run(m, s.values(), s.rankedPartners(), runs, seed)
        .intervals()
        .forEach(i -> intervals.put(i.partner(), i));
    Map<String, Double> rankedDepths = new HashMap<>();
    s.ranked().forEach(x -> rankedDepths.put(x.partner(), x.depth()));
    Map<Level, Double> peers =
        org.entwine.trust.Peers.thresholds(levels, rankedDepths, m.trust().cooperation());
    Map<String, Double> fiveYearsBefore = s.depthsIn(s.year() - 5);
    Map<String, UpgradeReadiness> readiness = UpgradeReadiness.of(levels, s.ranked());
    Map<String, Score> scores = new java.util.LinkedHashMap<>();
    s.scores().forEach(x -> scores.put(x.partner(), x));
    // scored partners in their order, then framework partners the evidence does not cover
    java.util.Set<String> partners = new java.util.LinkedHashSet<>(scores.keySet());
    levels.keySet().stream().sorted().forEach(partners::add);
    partners.addAll(include);
    Map<String, List<String>> binding = new HashMap<>();
    Map<String, Confidence.FromLedger> ledgerDegree = new HashMap<>();
    // quantified commitments are judged from the loaded data's figures, then reported outcomes
    CommitmentFigures figures = new CommitmentFigures(s);
    for (String p : partners) {
      var c =
          Confidence.of(
              ledgers.of(s.focal(), p), p, day, m.trust(), s.treatiesInForce(p), figures.of(p));
      ledgerDegree.put(p, c);
      binding.put(p, c.binding());
    }
    // The freshest evidence of conduct that can judge: the CAMEO families of raw event files, else
    // the balance of cooperation and friction in the news (GDELT pair scores), else the published
    // ICEWS dyad-years; where none can judge, the freshest says why.
    List<Map<String, EventConfidence.FromEvents>> bases = new ArrayList<>();
    if (s.eventDataset() != null)
      bases.add(
          EventConfidence.fromFamilies(
              s.focal(), s.eventMonths(), s.eventDataset(), s.year(), binding, m.trust().events()));
    bases.add(
        org.entwine.trust.NewsConfidence.of(
            s.focal(), s.observations(), s.year(), binding, m.trust().news()));
    bases.add(
        EventConfidence.of(
            s.focal(), s.observations(), s.year(), m.lookbackYears(), binding, m.trust().events()));
    Map<String, EventConfidence.FromEvents> fromEvents = new HashMap<>();
    for (var basis : bases) {
      basis.forEach(
          (p, a) -> {
            var had = fromEvents.get(p);
            if (had == null
                || (had.degree() == Degree.INSUFFICIENT_EVIDENCE
                    && a.degree() != Degree.INSUFFICIENT_EVIDENCE)) fromEvents.put(p, a);
          });
    }
    List<Assessment> out = new ArrayList<>();
    for (String p : partners) {
      Score x = scores.get(p);
      var pair = ledgers.of(s.focal(), p);
      Confidence.FromLedger c = ledgerDegree.get(p);
      EventConfidence.FromEvents e = fromEvents.get(p);
      Assessment.Standing standing =
          Assessment.Standing.of(c, e, p, pair.incidents(), day, m.trust().events().years());
      Double depth = x == null ? null : x.depth();
      boolean ranked = x != null && !x.thin() && depth != null;
      var judgement =
          s.registry().judgementsOn(s.focal(), p, day).stream()
              .max(Comparator.comparing(j -> j.date()))
              .orElse(null);
      var gap = ImplementationGap.of(pair, day);
      List<Flag> flags = new ArrayList<>();
      Flag levelFlag = ranked ? LabelSubstance.of(levels.get(p), depth, x.coverage(), peers) : null;
      Double peerDepth = peers.get(levels.getOrDefault(p, Level.NONE));
      if (levelFlag != null) flags.add(levelFlag);
      if (!gap.isEmpty()) flags.add(Flag.IMPLEMENTATION_GAP);
      if (judgement != null && judgement.degree() != standing.degree().number())
        flags.add(Flag.JUDGEMENT_DIFFERS);
      if (e != null
          && c.degree() != Degree.INSUFFICIENT_EVIDENCE
          && e.degree() != Degree.INSUFFICIENT_EVIDENCE
          && c.degree() != e.degree()) {
        flags.add(Flag.DEGREES_DIFFER);
      }
      Double before = fiveYearsBefore.get(p);
      Flag trend = Flag.trend(depth, before);
      if (trend != null) flags.add(trend);
      var events = s.events().get(p);
      if (events != null && events.shock() != null) flags.add(Flag.EVENT_SHOCK);
      // Partners without a framework or a ledger record are listed only when flagged (a deep
      // relation without a label is exactly what an analyst must not miss), or when all are asked
      // for.
      if (!all
          && !include.contains(p)
          && !levels.containsKey(p)
          && pair == PairLedgers.Pair.EMPTY
          && flags.isEmpty()) continue;
      List<String> priority = new ArrayList<>();
      for (var g : m.priorities()) {
        boolean in =
            g.members().contains(p)
                || (g.actor() != null
                    && s.registry()
                        .actor(g.actor())
                        .map(a -> a.membersOn(day).contains(p))
                        .orElse(false));
        if (in) priority.add(g.name());
      }
      out.add(
          new Assessment(
              p,
              s.registry().actor(p).map(a -> a.name()).orElse(p),
              levels.getOrDefault(p, Level.NONE),
              x,
              ranked ? intervals.get(p) : null,
              s.stability().get(p),
              c,
              e,
              standing,
              ranked
                  ? Cell.of(standing.degree(), depth, peerDepth == null ? Double.NaN : peerDepth)
                  : null,
              peerDepth,
              judgement,
              flags,
              gap,
              priority,
              before,
              ranked ? readiness.get(p) : null,
              events));
    }
    return new Assessments(
        s.focal(),
        day,
        s.year(),
        m.id(),
        m.version(),
        m.hash(),
        m.trust().cooperation(),
        peers,
        runs,
        seed,
        s.eventDataset(),
        s.eventsFrom(),
        s.eventsTo(),
        s.eventsLatest(),
        s.vintage(),
        out);
  }
}
