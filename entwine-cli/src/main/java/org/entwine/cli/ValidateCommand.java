package org.entwine.cli;

import java.util.List;
import org.entwine.app.Scoring;
import org.entwine.app.Validations;
import org.entwine.storage.Store;
import org.entwine.validation.Validation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "How well the depth agrees with what is known: the frameworks the parties chose.",
      "For a year:",
      "the depth at each level, the AUC of 'strategic or higher' (STRATEGIC,"
          + " COMPREHENSIVE_STRATEGIC, SPECIAL) against every other ranked partner (0.5 is chance,"
          + " 1 perfect separation), the Spearman correlation of level and depth, the same for each"
          + " pillar and indicator (which separate and which do not), coverage, and how far ranks"
          + " move under the sensitivity runs. With --from/--to, the headline figures year by"
          + " year.",
      "The label is never an input to the depth, so this is a fair check, not a circular one."
    })
final class ValidateCommand extends DatabaseCommand {
  @Parameters(index = "0", paramLabel = "ACTOR")
  String actor;

  @Option(
      names = "--from",
      paramLabel = "YEAR",
      description = "First year of a series (with --to).")
  Integer from;

  @Option(
      names = "--to",
      paramLabel = "YEAR",
      description = "Last year of a series (default: the scoring year).")
  Integer to;

  @Option(
      names = "--runs",
      paramLabel = "N",
      description = "Sensitivity runs for the rank spread (default: 100; 0 for none).")
  int runs = 100;

  @Mixin MethodOption method;
  @Mixin FormatOption output;
  @Mixin LanguageOption language;

  @Override
  int run(Store store) {
    Labels w = Labels.of(language.words());
    Scoring s = method.score(store, actor);
    if (from != null) return series(s, from, to == null ? s.year() : to, w);
    Validation v = Validations.of(s, s.year(), runs);
    if (output.format != Format.TABLE) {
      Table t = new Table("focal", "year", "measure", "n", "strategic", "auc", "spearman");
      t.row(v.focal(), v.year(), "depth", v.scored(), v.strategic(), v.auc(), v.spearman());
      v.pillars()
          .forEach(
              m ->
                  t.row(
                      v.focal(),
                      v.year(),
                      "pillar:" + m.name(),
                      m.n(),
                      m.strategic(),
                      m.auc(),
                      m.spearman()));
      v.indicators()
          .forEach(
              m ->
                  t.row(
                      v.focal(), v.year(), m.name(), m.n(), m.strategic(), m.auc(), m.spearman()));
      if (output.format == Format.JSON)
        out().println(org.entwine.json.DomainJson.json().valueToTree(v).toPrettyString());
      else t.print(output.format, out());
      return ExitCodes.OK;
    }
    out()
        .println(
            w.get(
                "cli.validate.heading",
                v.focal(),
                String.valueOf(v.year()),
                s.method().id(),
                String.valueOf(s.method().version()),
                String.valueOf(v.scored()),
                String.valueOf(v.thin()),
                String.valueOf(v.strategic())));
    out()
        .println(
            w.get(
                "cli.validate.depth",
                num(v.auc(), w),
                num(v.spearman(), w),
                w.percent(v.meanCoverage(), 0),
                v.meanRankSpread() == null
                    ? ""
                    : w.get(
                        "cli.validate.spread",
                        w.fixed(v.meanRankSpread(), 1),
                        String.valueOf(runs))));
    Table levels =
        new Table(
            java.util.stream.Stream.of("level", "partners", "mean depth", "sd", "min", "max")
                .map(w::column)
                .toArray(String[]::new));
    v.byLevel()
        .forEach(
            l ->
                levels.row(
                    w.word("level", l.level()),
                    l.n(),
                    w.fixed(l.mean(), 1),
                    w.fixed(l.sd(), 1),
                    w.fixed(l.min(), 1),
                    w.fixed(l.max(), 1)));
    out().println();
    levels.print(Format.TABLE, out());
    Table measures =
        new Table(
            java.util.stream.Stream.of(
                    "pillar or indicator", "partners with a value", "strategic", "AUC", "Spearman")
                .map(w::column)
                .toArray(String[]::new));
    v.pillars()
        .forEach(
            m ->
                measures.row(
                    w.get("cli.validate.pillar", w.word("pillar", m.name())),
                    m.n(),
                    m.strategic(),
                    num(m.auc(), w),
                    num(m.spearman(), w)));
    v.indicators()
        .forEach(
            m ->
                measures.row(
                    w.indicator(m.name()),
                    m.n(),
                    m.strategic(),
                    num(m.auc(), w),
                    num(m.spearman(), w)));
    out().println();
    measures.print(Format.TABLE, out());
    out().println();
    questions(v, w).print(Format.TABLE, out());
    out().println(w.get("cli.validate.questions", v.focal()));
    MethodOption.notice(s, out(), err(), output.format);
    return ExitCodes.OK;
  }

