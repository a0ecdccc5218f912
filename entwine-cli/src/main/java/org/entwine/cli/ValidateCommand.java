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

  @Override
  int run(Store store) {
    Scoring s = method.score(store, actor);
    if (from != null) return series(s, from, to == null ? s.year() : to);
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
        .printf(
            "%s, %d, method %s v%d: %d partners ranked (%d on thin evidence left out), %d of them"
                + " strategic or higher%n",
            v.focal(),
            v.year(),
            s.method().id(),
            s.method().version(),
            v.scored(),
            v.thin(),
            v.strategic());
    out()
        .printf(
            "depth against level: AUC %s (strategic or higher against the rest; 0.5 is chance),"
                + " Spearman %s; mean coverage %.0f%%%s%n",
            num(v.auc()),
            num(v.spearman()),
            100 * v.meanCoverage(),
            v.meanRankSpread() == null
                ? ""
                : String.format(
                    "; ranks move by %.1f places on average over %d sensitivity runs",
                    v.meanRankSpread(), runs));
    Table levels = new Table("level", "partners", "mean depth", "sd", "min", "max");
    v.byLevel()
        .forEach(
            l ->
                levels.row(
                    l.level().name(),
                    l.n(),
                    fmt(l.mean()),
                    fmt(l.sd()),
                    fmt(l.min()),
                    fmt(l.max())));
    out().println();
    levels.print(Format.TABLE, out());
    Table measures =
        new Table("pillar or indicator", "partners with a value", "strategic", "AUC", "Spearman");
    v.pillars()
        .forEach(
            m ->
                measures.row(
                    "pillar " + m.name(), m.n(), m.strategic(), num(m.auc()), num(m.spearman())));
    v.indicators()
        .forEach(
            m -> measures.row(m.name(), m.n(), m.strategic(), num(m.auc()), num(m.spearman())));
    out().println();
    measures.print(Format.TABLE, out());
    out().println();
    questions(v).print(Format.TABLE, out());
    out()
        .println(
            "Each question over the ranked partners with a depth, a trade volume and a size; trade:"
                + " trade volume alone; size: the partner's total trade alone, with no tie to "
                + v.focal()
                + ". A depth that does no better than these says little more than size.");
    MethodOption.notice(s, out(), err(), output.format);
    return ExitCodes.OK;
  }

  /** The questions asked of the depth, each beside trade alone and size alone. */
  private static Table questions(Validation v) {
    Table t = new Table("question", "partners", "positives", "depth AUC", "trade AUC", "size AUC");
    for (Validation.Question q : v.questions())
      t.row(q.name(), q.n(), q.positives(), num(q.depth()), num(q.trade()), num(q.size()));
    return t;
  }

  /** The AUC of a question by the depth, trade and size, "depth/trade/size"; "–" without one. */
  private static String triple(Validation v, String prefix) {
    return v.questions().stream()
        .filter(q -> q.name().startsWith(prefix))
        .findFirst()
        .map(q -> num(q.depth()) + "/" + num(q.trade()) + "/" + num(q.size()))
        .orElse("–");
  }

  private int series(Scoring s, int first, int last) {
    List<Validation> all = Validations.years(s, first, last, runs);
    Table t =
        new Table(
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
            "forward d/t/s");
    for (Validation v : all) {
      t.row(
          v.year(),
          v.scored(),
          v.thin(),
          v.strategic(),
          output.format == Format.TABLE ? num(v.auc()) : v.auc(),
          output.format == Format.TABLE ? num(v.spearman()) : v.spearman(),
          output.format == Format.TABLE
              ? String.format("%.0f%%", 100 * v.meanCoverage())
              : v.meanCoverage(),
          output.format == Format.TABLE
              ? (v.meanRankSpread() == null ? "" : fmt(v.meanRankSpread()))
              : v.meanRankSpread(),
          output.format == Format.TABLE
              ? (v.medianEvidenceAge() == null ? "–" : fmt(v.medianEvidenceAge()))
              : v.medianEvidenceAge(),
          triple(v, Validation.Question.ALL),
          triple(v, Validation.Question.TOP_TRADERS),
          triple(v, Validation.Question.COMPREHENSIVE),
          triple(v, Validation.Question.FORWARD));
    }
    if (output.format == Format.TABLE) {
      out()
          .printf(
              "%s, %d-%d, method %s v%d: how well depth separates the strategic-or-higher partners"
                  + " each year%n",
              s.focal(), first, last, s.method().id(), s.method().version());
    }
    t.print(output.format, out());
    MethodOption.notice(s, out(), err(), output.format);
    return ExitCodes.OK;
  }

  private static String num(Double d) {
    return d == null ? "–" : String.format("%.2f", d);
  }

  private static String fmt(double d) {
    return String.format("%.1f", d);
  }
}
