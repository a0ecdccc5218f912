package org.entwine.cli;

import java.util.List;
import java.util.Map;
import org.entwine.app.NotFoundException;
import org.entwine.events.RelationMonth;
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
    Map<String, Long> datasets = store.eventDatasets();
    if (datasets.isEmpty()) throw new NotFoundException("no events are loaded: load some with 'entwine events load FILE...'");
    String d = dataset != null ? dataset : datasets.containsKey("gdelt") ? "gdelt" : datasets.keySet().iterator().next();
    if (!datasets.containsKey(d)) {
      throw new NotFoundException("no " + d + " events are loaded (loaded: " + String.join(", ", datasets.keySet()) + ")");
    }
    int lo = from == null ? 0 : month(from, "--from");
    int hi = to == null ? 999912 : month(to, "--to");
    List<RelationMonth> out = store.eventMonths(d, a, b, lo, hi);
    List<RelationMonth> in = store.eventMonths(d, b, a, lo, hi);
    if (out.isEmpty() && in.isEmpty()) {
      throw new NotFoundException("no " + d + " events between " + a + " and " + b
          + (from == null && to == null ? "" : " in the months asked"));
    }
    int first = from != null ? lo : Math.min(first(out), first(in));
    int last = to != null ? hi : Math.max(last(out), last(in));
    List<RelationPoint> points = RelationScore.series(out, in, store.eventTotals(d, a, first, last),
        store.eventTotals(d, b, first, last), first, last, halfLife, d.equals("gdelt"));
    Table t = new Table("month", "events", "from" + a, "from" + b, "verbalCooperation", "materialCooperation",
        "verbalConflict", "materialConflict", "goldsteinMean", "toneMean", "share" + a, "share" + b, "score");
    for (RelationPoint p : points) {
      t.row(String.format("%d-%02d", p.month() / 100, p.month() % 100), p.events(), p.fromActor(), p.toActor(), p.quad()[0],
          p.quad()[1], p.quad()[2], p.quad()[3], round(p.goldsteinMean(), 2), round(p.toneMean(), 2),
          round(p.actorShare(), 4), round(p.partnerShare(), 4), round(p.score(), 2));
    }
    if (output.format == Format.TABLE) {
      out().printf("%s and %s, %s events, %d-%02d to %d-%02d (score half-life %.1f months)%n", a, b, d, first / 100, first % 100,
          last / 100, last % 100, halfLife);
    }
    t.print(output.format, out());
    return ExitCodes.OK;
  }

  private static Double round(double v, int digits) {
    if (Double.isNaN(v)) return null;
    double f = Math.pow(10, digits);
    return Math.round(v * f) / f;
  }

  private static int first(List<RelationMonth> months) {
    return months.isEmpty() ? Integer.MAX_VALUE : months.get(0).month();
  }

  private static int last(List<RelationMonth> months) {
    return months.isEmpty() ? Integer.MIN_VALUE : months.get(months.size() - 1).month();
  }

  static int month(String text, String option) {
    if (!text.matches("\\d{4}-\\d{2}") || Integer.parseInt(text.substring(5)) < 1 || Integer.parseInt(text.substring(5)) > 12) {
      throw new IllegalArgumentException(option + " expects a month YYYY-MM, got '" + text + "'");
    }
    return Integer.parseInt(text.substring(0, 4)) * 100 + Integer.parseInt(text.substring(5));
  }
}
