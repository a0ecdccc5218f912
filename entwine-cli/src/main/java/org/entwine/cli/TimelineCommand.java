package org.entwine.cli;

import java.util.List;
import org.entwine.app.NotFoundException;
import org.entwine.registry.Registry;
import org.entwine.registry.Timeline;
import org.entwine.registry.TimelineEvent;
import org.entwine.store.DuckDbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "timeline", mixinStandardHelpOptions = true,
    description = "Every establishment, upgrade, downgrade, suspension and end of the frameworks between two actors, oldest first, with founding documents and sources.")
final class TimelineCommand extends DatabaseCommand {
  @Parameters(index = "0", paramLabel = "ACTOR") String actor;
  @Parameters(index = "1", paramLabel = "PARTNER") String partner;

  @picocli.CommandLine.Mixin FormatOption output;

  @Override
  int run(DuckDbStore store) {
    Registry registry = store.load();
    String a = actor(registry, actor);
    String b = actor(registry, partner);
    List<TimelineEvent> events = Timeline.of(registry, a, b);
    if (events.isEmpty()) throw new NotFoundException("no framework between " + a + " and " + b + " is recorded");
    Table t = new Table("date", "datePrecision", "dateAsGiven", "framework", "change", "level", "officialName",
        "sectors", "document", "note", "sources");
    for (TimelineEvent e : events) {
      t.row(Dates.iso(e.date()), Dates.precision(e.date()), Dates.asGiven(e.date()), e.framework(), e.change(),
          e.level() == null ? null : e.level().name(), e.officialName(), e.sectors(), e.document(), e.note(),
          e.sources());
    }
    if (output.format == Format.TABLE) {
      Table brief = new Table("date", "change", "level", "official name", "document", "sources");
      for (TimelineEvent e : events) {
        brief.row(Dates.asGiven(e.date()), e.change(), e.level() == null ? "" : e.level().name(),
            e.officialName(), e.document(), e.sources());
      }
      out().println("Frameworks between " + a + " and " + b + ":");
      brief.print(output.format, out());
    } else {
      t.print(output.format, out());
    }
    return ExitCodes.OK;
  }
}
