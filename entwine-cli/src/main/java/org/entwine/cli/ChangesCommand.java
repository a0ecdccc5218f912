package org.entwine.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.entwine.app.AsOf;
import org.entwine.app.Changes;
import org.entwine.storage.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "changes",
    mixinStandardHelpOptions = true,
    description = {
      "What changed in an actor's relations between two dates: frameworks founded, upgraded,"
          + " suspended or resumed; depths that moved beyond the band their rank moved in over"
          + " the sensitivity runs; degrees of confidence and cells of the matrix that changed;"
          + " incidents; and the partners side by side, then and now.",
      "Each date is assessed as 'assess --as-of' would: every figure traces to 'brief' on that"
          + " date."
    })
final class ChangesCommand extends DatabaseCommand {
  @Parameters(index = "0", paramLabel = "ACTOR", description = "The focal actor, e.g. VNM.")
  String actor;

  @Option(
      names = "--since",
      paramLabel = "DATE",
      required = true,
      description = "The earlier date, YYYY-MM-DD.")
  String since;

  @Option(
      names = "--until",
      paramLabel = "DATE",
      description = "The later date, YYYY-MM-DD or 'today' (the default).")
  String until = "today";

  @Option(
      names = "--partners",
      paramLabel = "CODES",
      split = ",",
      description =
          "The partners to set side by side (default: every partner with a framework on either"
              + " date), e.g. CHN,USA,JPN,RUS.")
  List<String> partners = List.of();

  @Mixin MethodFileOption method;
  @Mixin RunsOptions sensitivity;
  @Mixin FormatOption output;
  @Mixin LanguageOption language;

  @Override
  int run(Store store) {
    LocalDate from = AsOf.parse(since, "--since");
    LocalDate to = AsOf.parse(until, "--until");
    Set<String> asked = new LinkedHashSet<>();
    var registry = store.load();
    for (String p : partners) asked.add(org.entwine.app.Actors.resolve(registry, p));
    Changes c =
        Changes.between(store, registry, method.load(), actor, from, to, sensitivity.runs, asked);
    if (output.format == Format.JSON) {
      ApiJson.print(c, out()); // the API's record of the changes
      return ExitCodes.OK;
    }
    if (output.format == Format.CSV) {
      sides(c, Labels.of(org.entwine.report.Messages.of("en")), registry)
          .print(output.format, out());
      return ExitCodes.OK;
    }
    Labels w = Labels.of(language.words());
    PrintWriter out = out();
    out.println(w.get("cli.changes.heading", c.focal(), w.date(c.since()), w.date(c.until())));
    out.println();
    out.println(w.get("cli.changes.frameworks"));
    if (c.frameworks().isEmpty()) out.println("  " + w.get("cli.changes.noFrameworks"));
    for (var s : c.frameworks())
      out.println(
          "  "
              + w.get(
                  "cli.changes.step",
                  w.date(s.event().date()),
                  w.name(registry, s.partner()),
                  w.get("change." + s.event().change()),
                  s.event().level() == null
                      ? ""
                      : w.get("cli.changes.toLevel", w.levelInWords(s.event().level())),
                  s.event().officialName() == null ? "" : " (" + s.event().officialName() + ")",
                  String.join(", ", s.event().sources())));
    out.println();
    out.println(w.get("cli.changes.moves"));
    if (c.moves().isEmpty()) out.println("  " + w.get("cli.changes.noMoves"));
    for (var m : c.moves())
      out.println(
          "  "
              + w.get(
                  "cli.changes.move",
                  w.name(registry, m.partner()),
                  w.fixed(m.depthThen(), 1),
                  w.fixed(m.depthNow(), 1),
                  w.signed(m.change(), 1),
                  String.valueOf(m.rankThen()),
                  String.valueOf(m.rankNow()),
                  w.fixed(m.rankLowThen(), 0),
                  w.fixed(m.rankHighThen(), 0),
                  w.date(c.since())));
    out.println();
    out.println(w.get("cli.changes.degrees"));
    if (c.degrees().isEmpty()) out.println("  " + w.get("cli.changes.noDegrees"));
    for (var d : c.degrees())
      out.println(
          "  "
              + w.get(
                  "cli.changes.degree",
                  w.name(registry, d.partner()),
                  w.degree(d.then()),
                  w.get("basis." + d.basisThen()),
                  w.degree(d.now()),
                  w.get("basis." + d.basisNow()),
                  cell(d.cellThen(), w),
                  cell(d.cellNow(), w)));
    out.println();
    out.println(w.get("cli.changes.incidents"));
    if (c.incidents().isEmpty()) out.println("  " + w.get("cli.changes.noIncidents"));
    for (var i : c.incidents())
      out.println(
          "  "
              + w.get(
                  "cli.changes.incident",
                  w.date(i.date()),
                  i.kind(),
                  i.title(),
                  String.join(", ", i.sources())));
    out.println();
    out.println(w.get("cli.changes.sides"));
    sides(c, w, registry).print(Format.TABLE, out);
    return ExitCodes.OK;
  }

  /** A depth to a tenth: a number for scripts, in the language's decimal sign for a reader. */
  private static Object depth(Double d, Labels w) {
    if (d == null) return null;
    double tenth = Math.round(d * 10) / 10.0;
    return w.english() ? tenth : w.fixed(tenth, 1);
  }

  /** A cell with its number and neutral wording; "none" where the partner had none. */
  private static String cell(org.entwine.trust.Cell c, Labels w) {
    return c == null
        ? w.get("cli.changes.noCell")
        : c.number() + " " + (w.english() ? c.neutral() : w.get("cellNeutral." + c.name()));
  }

  /**
   * The partners side by side: for csv and json with the API's keys and codes (in English, {@code
   * w}), for the text table in the language's words.
   */
  private static Table sides(Changes c, Labels w, org.entwine.registry.Registry registry) {
    Table t =
        new Table(
            java.util.stream.Stream.of(
                    "partner",
                    "name",
                    "levelThen",
                    "levelNow",
                    "depthThen",
                    "depthNow",
                    "rankThen",
                    "rankNow",
                    "degreeThen",
                    "degreeNow",
                    "cellThen",
                    "cellNow")
                .map(w::column)
                .toArray(String[]::new));
    for (var s : c.sideBySide())
      t.row(
          s.partner(),
          w.name(registry, s.partner()),
          w.word("level", s.levelThen()),
          w.word("level", s.levelNow()),
          depth(s.depthThen(), w),
          depth(s.depthNow(), w),
          s.rankThen(),
          s.rankNow(),
          s.degreeThen().number(),
          s.degreeNow().number(),
          s.cellThen() == null ? null : s.cellThen().number(),
          s.cellNow() == null ? null : s.cellNow().number());
    return t;
  }
}
