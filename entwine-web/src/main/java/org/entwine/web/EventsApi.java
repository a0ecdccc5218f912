package org.entwine.web;

import io.javalin.config.RoutesConfig;
import java.util.List;
import org.entwine.app.Actors;
import org.entwine.app.NotFoundException;
import org.entwine.events.RelationMonth;
import org.entwine.events.RelationPoint;
import org.entwine.events.RelationScore;

/** The monthly relation between two actors from the loaded event data. */
final class EventsApi {
  /** A month of the series, with no value (null) where the month has none. */
  record Month(String month, long events, long fromActor, long toActor, long[] quad, Double goldsteinMean, Double toneMean,
      Double actorShare, Double partnerShare, double score) {}

  /** The series with what it is of. */
  record Series(String actor, String partner, String dataset, double halfLife, List<Month> months) {}

  private final Database db;

  EventsApi(Database db) {
    this.db = db;
  }

  void routes(RoutesConfig routes) {
    routes.get("/api/actors/{actor}/partners/{partner}/events", ctx -> {
      int from = month(ctx.queryParam("from"), "from", 0);
      int to = month(ctx.queryParam("to"), "to", 999912);
      var registry = db.registry();
      ctx.json(db.read(store -> {
        String a = Actors.resolve(registry, ctx.pathParam("actor"));
        String b = Actors.resolve(registry, ctx.pathParam("partner"));
        var datasets = store.eventDatasets();
        if (datasets.isEmpty()) throw new NotFoundException("no events are loaded: load some with 'entwine events load FILE...'");
        String d = ctx.queryParam("dataset") != null ? ctx.queryParam("dataset") : datasets.containsKey("gdelt") ? "gdelt"
            : datasets.keySet().iterator().next();
        if (!datasets.containsKey(d)) throw new NotFoundException("no " + d + " events are loaded");
        List<RelationMonth> out = store.eventMonths(d, a, b, from, to);
        List<RelationMonth> in = store.eventMonths(d, b, a, from, to);
        if (out.isEmpty() && in.isEmpty()) return new Series(a, b, d, RelationScore.DEFAULT_HALF_LIFE, List.of());
        int first = Math.min(out.isEmpty() ? Integer.MAX_VALUE : out.get(0).month(), in.isEmpty() ? Integer.MAX_VALUE : in.get(0).month());
        int last = Math.max(out.isEmpty() ? 0 : out.get(out.size() - 1).month(), in.isEmpty() ? 0 : in.get(in.size() - 1).month());
        List<RelationPoint> points = RelationScore.series(out, in, store.eventTotals(d, a, first, last),
            store.eventTotals(d, b, first, last), first, last, RelationScore.DEFAULT_HALF_LIFE, d.equals("gdelt"));
        return new Series(a, b, d, RelationScore.DEFAULT_HALF_LIFE, points.stream().map(EventsApi::month).toList());
      }));
    });
  }

  private static Month month(RelationPoint p) {
    return new Month(String.format("%d-%02d", p.month() / 100, p.month() % 100), p.events(), p.fromActor(), p.toActor(), p.quad(),
        orNull(p.goldsteinMean()), orNull(p.toneMean()), orNull(p.actorShare()), orNull(p.partnerShare()), p.score());
  }

  private static Double orNull(double v) {
    return Double.isNaN(v) ? null : v;
  }

  private static int month(String text, String name, int otherwise) {
    if (text == null || text.isBlank()) return otherwise;
    if (!text.matches("\\d{4}-\\d{2}") || Integer.parseInt(text.substring(5)) < 1 || Integer.parseInt(text.substring(5)) > 12) {
      throw new IllegalArgumentException(name + " expects a month as YYYY-MM, got '" + text + "'");
    }
    return Integer.parseInt(text.substring(0, 4)) * 100 + Integer.parseInt(text.substring(5));
  }
}
