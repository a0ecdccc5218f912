package org.entwine.cli;

import java.util.List;
import org.entwine.app.NotFoundException;
import org.entwine.registry.Registry;
import org.entwine.registry.Timeline;
import org.entwine.registry.TimelineEvent;
import org.entwine.storage.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(
    name = "timeline",
    mixinStandardHelpOptions = true,
    description =
        "Every establishment, upgrade, downgrade, suspension and end of the frameworks between two"
            + " actors, oldest first, with founding documents and sources.")
final class TimelineCommand extends DatabaseCommand {
  @Parameters(index = "0", paramLabel = "ACTOR")
  String actor;

  @Parameters(index = "1", paramLabel = "PARTNER")
  String partner;

  @picocli.CommandLine.Mixin FormatOption output;
  @picocli.CommandLine.Mixin LanguageOption language;

  @Override
  int run(Store store) {
    Labels w = Labels.of(language.words());
    Registry registry = store.load();
    String a = actor(registry, actor);
    String b = actor(registry, partner);
    List<TimelineEvent> events = Timeline.of(registry, a, b);
    if (events.isEmpty())
      throw new NotFoundException("no framework between " + a + " and " + b + " is recorded");
    Table t =
        new Table(
            "date",
            "datePrecision",
            "dateAsGiven",
            "framework",
            "change",
            "level",
            "officialName",
            "sideNames",
            "sectors",
            "document",
            "note",
            "disagreement",
            "confidence",
            "sources",
            "sourceUrls");
    for (TimelineEvent e : events) {
      t.row(
          Dates.iso(e.date()),
          Dates.precision(e.date()),
          Dates.asGiven(e.date()),
          e.framework(),
          e.change(),
          e.level() == null ? null : e.level().name(),
          e.officialName(),
          e.sideNames(),
          e.sectors(),
          e.document(),
          e.note(),
          e.disagreement(),
          e.confidence().label(),
          e.sources(),
          e.sources().stream()
              .map(id -> registry.source(id).map(s -> s.url()).orElse(null))
              .filter(java.util.Objects::nonNull)
              .toList());
    }
    if (output.format == Format.TABLE) {
      Table brief =
          new Table(
              java.util.stream.Stream.of(
                      "date", "framework", "change", "level", "official name", "document", "source")
                  .map(w::column)
                  .toArray(String[]::new));
      List<String> notes = new java.util.ArrayList<>();
      for (TimelineEvent e : events) {
        String date =
            w.date(e.date())
                + (e.confidence() == org.entwine.source.Attestation.REPORTED
                    ? w.get("cli.reported")
                    : "");
        if (e.disagreement() != null) {
          notes.add(date + ": " + e.disagreement());
          date += " [" + notes.size() + "]";
        }
        brief.row(
            date,
            e.framework(),
            w.word("change", e.change()),
            e.level() == null ? "" : w.word("level", e.level()),
            (e.officialName() == null ? "" : e.officialName())
                + e.sideNames().entrySet().stream()
                    .map(n -> "; " + n.getKey() + ": " + n.getValue())
                    .collect(java.util.stream.Collectors.joining()),
            e.document(),
            e.sources().stream()
                .map(id -> registry.source(id).map(s -> s.label()).orElse(id))
                .collect(java.util.stream.Collectors.joining("; ")));
      }
      out().println(w.get("cli.timeline.heading", w.name(registry, a), w.name(registry, b)));
      brief.print(output.format, out());
      for (int i = 0; i < notes.size(); i++)
        out().println(w.get("cli.timeline.disagree", i + 1, notes.get(i)));
      if (!notes.isEmpty()) out().flush();
    } else {
      t.print(output.format, out());
    }
    return ExitCodes.OK;
  }
}
