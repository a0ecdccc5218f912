package org.entwine.cli;

import org.entwine.app.EventSeries;
import org.entwine.app.NotFoundException;
import org.entwine.events.RelationPoint;
import org.entwine.events.RelationScore;
import org.entwine.registry.Registry;
import org.entwine.store.DuckDbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "series", mixinStandardHelpOptions = true,
    description = {"The monthly relation between two actors from the loaded events: events",
        "each way, by QuadClass, the mean Goldstein score and tone, the pair's share",
        "of each side's events that month, and the relation score (-9 hostile to",
        "+9 friendly, carried over with decay; docs/method.md gives the formula)."})
final class EventsSeriesCommand extends DatabaseCommand {
  @Parameters(index = "0", paramLabel = "ACTOR") String actor;
  @Parameters(index = "1", paramLabel = "PARTNER") String partner;

  @Option(names = "--from", paramLabel = "YYYY-MM", description = "First month (default: the first with events).")
  String from;

  @Option(names = "--to", paramLabel = "YYYY-MM", description = "Last month (default: the last with events).")
  String to;

  @Option(names = "--dataset", paramLabel = "NAME", description = "gdelt or icews (default: gdelt if loaded, else icews).")
  String dataset;

  @Option(names = "--half-life", paramLabel = "MONTHS", description = "How fast an event's effect on the score fades (default: 3).")
  double halfLife = RelationScore.DEFAULT_HALF_LIFE;

  @picocli.CommandLine.Mixin FormatOption output;

  @Override
  int run(DuckDbStore store) {
    Registry registry = store.load();
    String a = actor(registry, actor);
    String b = actor(registry, partner);
    EventSeries.Series series = EventSeries.of(store, a, b, dataset, from == null ? null : EventSeries.month(from, "--from"),
        to == null ? null : EventSeries.month(to, "--to"), halfLife);
    if (series.points().isEmpty()) {
      throw new NotFoundException("no " + series.dataset() + " events between " + a + " and " + b
          + (from == null && to == null ? "" : " in the months asked"));
    }
    Table t = new Table("month", "events", "from" + a, "from" + b, "verbalCooperation", "materialCooperation",
        "verbalConflict", "materialConflict", "goldsteinMean", "toneMean", "share" + a, "share" + b, "score");
    for (RelationPoint p : series.points()) {
      t.row(EventSeries.monthText(p.month()), p.events(), p.fromActor(), p.toActor(), p.quad()[0],
          p.quad()[1], p.quad()[2], p.quad()[3], round(p.goldsteinMean(), 2), round(p.toneMean(), 2),
          round(p.actorShare(), 4), round(p.partnerShare(), 4), round(p.score(), 2));
    }
    if (output.format == Format.TABLE) {
      int first = series.points().get(0).month();
      int last = series.points().get(series.points().size() - 1).month();
      out().printf("%s and %s, %s events, %s to %s (score half-life %.1f months)%n", a, b, series.dataset(),
          EventSeries.monthText(first), EventSeries.monthText(last), halfLife);
    }
    t.print(output.format, out());
    return ExitCodes.OK;
  }

  private static Double round(double v, int digits) {
    if (Double.isNaN(v)) return null;
    double f = Math.pow(10, digits);
    return Math.round(v * f) / f;
  }
}
