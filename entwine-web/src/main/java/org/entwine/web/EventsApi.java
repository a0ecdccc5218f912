package org.entwine.web;

import io.javalin.config.RoutesConfig;
import java.util.List;
import org.entwine.app.Actors;
import org.entwine.app.EventSeries;
import org.entwine.events.CameoFamily;
import org.entwine.events.RelationPoint;
import org.entwine.events.RelationScore;

/** The monthly relation between two actors from the loaded event data. */
final class EventsApi {
  /**
   * A month of the series, with no value (null) where the month has none; a month whose files are
   * not all loaded has no figures at all, and says why ({@code missing}).
   */
  record Month(
      String month,
      Long events,
      Long fromActor,
      Long toActor,
      long[] quad,
      Double goldsteinMean,
      Double toneMean,
      Double actorShare,
      Double partnerShare,
      Double score,
      java.util.Map<String, Long> families,
      String missing) {}

  /**
   * The series with what it is of; no months, and no dataset, where no loaded dataset holds any of
   * the pair.
   */
  record Series(
      String actor, String partner, String dataset, double halfLife, List<Month> months) {}

  private final SharedStore db;

  EventsApi(SharedStore db) {
    this.db = db;
  }

  void routes(RoutesConfig routes) {
    routes.get(
        "/api/actors/{actor}/partners/{partner}/events",
        ctx -> {
          var from =
              ctx.queryParam("from") == null
                  ? null
                  : EventSeries.month(ctx.queryParam("from"), "from");
          var to =
              ctx.queryParam("to") == null ? null : EventSeries.month(ctx.queryParam("to"), "to");
          var registry = db.registry();
          String a = Actors.resolve(registry, ctx.pathParam("actor"));
          String b = Actors.resolve(registry, ctx.pathParam("partner"));
          EventSeries.Series s =
              EventSeries.of(
                  db.inTurns(),
                  a,
                  b,
                  ctx.queryParam("dataset"),
                  from,
                  to,
                  RelationScore.DEFAULT_HALF_LIFE);
          ctx.json(
              new Series(
                  a,
                  b,
                  s.dataset(),
                  s.halfLife(),
                  s.points().stream()
                      .map(
                          p ->
                              s.whole(p.month())
                                  ? month(p)
                                  : new Month(
                                      p.month().toString(),
                                      null,
                                      null,
                                      null,
                                      null,
                                      null,
                                      null,
                                      null,
                                      null,
                                      null,
                                      null,
                                      s.gaps().get(p.month())))
                      .toList()));
        });
  }

  private static Month month(RelationPoint p) {
    return new Month(
        p.month().toString(),
        p.events(),
        p.fromActor(),
        p.toActor(),
        p.quad(),
        orNull(p.goldsteinMean()),
        orNull(p.toneMean()),
        orNull(p.actorShare()),
        orNull(p.partnerShare()),
        p.score(),
        CameoFamily.byLabel(p.families()),
        null);
  }

  private static Double orNull(double v) {
    return Double.isNaN(v) ? null : v;
  }
}
