package org.entwine.cli;

import java.time.LocalDate;
import org.entwine.app.Scoring;
import org.entwine.framework.Level;
import org.entwine.method.Method;
import org.entwine.method.Pillar;
import org.entwine.method.PillarScore;
import org.entwine.method.Score;
import org.entwine.storage.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    description = {
      "How deep the focal actor's relations run: the depth index and its three pillars (each with"
          + " its de jure and de facto side), width, durability, and the coverage each rests on.",
      "The framework level is shown beside the depth for comparison; it is never an input to it."
    })
final class ScoreCommand extends DatabaseCommand {
  @Parameters(index = "0", paramLabel = "ACTOR")
  String actor;

  @Mixin MethodOption method;
  @Mixin AsOfOption asOf;
  @Mixin FormatOption output;

  @Override
  int run(Store store) {
    Scoring s = method.score(store, actor, asOf.day().getYear());
    Method m = s.method();
    var levels = s.levelsOn(LocalDate.of(s.year(), 12, 31));
    Table t =
        new Table(
            "partner",
            "name",
            "year",
            "level",
            "depth",
            "interests",
            "institutions",
            "identity",
            "interestsDeJure",
            "interestsDeFacto",
            "institutionsDeJure",
            "institutionsDeFacto",
            "identityDeJure",
            "identityDeFacto",
            "coverage",
            "evidenceAge",
            "thinEvidence",
            "interestsDataYear",
            "institutionsDataYear",
            "identityDataYear",
            "width",
            "areas",
            "pillarEvenness",
            "durableYears",
            "stability",
            "method",
            "methodVersion",
            "methodHash");
    for (Score x : s.scores()) {
      PillarScore in = x.pillars().get(Pillar.INTERESTS);
      PillarScore it = x.pillars().get(Pillar.INSTITUTIONS);
      PillarScore id = x.pillars().get(Pillar.IDENTITY);
      t.row(
          x.partner(),
          s.registry().actor(x.partner()).map(a -> a.name()).orElse(x.partner()),
          x.year(),
          levels.getOrDefault(x.partner(), Level.NONE).name(),
          x.depth(),
          in.score(),
          it.score(),
          id.score(),
          in.deJure(),
          in.deFacto(),
          it.deJure(),
          it.deFacto(),
          id.deJure(),
          id.deFacto(),
          x.coverage(),
          x.evidenceAge(),
          x.thin(),
          in.dataYear(),
          it.dataYear(),
          id.dataYear(),
          x.width(),
          x.areas(),
          x.pillarEvenness(),
          x.durableYears(),
          s.stability().get(x.partner()),
          x.method(),
          x.methodVersion(),
          x.methodHash());
    }
    if (output.format == Format.TABLE) {
      out()
          .printf(
              "%s, %d: depth of relations by method %s v%d (sha256 %s…); coverage is the share of"
                  + " the method's weight with data%n",
              s.focal(), s.year(), m.id(), m.version(), m.hash().substring(0, 12));
      Table brief =
          new Table(
              "rank",
              "partner",
              "level",
              "depth",
              "interests",
              "institutions",
              "identity",
              "coverage",
              "width",
              "durable",
              "stability");
      int rank = 0;
      for (Score x : s.scores()) {
        brief.row(
            x.thin() ? "thin" : String.valueOf(++rank),
            x.partner(),
            levels.getOrDefault(x.partner(), Level.NONE).name(),
            fmt(x.depth()),
            pillar(x, Pillar.INTERESTS),
            pillar(x, Pillar.INSTITUTIONS),
            pillar(x, Pillar.IDENTITY),
            String.format("%.0f%%", 100 * x.coverage()),
            x.width() + "/" + x.areas(),
            x.durableYears() == null ? "" : x.durableYears() + " y",
            fmt(s.stability().get(x.partner())));
      }
      brief.print(Format.TABLE, out());
      out()
          .printf(
              "coverage: the share of the method's weight with values; thin: under %.0f%% of the"
                  + " common evidence (the indicators most partners have values for), listed apart"
                  + " and not ranked; (YYYY): the pillar's newest value is from that year (older"
                  + " data, within the %d-year lookback)%n",
              100 * m.minimumCoverage(), m.lookbackYears());
    } else {
      t.print(output.format, out());
    }
    MethodOption.notice(s, out(), err(), output.format);
    return ExitCodes.OK;
  }

  /**
   * A pillar's score, with the year its newest value is from when that is before the year scored.
   */
  static String pillar(Score x, Pillar p) {
    PillarScore ps = x.pillars().get(p);
    if (ps.score() == null) return "–";
    return fmt(ps.score())
        + (ps.dataYear() != null && ps.dataYear() < x.year() ? " (" + ps.dataYear() + ")" : "");
  }

  static String fmt(Double d) {
    return d == null ? "–" : String.format("%.1f", d);
  }
}
