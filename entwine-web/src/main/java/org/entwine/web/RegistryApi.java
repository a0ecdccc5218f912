package org.entwine.web;

import io.javalin.config.RoutesConfig;
import java.util.List;
import org.entwine.app.Actors;
import org.entwine.registry.Asymmetric;
import org.entwine.registry.LevelCounts;
import org.entwine.registry.PairLedgers;
import org.entwine.registry.PartnershipNetwork;
import org.entwine.registry.Portfolio;
import org.entwine.registry.Timeline;

/**
 * The registry: actors, an actor's frameworks on a date, a pair's framework timeline and ledgers,
 * the counts per actor and level, the asymmetric frameworks, and the method in use.
 */
final class RegistryApi {
  /** An actor as the list shows it. */
  record ActorSummary(String code, String kind, String name) {}

  /**
   * The partnership network on a date: actors with their centrality, and the frameworks between
   * them.
   */
  record Network(List<PartnershipNetwork.Centrality> actors, List<Link> links) {}

  /** A source as the pages cite it: its title, a short citation and where to read it. */
  record SourceSummary(
      String id,
      String title,
      String citation,
      String label,
      String url,
      String version,
      boolean illustrative) {}

  /** An indicator the stored data define: its name and unit. */
  record IndicatorSummary(String id, String name, String unit, boolean directed) {}

  /** A framework in force, at its level's rank (higher is closer). */
  record Link(String a, String b, int rank) {}

  /** A framework between actors of different kinds, at its latest level. */
  record AsymmetricFramework(
      String id,
      List<String> parties,
      String kindA,
      String kindB,
      String level,
      String officialName,
      List<String> sources) {}

  private final SharedStore db;

  RegistryApi(SharedStore db) {
    this.db = db;
  }

  void routes(RoutesConfig routes) {
    routes.get(
        "/api/actors",
        ctx ->
            ctx.json(
                db.registry().actors().stream()
                    .map(a -> new ActorSummary(a.code(), a.kind().name(), a.name()))
                    .toList()));
    routes.get(
        "/api/actors/{actor}/partners/{partner}/timeline",
        ctx -> {
          var registry = db.registry();
          ctx.json(
              List.copyOf(
                  Timeline.of(
                      registry,
                      Actors.resolve(registry, ctx.pathParam("actor")),
                      Actors.resolve(registry, ctx.pathParam("partner")))));
        });
    routes.get(
        "/api/actors/{actor}/partners/{partner}/ledgers",
        ctx -> {
          var registry = db.registry();
          ctx.json(
              db.<PairLedgers>kept(ctx, "ledgers", null, () -> new PairLedgers(db.registry()))
                  .of(
                      Actors.resolve(registry, ctx.pathParam("actor")),
                      Actors.resolve(registry, ctx.pathParam("partner"))));
        });
    routes.get(
        "/api/registry/counts",
        ctx -> {
          var day = WebApp.asOf(ctx);
          ctx.json(List.copyOf(LevelCounts.asOf(db.registry(), day)));
        });
    routes.get(
        "/api/registry/asymmetric",
        ctx ->
            ctx.json(
                Asymmetric.of(db.registry()).stream()
                    .map(
                        e ->
                            new AsymmetricFramework(
                                e.framework().id(),
                                e.framework().parties(),
                                e.kindA().name(),
                                e.kindB().name(),
                                e.framework()
                                    .changes()
                                    .get(e.framework().changes().size() - 1)
                                    .level()
                                    .name(),
                                e.framework()
                                    .changes()
                                    .get(e.framework().changes().size() - 1)
                                    .officialName(),
                                e.framework().sources()))
                    .toList()));
    routes.get("/api/method", ctx -> ctx.json(db.method()));
    routes.get(
        "/api/sources",
        ctx ->
            ctx.json(
                db.registry().sources().stream()
                    .map(
                        s ->
                            new SourceSummary(
                                s.id(),
                                s.title(),
                                s.citation(),
                                s.label(),
                                s.url(),
                                s.version(),
                                s.illustrative()))
                    .toList()));
    routes.get(
        "/api/indicators",
        ctx ->
            ctx.json(
                db.registry().indicators().stream()
                    .map(i -> new IndicatorSummary(i.id(), i.name(), i.unit(), i.directed()))
                    .toList()));
    routes.get(
        "/api/registry/network",
        ctx -> {
          var day = WebApp.asOf(ctx);
          ctx.json(
              db.kept(
                  ctx,
                  "network " + day,
                  null,
                  () -> {
                    var registry = db.registry();
                    var graph = PartnershipNetwork.graph(registry, day);
                    List<Link> links =
                        graph.edgeSet().stream()
                            .map(
                                e ->
                                    new Link(
                                        graph.getEdgeSource(e),
                                        graph.getEdgeTarget(e),
                                        (int) graph.getEdgeWeight(e)))
                            .toList();
                    return new Network(PartnershipNetwork.centrality(registry, day), links);
                  }));
        });
    routes.get(
        "/api/actors/{actor}/levels",
        ctx -> {
          var day = WebApp.asOf(ctx);
          String actor = Actors.resolve(db.registry(), ctx.pathParam("actor"));
          int from = WebApp.number(ctx, "from", day.getYear() - 30, 1900, day.getYear());
          ctx.json(List.copyOf(Portfolio.levelsByYear(db.registry(), actor, from, day)));
        });
    routes.get(
        "/api/actors/{actor}/portfolio",
        ctx -> {
          var day = WebApp.asOf(ctx);
          String actor = Actors.resolve(db.registry(), ctx.pathParam("actor"));
          // kept until a write touches the actor (its frameworks, or a partner's name)
          ctx.contentType("application/json")
              .result(
                  db.keptJson(
                      ctx,
                      "portfolio " + actor + " " + day,
                      java.util.Set.of(actor),
                      () -> List.copyOf(Portfolio.of(db.registry(), actor, day))));
        });
  }
}
