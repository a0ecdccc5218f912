package org.entwine.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.entwine.app.AsOf;
import org.entwine.registry.Portfolio;
import org.entwine.registry.PortfolioEntry;
import org.entwine.registry.Registry;
import org.entwine.source.Attestation;
import org.entwine.source.Source;
import org.entwine.storage.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "portfolio",
    mixinStandardHelpOptions = true,
    description = {
      "An actor's partnership frameworks as they stood on a date, highest level first.",
      "A pair may hold several frameworks at once: the pair stands at the level of its highest"
          + " active one (pairLevel), and every framework is listed, the pair's own first.",
      "Dates are as precise as their source: 'since' is the day a level counts from,"
          + " 'sincePrecision' says whether the source gave the day, the month, the year, or only"
          + " that it held by that day (NOT_AFTER). A 'reported' fact rests on a secondary source"
          + " or an inferred day. Each row names its source; the JSON and CSV give every URL."
    })
final class PortfolioCommand extends DatabaseCommand {
  @Parameters(index = "0", paramLabel = "ACTOR", description = "The focal actor, e.g. VNM.")
  String actor;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description = "YYYY-MM-DD or 'today' (the default); repeat to compare dates.")
  List<String> asOf = List.of("today");

  @picocli.CommandLine.Mixin FormatOption output;
  @picocli.CommandLine.Mixin LanguageOption language;

  @Override
  int run(Store store) {
    Labels w = Labels.of(language.words());
    Registry registry = store.load();
    String focal = actor(registry, actor);
    // One table across all dates for json and csv, so the output is one document.
    Table all =
        new Table(
            "asOf",
            "partner",
            "partnerName",
            "partnerKind",
            "pairLevel",
            "primary",
            "level",
            "officialName",
            "sideNames",
            "sectors",
            "since",
            "sincePrecision",
            "sinceAsGiven",
            "confidence",
            "established",
            "establishedAsGiven",
            "status",
            "framework",
            "document",
            "sources",
            "sourceUrls");
    for (String text : asOf) {
      LocalDate day = AsOf.parse(text, "--as-of");
      List<PortfolioEntry> entries = Portfolio.of(registry, focal, day);
      for (PortfolioEntry e : entries) {
        all.row(
            day.toString(),
            e.partner(),
            e.partnerName(),
            e.partnerKind(),
            e.pairLevel().name(),
            e.primary(),
            e.level().name(),
            e.officialName(),
            e.sideNames(),
            e.sectors(),
            Dates.iso(e.since()),
            Dates.precision(e.since()),
            Dates.asGiven(e.since()),
            e.confidence().label(),
            Dates.iso(e.established()),
            Dates.asGiven(e.established()),
            e.status().name(),
            e.framework(),
            e.document(),
            e.sources(),
            e.citations().stream().map(Source::url).filter(Objects::nonNull).toList());
      }
      if (output.format == Format.TABLE) {
        long partners = entries.stream().map(PortfolioEntry::partner).distinct().count();
        out().println(w.get("cli.portfolio.heading", focal, w.date(day), entries.size(), partners));
        Table t =
            new Table(
                java.util.stream.Stream.of(
                        "partner", "level", "official name", "since", "status", "source")
                    .map(w::column)
                    .toArray(String[]::new));
        for (PortfolioEntry e : entries) {
          // A pair's further frameworks are indented under its own, with their own level.
          t.row(
              e.primary() ? e.partner() + " " + w.name(registry, e.partner()) : "  +",
              e.primary() ? w.word("level", e.level()) : "+ " + w.word("level", e.level()),
              e.officialName()
                  + (e.sectors().isEmpty() ? "" : " (" + String.join(", ", e.sectors()) + ")")
                  + e.sideNames().entrySet().stream()
                      .map(n -> "; " + n.getKey() + ": " + n.getValue())
                      .collect(Collectors.joining()),
              w.date(e.since())
                  + (e.confidence() == Attestation.REPORTED ? w.get("cli.reported") : ""),
              w.word("frameworkStatus", e.status()),
              e.citations().isEmpty()
                  ? String.join(", ", e.sources())
                  : e.citations().get(0).label());
        }
        t.print(output.format, out());
        out().println();
      }
    }
    if (output.format != Format.TABLE) all.print(output.format, out());
    return ExitCodes.OK;
  }
}
