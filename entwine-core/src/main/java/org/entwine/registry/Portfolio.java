package org.entwine.registry;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.entwine.actor.Actor;
import org.entwine.framework.Framework;
import org.entwine.framework.LevelChange;

/** An actor's partnership frameworks as they stood on a date. */
public final class Portfolio {
  private Portfolio() {}

  /** Highest level first, then by partner code. Ended frameworks are left out; suspended ones stay. */
  public static List<PortfolioEntry> of(Registry registry, String actor, LocalDate asOf) {
    return registry.frameworks().stream()
        .filter(f -> f.involves(actor) && f.existsOn(asOf))
        .map(f -> entry(registry, f, actor, asOf))
        .sorted(
            Comparator.comparing((PortfolioEntry e) -> -e.level().rank())
                .thenComparing(PortfolioEntry::partner))
        .toList();
  }

  static PortfolioEntry entry(Registry registry, Framework f, String actor, LocalDate asOf) {
    LevelChange c = f.changeInForce(asOf).orElseThrow();
    String partner = f.partnerOf(actor);
    Optional<Actor> p = registry.actor(partner);
    return new PortfolioEntry(
        asOf,
        partner,
        p.map(Actor::name).orElse(partner),
        p.map(Actor::kind).orElse(null),
        c.level(),
        c.officialName(),
        c.sectors(),
        c.date(),
        f.established(),
        f.statusOn(asOf),
        f.id(),
        c.document(),
        c.sources());
  }
}
