package org.entwine.web;

import io.javalin.config.RoutesConfig;
import org.entwine.app.Assessor;
import org.entwine.app.Scoring;

/** The focal actor's portfolio assessed: what {@code entwine assess} prints, as JSON. */
final class AssessmentApi {
  private final Database db;

  AssessmentApi(Database db) {
    this.db = db;
  }

  void routes(RoutesConfig routes) {
    routes.get("/api/actors/{actor}/assessment", ctx -> {
      var day = WebApp.asOf(ctx);
      int runs = WebApp.number(ctx, "runs", 200, 1, 10_000);
      String actor = ctx.pathParam("actor");
      ctx.json(db.kept("assessment " + actor + " " + day + " " + runs, store ->
          Assessor.assess(new Scoring(store, db.method(), actor, null, day.getYear()), day, runs, false)));
    });
  }
}
