package org.entwine.cli;

import org.entwine.app.Actors;
import org.entwine.app.NotFoundException;
import org.entwine.app.Scoring;
import org.entwine.method.Contribution;
import org.entwine.method.Method;
import org.entwine.method.Pillar;
import org.entwine.method.Score;
import org.entwine.storage.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = {
      "Why a partner scored what it did: each indicator's raw value, the year it is from, its"
          + " source, its 0-100 score over the reference set, its weight, and the points it adds to"
          + " depth."
    })
final class ExplainCommand extends DatabaseCommand {
  @Parameters(index = "0", paramLabel = "ACTOR")
  String actor;

  @Parameters(index = "1", paramLabel = "PARTNER")
  String partner;

  @Mixin MethodOption method;
  @Mixin AsOfOption asOf;
  @Mixin FormatOption output;

  @Override
  int run(Store store) {
    Scoring s = method.score(store, actor, asOf.day().getYear());
    Method m = s.method();
    String p = Actors.resolve(s.registry(), partner);
    Score x =
        s.scores().stream()
            .filter(sc -> sc.partner().equals(p))
            .findFirst()
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "no evidence on "
                            + s.focal()
                            + " and "
                            + p
                            + " in "
                            + s.year()
                            + " for method "
                            + m.id()));
    Table t =
        new Table(
            "pillar",
            "side",
            "indicator",
            "raw",
            "rawYear",
            "source",
            "sourceTitle",
            "ageYears",
            "note",
            "normalized",
            "weightInPillar",
            "points");
    for (Contribution c : x.contributions()) {
      String title =
          s.registry().source(c.raw().source()).map(src -> src.citation()).orElse(c.raw().source());
      t.row(
          c.pillar(),
          c.side(),
          c.indicator(),
          c.raw().value(),
          c.raw().year(),
          c.raw().source(),
          title,
          x.year() - c.raw().year(),
          c.raw().note(),
          c.normalized(),
          c.weight(),
          c.points());
    }
    if (output.format == Format.TABLE) {
      out()
          .printf(
              "%s and %s, %d, method %s v%d (sha256 %s…)%n",
              s.focal(), p, s.year(), m.id(), m.version(), m.hash().substring(0, 12));
      out()
          .printf(
              "depth %s (coverage %.0f%%): interests %s, institutions %s, identity %s; width %d/%d;"
                  + " durable %s%n",
              ScoreCommand.fmt(x.depth()),
              100 * x.coverage(),
              ScoreCommand.fmt(x.pillars().get(Pillar.INTERESTS).score()),
              ScoreCommand.fmt(x.pillars().get(Pillar.INSTITUTIONS).score()),
              ScoreCommand.fmt(x.pillars().get(Pillar.IDENTITY).score()),
              x.width(),
              x.areas(),
              x.durableYears() == null ? "(no framework)" : x.durableYears() + " years");
      out().println(age(x));
      out()
          .printf(
              "stability %s from the volatility of %s%n%n",
              ScoreCommand.fmt(s.stability().get(p)),
              s.volatility().getOrDefault(p, java.util.Map.of()).isEmpty()
                  ? "no series with three years in the window"
                  : s.volatility().get(p).entrySet().stream()
                      .map(e -> String.format("%s %.3f", e.getKey(), e.getValue()))
                      .collect(java.util.stream.Collectors.joining(", ")));
      Table brief =
          new Table("pillar", "side", "indicator", "raw", "year", "source", "score", "points");
      for (Contribution c : x.contributions()) {
        brief.row(
            c.pillar(),
            c.side(),
            c.indicator(),
            c.raw().value(),
            c.raw().year(),
            c.raw().source(),
            String.format("%.1f", c.normalized()),
            String.format("%.2f", c.points()));
      }
      brief.print(Format.TABLE, out());
      var missing =
          m.indicators().stream()
              .map(i -> i.id())
              .filter(
                  i ->
                      x.contributions().stream().noneMatch(c -> c.indicator().equals(i))
                          && !x.uninformative().contains(i))
              .toList();
      if (!x.uninformative().isEmpty()) {
        out()
            .println(
                "\nthe same for every partner this year, so left out: "
                    + String.join(", ", x.uninformative()));
      }
      if (!missing.isEmpty())
        out()
            .println(
                "missing (left out, their weight spread over the rest): "
                    + String.join(", ", missing));
    } else {
      t.print(output.format, out());
    }
    MethodOption.notice(s, out(), err(), output.format);
    return ExitCodes.OK;
  }

  /** How old the evidence behind a score is, in a sentence: on average, and by pillar. */
  static String age(org.entwine.method.Score x) {
    if (x.evidenceAge() == null) return "evidence age: no values";
    return String.format(
        "evidence age %.1f years on average (weighted as the values weigh in the depth): %s",
        x.evidenceAge(),
        java.util.Arrays.stream(Pillar.values())
            .filter(p -> x.pillars().get(p).age() != null)
            .map(
                p ->
                    String.format(
                        "%s %.1f (latest %d)",
                        p.name().toLowerCase(java.util.Locale.ROOT),
                        x.pillars().get(p).age(),
                        x.pillars().get(p).dataYear()))
            .collect(java.util.stream.Collectors.joining(", ")));
  }
}
