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
 */
public record Actor(
    String code,
    ActorKind kind,
    String name,
    Map<CodeSystem, String> codes,
    List<String> aliases,
    List<Membership> members,
    String note,
    List<String> sources,
    Provenance provenance)
    implements Cited {

  public Actor {
    Ids.require(code, "an actor code");
    Objects.requireNonNull(kind, "kind");
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("actor " + code + " needs a name");
    }
    codes = codes == null ? Map.of() : Map.copyOf(codes);
    aliases = Ids.list(aliases);
    members = Ids.list(members);
    sources = Ids.requireSources(sources);
  }

  @Override
  public java.util.stream.Stream<String> citations() {
    return java.util.stream.Stream.concat(sources.stream(), members.stream().flatMap(m -> m.sources().stream()));
  }

  public List<String> membersOn(LocalDate day) {
    return members.stream().filter(m -> m.isActiveOn(day)).map(Membership::member).toList();
  }
}
