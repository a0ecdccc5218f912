package org.entwine.actor;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.entwine.source.Cited;
import org.entwine.source.Ids;
import org.entwine.source.Provenance;

/**
 * A state, international organization, alliance, region or continental framework.
 *
 * @param code Entwine's code: ISO 3166-1 alpha-3 for states ({@code VNM}), a common abbreviation
 *     for the others ({@code ASEAN}, {@code EU})
 * @param codes the actor's codes in other systems, by system
 * @param aliases other names datasets use for the actor ("Soviet Union", "Burma")
 * @param members members over time, for actors that have them
 * @param until the last day a former state existed (null while it exists): it is no partner after
 *     it
 * @param continuedBy the actor that continued its international personality (its UN seat, its
 *     treaties), where one did: Serbia for the Federal Republic of Yugoslavia; null where none did
 *     (the Republic of Vietnam, East Germany)
 */
public record Actor(
    String code,
    ActorKind kind,
    String name,
    Map<CodeSystem, String> codes,
    List<String> aliases,
    List<Membership> members,
    String note,
    org.entwine.time.PartialDate until,
    String continuedBy,
    List<String> sources,
    Provenance provenance)
    implements Cited {

  /** An actor that exists today (no end, no successor). */
  public Actor(
      String code,
      ActorKind kind,
      String name,
      Map<CodeSystem, String> codes,
      List<String> aliases,
      List<Membership> members,
      String note,
      List<String> sources,
      Provenance provenance) {
    this(code, kind, name, codes, aliases, members, note, null, null, sources, provenance);
  }

  public Actor {
    Ids.require(code, "an actor code");
    Objects.requireNonNull(kind, "kind");
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("actor " + code + " needs a name");
    }
    // in the code systems' order, so that what is written (an export) is the same from one run to
    // the next
    java.util.EnumMap<CodeSystem, String> ordered = new java.util.EnumMap<>(CodeSystem.class);
    if (codes != null) ordered.putAll(codes);
    codes = java.util.Collections.unmodifiableMap(ordered);
    aliases = Ids.list(aliases);
    members = Ids.list(members);
    sources = Ids.requireSources(sources);
    if (continuedBy != null) {
      Ids.require(continuedBy, "the code of the actor that continued it");
      if (until == null)
        throw new IllegalArgumentException(
            "actor " + code + " is continued by " + continuedBy + " but has no 'until'");
      if (continuedBy.equals(code))
        throw new IllegalArgumentException("actor " + code + " cannot continue itself");
    }
  }

  /** Whether the actor existed in any part of {@code year}. */
  public boolean existsIn(int year) {
    return until == null || until.earliest().getYear() >= year;
  }

  @Override
  public java.util.stream.Stream<String> citations() {
    return java.util.stream.Stream.concat(
        sources.stream(), members.stream().flatMap(m -> m.sources().stream()));
  }

  public List<String> membersOn(LocalDate day) {
    return members.stream().filter(m -> m.isActiveOn(day)).map(Membership::member).toList();
  }
}
