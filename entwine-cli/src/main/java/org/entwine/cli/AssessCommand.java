package org.entwine.cli;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.entwine.diagnostics.Flag;
import org.entwine.diagnostics.ImplementationGap;
import org.entwine.diagnostics.LabelSubstance;
import org.entwine.diagnostics.UpgradeReadiness;
import org.entwine.framework.Level;
import org.entwine.method.Pillar;
import org.entwine.method.Score;
import org.entwine.method.Sensitivity;
import org.entwine.registry.PairLedgers;
import org.entwine.store.DuckDbStore;
import org.entwine.trust.Cell;
import org.entwine.trust.Confidence;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "assess", mixinStandardHelpOptions = true,
    description = {"The main job: for every partner of the focal actor, the framework level, the depth (with the",
        "interval its rank moves in when the method's choices vary), the three pillars, width, durability,",
        "stability, the degree of confidence computed from the commitment ledger, and the cell of the",
        "trust x cooperation matrix."})
final class AssessCommand extends DatabaseCommand {
  @Parameters(index = "0", paramLabel = "ACTOR") String actor;

  @Option(names = "--as-of", paramLabel = "DATE", description = "YYYY-MM-DD or 'today' (the default).")
  String asOf = "today";

  @Option(names = "--runs", paramLabel = "N", description = "Sensitivity runs for the rank intervals (default: 200).")
  int runs = 200;

  @Option(names = "--all", description = "Every actor with evidence, not only those with a framework, a ledger record or a flag.")
  boolean all;

  @Mixin MethodOption method;
  @Mixin FormatOption output;