  /** The questions asked of the depth, each beside trade alone and size alone. */
  private static Table questions(Validation v, Labels w) {
    Table t =
        new Table(
            java.util.stream.Stream.of(
                    "question", "partners", "positives", "depth AUC", "trade AUC", "size AUC")
                .map(w::column)
                .toArray(String[]::new));
    for (Validation.Question q : v.questions())
      t.row(
          question(q.name(), w),
          q.n(),
          q.positives(),
          num(q.depth(), w),
          num(q.trade(), w),
          num(q.size(), w));
    return t;
  }

  /** A question by its name in the language: the core's English, with its count in brackets. */
  private static String question(String name, Labels w) {
    if (w.english()) return name;
    for (var q :
        java.util.Map.of(
                Validation.Question.ALL, "all",
                Validation.Question.TOP_TRADERS, "topTraders",
                Validation.Question.COMPREHENSIVE, "comprehensive",
                Validation.Question.FORWARD, "forward")
            .entrySet())
      if (name.startsWith(q.getKey()))
        return w.get("cli.question." + q.getValue()) + name.substring(q.getKey().length());
    return name;
  }

  /** The AUC of a question by the depth, trade and size, "depth/trade/size"; "–" without one. */
  private static String triple(Validation v, String prefix, Labels w) {
    return v.questions().stream()
        .filter(q -> q.name().startsWith(prefix))
        .findFirst()
        .map(q -> num(q.depth(), w) + "/" + num(q.trade(), w) + "/" + num(q.size(), w))
        .orElse("–");
  }

  private int series(Scoring s, int first, int last, Labels w) {
    List<Validation> all = Validations.years(s, first, last, runs);
    boolean table = output.format == Format.TABLE;
    Table t =
        new Table(
            java.util.stream.Stream.of(
                    "year",
                    "ranked",
                    "thin",
                    "strategic",
                    "auc",
                    "spearman",
                    "meanCoverage",
                    "meanRankSpread",
                    "medianAge",
                    "all d/t/s",
                    "topTraders d/t/s",
                    "csVsS d/t/s",
                    "forward d/t/s")
                .map(c -> table ? w.column(c) : c)
                .toArray(String[]::new));
    for (Validation v : all) {
      t.row(
          v.year(),
          v.scored(),
          v.thin(),
          v.strategic(),
          table ? num(v.auc(), w) : v.auc(),
          table ? num(v.spearman(), w) : v.spearman(),
          table ? w.percent(v.meanCoverage(), 0) : v.meanCoverage(),
          table
              ? (v.meanRankSpread() == null ? "" : w.fixed(v.meanRankSpread(), 1))
              : v.meanRankSpread(),
          table
              ? (v.medianEvidenceAge() == null ? "–" : w.fixed(v.medianEvidenceAge(), 1))
              : v.medianEvidenceAge(),
          triple(v, Validation.Question.ALL, w),
          triple(v, Validation.Question.TOP_TRADERS, w),
          triple(v, Validation.Question.COMPREHENSIVE, w),
          triple(v, Validation.Question.FORWARD, w));
    }
    if (output.format == Format.TABLE) {
      out()
          .println(
              w.get(
                  "cli.validate.series",
                  s.focal(),
                  String.valueOf(first),
                  String.valueOf(last),
                  s.method().id(),
                  String.valueOf(s.method().version())));
    }
    t.print(output.format, out());
    MethodOption.notice(s, out(), err(), output.format);
    return ExitCodes.OK;
  }

  private static String num(Double d, Labels w) {
    return d == null ? "–" : w.fixed(d, 2);
  }
}
