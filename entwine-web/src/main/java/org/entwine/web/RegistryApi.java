package org.entwine.web;

import io.javalin.config.RoutesConfig;
import java.util.List;
import org.entwine.app.Actors;
import org.entwine.registry.Portfolio;

/** The registry: actors, and an actor's frameworks on a date. */
final class RegistryApi {
  /** An actor as the list shows it. */
  record ActorSummary(String code, String kind, String name) {}

  private final Database db;

  RegistryApi(Database db) {
    this.db = db;
  }

  void routes(RoutesConfig routes) {
    routes.get("/api/actors", ctx -> ctx.json(db.read(store -> store.load().actors().stream()
        .map(a -> new ActorSummary(a.code(), a.kind().name(), a.name())).toList())));
    routes.get("/api/actors/{actor}/portfolio", ctx -> {
      var day = WebApp.asOf(ctx);
      ctx.json(db.read(store -> {
        var registry = store.load();
        String actor = Actors.resolve(registry, ctx.pathParam("actor"));
        return List.copyOf(Portfolio.of(registry, actor, day));
      }));
    });
  }
}