  @Override
  int run(DuckDbStore store) {
    LocalDate day = Dates.parseAsOf(asOf);
    Scoring s = method.score(store, actor, day.getYear());
    var m = s.method;
    Map<String, Level> levels = s.levelsOn(day);
    PairLedgers ledgers = s.ledgers();
    Map<String, Sensitivity.Interval> intervals = new HashMap<>();
    Sensitivity.run(m, s.values, runs, 1).intervals().forEach(i -> intervals.put(i.partner(), i));
    double threshold = s.cooperationThreshold();
    double deep = LabelSubstance.deepThreshold(s.scores.stream().map(Score::depth).toList());
    Map<String, Double> fiveYearsBefore = s.depthsIn(s.year - 5);
    Map<String, UpgradeReadiness> readiness = UpgradeReadiness.of(levels, s.scores);
    Table t = new Table("partner", "name", "level", "depth", "rank", "rankLow", "rankHigh", "interests", "institutions",
        "identity", "width", "durableYears", "stability", "coverage", "degree", "degreeName", "consistency", "compliance",
        "fallenDue", "binding", "cell", "cellLabel", "reason", "judgementDegree", "judgementReason", "judgementBy",
        "judgementDate", "flags", "undelivered", "overdue", "underused", "priority", "depthFiveYearsBefore", "depthChange",
        "nextLevel", "upgradeGap", "holdBackPillar", "holdBackIndicators", "eventScore", "deedsToWords", "eventSwings",
        "materialConflictShare", "eventShockMonth", "eventShockDrop", "eventDataset", "year", "asOf", "cooperationThreshold",
        "method", "methodHash");
    Table brief = new Table("partner", "level", "depth", "rank (interval)", "int", "inst", "iden", "width", "durable", "stable",
        "degree", "deeds", "judged", "cell", "flags", "priority");
    int shown = 0;
    for (Score x : s.scores) {
      var pair = ledgers.of(s.focal, x.partner());
      Confidence.Assessment c = Confidence.of(pair, x.partner(), day, m.trust());
      Cell cell = Cell.of(c.degree(), x.depth(), threshold);
      var judgement = s.registry.judgements().stream()
          .filter(j -> j.focal().equals(s.focal) && j.partner().equals(x.partner()) && j.date().isOnOrBefore(day))
          .max(java.util.Comparator.comparing(j -> j.date())).orElse(null);
      var gap = ImplementationGap.of(pair, day);
      java.util.List<String> flags = new java.util.ArrayList<>();
      var levelFlag = LabelSubstance.of(levels.get(x.partner()),
          x.depth(), x.coverage(), threshold, deep);
      if (levelFlag != null) flags.add(levelFlag.name());
      if (!gap.isEmpty()) flags.add(Flag.IMPLEMENTATION_GAP.name());
      if (judgement != null && judgement.degree() != c.degree().number()) flags.add(Flag.JUDGEMENT_DIFFERS.name());
      Double before = fiveYearsBefore.get(x.partner());
      Flag trend = Flag.trend(x.depth(), before);
      if (trend != null) flags.add(trend.name());
      var ev = s.events.get(x.partner());
      if (ev != null && ev.shock() != null) flags.add(Flag.EVENT_SHOCK.name());
      UpgradeReadiness up = readiness.get(x.partner());
      // Partners without a framework or a ledger record are listed only when flagged (a deep
      // relation without a label is exactly what an analyst must not miss), or with --all.
      if (!all && !levels.containsKey(x.partner()) && pair == PairLedgers.Pair.EMPTY && flags.isEmpty()) continue;
      java.util.List<String> priority = new java.util.ArrayList<>();
      for (var g : m.priorities()) {
        boolean in = g.members().contains(x.partner()) || (g.actor() != null
            && s.registry.actor(g.actor()).map(a -> a.membersOn(day).contains(x.partner())).orElse(false));
        if (in) priority.add(g.name());
      }
      Sensitivity.Interval iv = intervals.get(x.partner());
      String level = levels.getOrDefault(x.partner(), Level.NONE).name();
      t.row(x.partner(), s.registry.actor(x.partner()).map(a -> a.name()).orElse(x.partner()), level, x.depth(),
          iv == null ? null : iv.rank(), iv == null ? null : iv.rankLow(), iv == null ? null : iv.rankHigh(),
          x.pillars().get(Pillar.INTERESTS).score(), x.pillars().get(Pillar.INSTITUTIONS).score(),
          x.pillars().get(Pillar.IDENTITY).score(), x.width(), x.durableYears(), s.stability.get(x.partner()), x.coverage(),
          c.degree().number(), c.degree().name(), c.consistency(), c.compliance(), c.fallenDue(), c.binding(),
          cell == null ? null : cell.number(), cell == null ? null : cell.label(), c.reason(),
          judgement == null ? null : judgement.degree(), judgement == null ? null : judgement.reason(),
          judgement == null ? null : judgement.analyst(), judgement == null ? null : judgement.date().toString(), flags,
          gap.undelivered(), gap.overdue(), gap.underused(), priority, before,
          before == null || x.depth() == null ? null : x.depth() - before, up == null ? null : up.nextLevel(),
          up == null ? null : up.gap(), up == null ? null : up.holdBack(), up == null ? null : up.indicators(),
          ev == null ? null : ev.latestScore(), ev == null ? null : ev.deedsToWords(), ev == null ? null : ev.swings(),
          ev == null ? null : ev.materialConflictShare(), ev == null || ev.shock() == null ? null : month(ev.shock().month()),
          ev == null || ev.shock() == null ? null : ev.shock().drop(), s.eventDataset, s.year, day.toString(), threshold, m.id(),
          m.hash());
      brief.row(x.partner(), level, ScoreCommand.fmt(x.depth()),
          iv == null ? "" : String.format("%d (%.0f-%.0f)", iv.rank(), iv.rankLow(), iv.rankHigh()),
          ScoreCommand.fmt(x.pillars().get(Pillar.INTERESTS).score()), ScoreCommand.fmt(x.pillars().get(Pillar.INSTITUTIONS).score()),
          ScoreCommand.fmt(x.pillars().get(Pillar.IDENTITY).score()), x.width() + "/" + x.areas(),
          x.durableYears() == null ? "" : x.durableYears() + " y", ScoreCommand.fmt(s.stability.get(x.partner())),
          c.degree().label(), ev == null || ev.deedsToWords() == null ? "" : String.format("%.0f%%", 100 * ev.deedsToWords()),
          judgement == null ? "" : String.valueOf(judgement.degree()), cell == null ? "" : cell.number() + " " + cell.label(),
          flags.stream().map(f -> f.toLowerCase().replace('_', ' ')).collect(java.util.stream.Collectors.joining("; ")),
          String.join(", ", priority));
      shown++;
    }
    if (output.format == Format.TABLE) {
      out().printf("%s as of %s (scores for %d, method %s v%d): %d partners; 'more cooperation' means depth >= %.1f%n",
          s.focal, day, s.year, m.id(), m.version(), shown, threshold);
      brief.print(Format.TABLE, out());
      out().println("\nrank interval: 5th-95th percentile over " + runs + " sensitivity runs; degree: computed from the "
          + "commitment ledger and binding institutions; deeds: the partner's material cooperation as a share of all its"
          + " cooperation with " + s.focal + " in the event data (" + (s.eventDataset == null ? "none loaded" : s.eventDataset + ", "
          + month(s.eventsFrom) + " to " + month(s.eventsTo)) + "); judged: the analyst's recorded degree, shown beside it"
          + " (see 'entwine assess --format json' for the reasons and the gaps)");
    } else {
      t.print(output.format, out());
    }
    return ExitCodes.OK;
  }

  static String month(int yyyymm) {
    return String.format("%d-%02d", yyyymm / 100, yyyymm % 100);
  }
}
