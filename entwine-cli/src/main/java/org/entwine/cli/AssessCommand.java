package org.entwine.cli;

import java.time.LocalDate;
import java.util.List;
import org.entwine.app.Assessment;
import org.entwine.app.Assessor;
import org.entwine.app.Scoring;
import org.entwine.diagnostics.Flag;
import org.entwine.method.Pillar;
import org.entwine.method.Score;
import org.entwine.store.DuckDbStore;
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
    Assessor.Assessments a = Assessor.assess(s, day, runs, all);
    Table t = new Table("partner", "name", "level", "depth", "rank", "rankLow", "rankHigh", "interests", "institutions",
        "identity", "width", "durableYears", "stability", "coverage", "degree", "degreeName", "consistency", "compliance",
        "fallenDue", "binding", "cell", "cellLabel", "reason", "judgementDegree", "judgementReason", "judgementBy",
        "judgementDate", "flags", "undelivered", "overdue", "underused", "priority", "depthFiveYearsBefore", "depthChange",
        "nextLevel", "upgradeGap", "holdBackPillar", "holdBackIndicators", "eventScore", "deedsToWords", "eventSwings",
        "materialConflictShare", "eventShockMonth", "eventShockDrop", "eventDataset", "year", "asOf", "cooperationThreshold",
        "method", "methodHash");
    Table brief = new Table("partner", "level", "depth", "rank (interval)", "int", "inst", "iden", "width", "durable", "stable",
        "degree", "deeds", "judged", "cell", "flags", "priority");
    for (Assessment p : a.partners()) {
      Score x = p.score();
      var c = p.confidence();
      var iv = p.rank();
      var cell = p.cell();
      var j = p.judgement();
      var up = p.upgrade();
      var ev = p.events();
      List<String> flags = p.flags().stream().map(Flag::name).toList();
      t.row(p.partner(), p.name(), p.level().name(), x.depth(),
          iv == null ? null : iv.rank(), iv == null ? null : iv.rankLow(), iv == null ? null : iv.rankHigh(),
          x.pillars().get(Pillar.INTERESTS).score(), x.pillars().get(Pillar.INSTITUTIONS).score(),
          x.pillars().get(Pillar.IDENTITY).score(), x.width(), x.durableYears(), p.stability(), x.coverage(),
          c.degree().number(), c.degree().name(), c.consistency(), c.compliance(), c.fallenDue(), c.binding(),
          cell == null ? null : cell.number(), cell == null ? null : cell.label(), c.reason(),
          j == null ? null : j.degree(), j == null ? null : j.reason(), j == null ? null : j.analyst(),
          j == null ? null : j.date().toString(), flags, p.gap().undelivered(), p.gap().overdue(), p.gap().underused(),
          p.priority(), p.depthFiveYearsBefore(), p.depthChange(), up == null ? null : up.nextLevel(),
          up == null ? null : up.gap(), up == null ? null : up.holdBack(), up == null ? null : up.indicators(),
          ev == null ? null : ev.latestScore(), ev == null ? null : ev.deedsToWords(), ev == null ? null : ev.swings(),
          ev == null ? null : ev.materialConflictShare(), ev == null || ev.shock() == null ? null : month(ev.shock().month()),
          ev == null || ev.shock() == null ? null : ev.shock().drop(), a.eventDataset(), a.year(), day.toString(),
          a.cooperationThreshold(), a.methodId(), a.methodHash());
      brief.row(p.partner(), p.level().name(), ScoreCommand.fmt(x.depth()),
          iv == null ? "" : String.format("%d (%.0f-%.0f)", iv.rank(), iv.rankLow(), iv.rankHigh()),
          ScoreCommand.fmt(x.pillars().get(Pillar.INTERESTS).score()), ScoreCommand.fmt(x.pillars().get(Pillar.INSTITUTIONS).score()),
          ScoreCommand.fmt(x.pillars().get(Pillar.IDENTITY).score()), x.width() + "/" + x.areas(),
          x.durableYears() == null ? "" : x.durableYears() + " y", ScoreCommand.fmt(p.stability()),
          c.degree().label(), ev == null || ev.deedsToWords() == null ? "" : String.format("%.0f%%", 100 * ev.deedsToWords()),
          j == null ? "" : String.valueOf(j.degree()), cell == null ? "" : cell.number() + " " + cell.label(),
          flags.stream().map(f -> f.toLowerCase().replace('_', ' ')).collect(java.util.stream.Collectors.joining("; ")),
          String.join(", ", p.priority()));
    }
    if (output.format == Format.TABLE) {
      out().printf("%s as of %s (scores for %d, method %s v%d): %d partners; 'more cooperation' means depth >= %.1f%n",
          a.focal(), day, a.year(), a.methodId(), a.methodVersion(), a.partners().size(), a.cooperationThreshold());
      brief.print(Format.TABLE, out());
      out().println("\nrank interval: 5th-95th percentile over " + runs + " sensitivity runs; degree: computed from the "
          + "commitment ledger and binding institutions; deeds: the partner's material cooperation as a share of all its"
          + " cooperation with " + a.focal() + " in the event data (" + (a.eventDataset() == null ? "none loaded" : a.eventDataset()
          + ", " + month(a.eventsFrom()) + " to " + month(a.eventsTo())) + "); judged: the analyst's recorded degree, shown beside it"
          + " (see 'entwine assess --format json' for the reasons and the gaps)");
    } else {
      t.print(output.format, out());
    }
    MethodOption.notice(s, out(), err(), output.format);
    return ExitCodes.OK;
  }

  static String month(int yyyymm) {
    return org.entwine.app.EventSeries.monthText(yyyymm);
  }
}
