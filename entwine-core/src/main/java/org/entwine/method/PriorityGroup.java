package org.entwine.method;

import java.util.List;

/**
 * A group of partners to put first. Groups are data: the papers' "big countries and ASEAN states"
 * is the default method's, and any list works.
 *
 * @param members the group's actor codes, or empty when {@code actor} gives them
 * @param actor an actor whose members on the date are the group (ASEAN)
 * @param source where the group comes from
 */
public record PriorityGroup(String name, List<String> members, String actor, String source) {
  public PriorityGroup {
    if (name == null || name.isBlank())
      throw new IllegalArgumentException("a priority group needs a name");
    members = members == null ? List.of() : List.copyOf(members);
    if (members.isEmpty() && actor == null)
      throw new IllegalArgumentException("a priority group needs members or an actor");
  }
}
