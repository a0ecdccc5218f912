package org.entwine.registry;

import java.util.List;
import java.util.Objects;
import org.entwine.actor.Actor;
import org.entwine.actor.ActorKind;
import org.entwine.framework.Framework;

/**
 * The papers' "asymmetric" partnerships: between actors of different kinds (a state and an
 * organization, an alliance and a state, a region and an organization, two continents).
 */
public final class Asymmetric {
  private Asymmetric() {}

  public record Entry(Framework framework, ActorKind kindA, ActorKind kindB) {}

  public static List<Entry> of(Registry registry) {
    return registry.frameworks().stream()
        .map(
            f ->
                new Entry(
                    f, kind(registry, f.parties().get(0)), kind(registry, f.parties().get(1))))
        .filter(e -> e.kindA() != ActorKind.STATE || e.kindB() != ActorKind.STATE)
        .filter(e -> !Objects.equals(e.kindA(), e.kindB()) || e.kindA() != ActorKind.STATE)
        .sorted(java.util.Comparator.comparing((Entry e) -> e.framework().established()))
        .toList();
  }

  private static ActorKind kind(Registry r, String code) {
    return r.actor(code).map(Actor::kind).orElse(null);
  }
}
