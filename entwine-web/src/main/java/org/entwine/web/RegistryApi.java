package org.entwine.web;

import io.javalin.config.RoutesConfig;
import java.util.List;
import org.entwine.app.Actors;
import org.entwine.registry.PairLedgers;
import org.entwine.registry.Portfolio;
import org.entwine.registry.Timeline;

/** The registry: actors, an actor's frameworks on a date, and a pair's framework timeline and ledgers. */
final class RegistryApi {
  /** An actor as the list shows it. */
  record ActorSummary(String code, String kind, String name) {}

  private final Database db;

  RegistryApi(Database db) {
    this.db = db;
  }

  void routes(RoutesConfig routes) {
    routes.get("/api/actors", ctx -> ctx.json(db.registry().actors().stream()
        .map(a -> new ActorSummary(a.code(), a.kind().name(), a.name())).toList()));
    routes.get("/api/actors/{actor}/partners/{partner}/timeline", ctx -> {
      var registry = db.registry();
      ctx.json(List.copyOf(Timeline.of(registry, Actors.resolve(registry, ctx.pathParam("actor")),
          Actors.resolve(registry, ctx.pathParam("partner")))));
    });
    routes.get("/api/actors/{actor}/partners/{partner}/ledgers", ctx -> {
      var registry = db.registry();
      ctx.json(db.kept("ledgers", store -> new PairLedgers(db.registry())).of(Actors.resolve(registry, ctx.pathParam("actor")),
          Actors.resolve(registry, ctx.pathParam("partner"))));
    });
    routes.get("/api/actors/{actor}/portfolio", ctx -> {
      var day = WebApp.asOf(ctx);
      var registry = db.registry();
      ctx.json(List.copyOf(Portfolio.of(registry, Actors.resolve(registry, ctx.pathParam("actor")), day)));
    });
  }
}
