package org.entwine.cli;

import java.time.LocalDate;
import java.util.List;
import org.entwine.registry.Portfolio;
import org.entwine.registry.PortfolioEntry;
import org.entwine.registry.Registry;
import org.entwine.store.DuckDbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "portfolio", mixinStandardHelpOptions = true,
    description = {"An actor's partnership frameworks as they stood on a date, highest level first.",
        "Dates are as precise as their source: 'since' is the day a level counts from,",
        "'sincePrecision' says whether the source gave the day, the month, the year, or only",
        "that it held by that day (NOT_AFTER)."})
final class PortfolioCommand extends DatabaseCommand {
  @Parameters(index = "0", paramLabel = "ACTOR", description = "The focal actor, e.g. VNM.")
  String actor;

  @Option(names = "--as-of", paramLabel = "DATE", description = "YYYY-MM-DD or 'today' (the default); repeat to compare dates.")
  List<String> asOf = List.of("today");

  @picocli.CommandLine.Mixin FormatOption output;

  @Override
  int run(DuckDbStore store) {
    Registry registry = store.load();
    String focal = actor(registry, actor);
    // One table across all dates for json and csv, so the output is one document.
    Table all = new Table("asOf", "partner", "partnerName", "partnerKind", "level", "officialName", "sectors",
        "since", "sincePrecision", "sinceAsGiven", "established", "establishedAsGiven", "status",
        "framework", "document", "sources");
    for (String text : asOf) {
      LocalDate day = Dates.parseAsOf(text);
      List<PortfolioEntry> entries = Portfolio.of(registry, focal, day);
      for (PortfolioEntry e : entries) {
        all.row(day.toString(), e.partner(), e.partnerName(), e.partnerKind(), e.level().name(),
            e.officialName(), e.sectors(), Dates.iso(e.since()), Dates.precision(e.since()),
            Dates.asGiven(e.since()), Dates.iso(e.established()), Dates.asGiven(e.established()),
            e.status().name(), e.framework(), e.document(), e.sources());
      }
      if (output.format == Format.TABLE) {
        out().println(focal + " as of " + day + ": " + entries.size() + " framework" + (entries.size() == 1 ? "" : "s"));
        Table t = new Table("partner", "name", "level", "official name", "since", "status");
        for (PortfolioEntry e : entries) {
          t.row(e.partner(), e.partnerName(), e.level().name(),
              e.officialName() + (e.sectors().isEmpty() ? "" : " (" + String.join(", ", e.sectors()) + ")"),
              Dates.asGiven(e.since()), e.status().name());
        }
        t.print(output.format, out());
        out().println();
      }
    }
    if (output.format != Format.TABLE) all.print(output.format, out());
    return ExitCodes.OK;
  }
}
