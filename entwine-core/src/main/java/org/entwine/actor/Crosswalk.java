package org.entwine.actor;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Maps codes of other systems (COW numbers, ISO alpha-2, FIPS…) onto Entwine's actor codes. Built
 * from the actors' own {@link Actor#codes()}; an Entwine code always maps to itself.
 */
public final class Crosswalk {
  private final Map<CodeSystem, Map<String, String>> bySystem = new EnumMap<>(CodeSystem.class);
  private final Map<String, Actor> actors = new HashMap<>();
  private final Map<String, String> byName = new HashMap<>();

  public Crosswalk(Collection<Actor> actors) {
    for (CodeSystem s : CodeSystem.values()) bySystem.put(s, new HashMap<>());
    for (Actor a : actors) {
      this.actors.put(a.code(), a);
      a.codes().forEach((system, code) -> bySystem.get(system).putIfAbsent(normal(code), a.code()));
      byName.putIfAbsent(nameKey(a.name()), a.code());
      a.aliases().forEach(n -> byName.putIfAbsent(nameKey(n), a.code()));
    }
  }

  /** The Entwine code for a code in {@code system}, if any actor carries it. */
  public Optional<String> toActor(CodeSystem system, String code) {
    if (code == null) return Optional.empty();
    String c = normal(code);
    String hit = bySystem.get(system).get(c);
    if (hit == null && (system == CodeSystem.ISO3 || system == CodeSystem.CAMEO)) {
      hit = actors.containsKey(c) ? c : null;
    }
    return Optional.ofNullable(hit);
  }

  /**
   * The actor a dataset names in words: its name or one of its aliases, ignoring case and accents.
   */
  public Optional<String> byName(String name) {
    return name == null ? Optional.empty() : Optional.ofNullable(byName.get(nameKey(name)));
  }

  private static String nameKey(String name) {
    String n =
        java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "");
    return n.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
  }

  /** The code an actor carries in {@code system}. */
  public Optional<String> fromActor(String actor, CodeSystem system) {
    Actor a = actors.get(actor);
    return a == null ? Optional.empty() : Optional.ofNullable(a.codes().get(system));
  }

  /**
   * The members an organization had on {@code day}, as the registry keeps them; empty for a state
   * or an unknown actor.
   */
  public java.util.List<String> membersOn(String actor, java.time.LocalDate day) {
    Actor a = actors.get(actor);
    return a == null ? java.util.List.of() : a.membersOn(day);
  }

  /**
   * The actor that stands for {@code actor} on {@code day}: itself while it exists, then the actor
   * that continued it (and so on), where one did; itself where none did. A dataset that keeps a
   * former state's name for its continuation (the UN votes' "Yugoslavia" for Serbia) is read right
   * this way.
   */
  public String standingFor(String actor, java.time.LocalDate day) {
    for (Standing s : succession(actor)) {
      if (s.until() == null || !day.isAfter(s.until())) return s.actor();
    }
    throw new IllegalStateException(
        "a succession ends with an open stretch"); // succession's last stretch has no end
  }

  /**
   * A stretch of days on which {@code actor} stands for another: after {@code after} (null: from
   * the start) up to and including {@code until} (null: to this day).
   */
  public record Standing(java.time.LocalDate after, java.time.LocalDate until, String actor) {}

  private final java.util.Map<String, java.util.List<Standing>> successions =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * Who stands for {@code actor} from day to day, in order: itself while it exists, then the actor
   * that continued it (and so on), the last stretch open. The rule of {@link #standingFor}, as
   * stretches (a peer that joins by date, such as the vote benchmark's SQL, takes it this way).
   */
  public java.util.List<Standing> succession(String actor) {
    return successions.computeIfAbsent(
        actor,
        first -> {
          java.util.List<Standing> out = new java.util.ArrayList<>();
          String a = first;
          java.time.LocalDate after = null;
          for (int hops = 0; hops < 10; hops++) {
            Actor x = actors.get(a);
            if (x == null || x.until() == null || x.continuedBy() == null) break;
            out.add(new Standing(after, x.until().latest(), a));
            after = x.until().latest();
            a = x.continuedBy();
          }
          out.add(new Standing(after, null, a));
          return java.util.List.copyOf(out);
        });
  }

  /**
   * Whether {@code actor} existed in any part of {@code year} (an unknown actor is taken to exist).
   */
  public boolean existsIn(String actor, int year) {
    Actor x = actors.get(actor);
    return x == null || x.existsIn(year);
  }

  public boolean knows(String actorCode) {
    return actors.containsKey(actorCode);
  }

  private static String normal(String code) {
    String c = code.strip().toUpperCase(java.util.Locale.ROOT);
    // COW codes are numbers: "002" and "2" are the same state.
    return c.matches("\\d+") ? String.valueOf(Integer.parseInt(c)) : c;
  }
}
