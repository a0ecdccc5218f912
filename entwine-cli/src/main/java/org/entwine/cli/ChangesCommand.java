package org.entwine.cli;

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

  @Mixin MethodOption method;
  @Mixin RunsOptions sensitivity;
  @Mixin FormatOption output;

  @Override
  int run(Store store) {
    LocalDate from = AsOf.parse(since, "--since");
    LocalDate to = AsOf.parse(until, "--until");
    Set<String> asked = new LinkedHashSet<>();
    var registry = store.load();
    for (String p : partners) asked.add(org.entwine.app.Actors.resolve(registry, p));
    Changes c = Changes.between(store, method.load(), actor, from, to, sensitivity.runs, asked);
    if (output.format == Format.JSON) {
      ApiJson.print(c, out()); // the API's record of the changes
      return ExitCodes.OK;
    }
    if (output.format == Format.CSV) {
      sides(c).print(output.format, out());
      return ExitCodes.OK;
    }
    out().printf("%s, what changed from %s to %s%n", c.focal(), c.since(), c.until());
    out().println();
    out().println("FRAMEWORKS");
    if (c.frameworks().isEmpty()) out().println("  none founded, upgraded, suspended or resumed");
    for (var s : c.frameworks())
      out()
          .printf(
              "  %s  %s %s%s%s  [%s]%n",
              s.event().date(),
              s.name(),
              s.event().change().toLowerCase(java.util.Locale.ROOT),
              s.event().level() == null
                  ? ""
                  : " to "
                      + s.event()
                          .level()
                          .name()
                          .toLowerCase(java.util.Locale.ROOT)
                          .replace('_', ' '),
              s.event().officialName() == null ? "" : " (" + s.event().officialName() + ")",
              String.join(", ", s.event().sources()));
    out().println();
    out().println("DEPTH BEYOND ITS RANK BAND");
    if (c.moves().isEmpty()) out().println("  no rank moved outside the band it moved in then");
    for (var m : c.moves())
      out()
          .printf(
              "  %s: depth %.1f -> %.1f (%+.1f), rank %d -> %d, beyond the band %.0f-%.0f it moved"
                  + " in on %s%n",
              m.name(),
              m.depthThen(),
              m.depthNow(),
              m.change(),
              m.rankThen(),
              m.rankNow(),
              m.rankLowThen(),
              m.rankHighThen(),
              c.since());
    out().println();
    out().println("DEGREES OF CONFIDENCE AND CELLS");
    if (c.degrees().isEmpty()) out().println("  none changed");
    for (var d : c.degrees())
      out()
          .printf(
              "  %s: %s (%s) -> %s (%s); cell %s -> %s%n",
              d.name(),
              d.then().label(),
              d.basisThen(),
              d.now().label(),
              d.basisNow(),
              d.cellThen() == null ? "none" : d.cellThen().number() + " " + d.cellThen().neutral(),
              d.cellNow() == null ? "none" : d.cellNow().number() + " " + d.cellNow().neutral());
    out().println();
    out().println("INCIDENTS");
    if (c.incidents().isEmpty()) out().println("  none recorded in the period");
    for (var i : c.incidents())
      out()
          .printf(
              "  %s  %s: %s [%s]%n", i.date(), i.kind(), i.title(), String.join(", ", i.sources()));
    out().println();
    out().println("SIDE BY SIDE");
    sides(c).print(Format.TABLE, out());
    return ExitCodes.OK;
  }

  private static Table sides(Changes c) {
    Table t =
        new Table(
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
            "cellNow");
    for (var s : c.sideBySide())
      t.row(
          s.partner(),
          s.name(),
          s.levelThen().name(),
          s.levelNow().name(),
          s.depthThen() == null ? null : Math.round(s.depthThen() * 10) / 10.0,
          s.depthNow() == null ? null : Math.round(s.depthNow() * 10) / 10.0,
          s.rankThen(),
          s.rankNow(),
          s.degreeThen().number(),
          s.degreeNow().number(),
          s.cellThen() == null ? null : s.cellThen().number(),
          s.cellNow() == null ? null : s.cellNow().number());
    return t;
  }
}
