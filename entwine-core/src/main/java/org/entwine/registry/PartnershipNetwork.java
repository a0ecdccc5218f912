package org.entwine.registry;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.entwine.framework.Framework;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * The partnership network on a date: actors as vertices, frameworks as edges weighted by level
 * rank. Degree says who holds many partnerships; betweenness says who bridges otherwise separate
 * parts of the network.
 */
public final class PartnershipNetwork {
  private PartnershipNetwork() {}

  public record Centrality(String actor, int degree, double betweenness) {}

  public static Graph<String, DefaultWeightedEdge> graph(Registry registry, LocalDate asOf) {
    Graph<String, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
    for (Framework f : registry.frameworks()) {
      if (!f.existsOn(asOf)) continue;
      String a = f.parties().get(0);
      String b = f.parties().get(1);
      g.addVertex(a);
      g.addVertex(b);
      DefaultWeightedEdge e = g.getEdge(a, b);
      int rank = Math.max(1, f.changeInForce(asOf).orElseThrow().level().rank());
      if (e == null) g.setEdgeWeight(g.addEdge(a, b), rank);
      else g.setEdgeWeight(e, Math.max(rank, g.getEdgeWeight(e)));
    }
    return g;
  }

  /** Actors by betweenness (normalized to 0..1), then degree. */
  public static List<Centrality> centrality(Registry registry, LocalDate asOf) {
    Graph<String, DefaultWeightedEdge> g = graph(registry, asOf);
    Map<String, Double> between = new BetweennessCentrality<>(g, true).getScores();
    return g.vertexSet().stream()
        .map(v -> new Centrality(v, g.degreeOf(v), between.get(v)))
        .sorted(
            Comparator.comparingDouble((Centrality c) -> -c.betweenness())
                .thenComparingInt(c -> -c.degree())
                .thenComparing(Centrality::actor))
        .toList();
  }
}
