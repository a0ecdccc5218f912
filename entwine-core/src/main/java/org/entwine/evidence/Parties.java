package org.entwine.evidence;

import java.util.HashSet;
import java.util.List;
import org.entwine.source.Ids;

/** Checks a list of party actor codes: at least one, no repeats. */
final class Parties {
  private Parties() {}

  static List<String> require(List<String> parties) {
    if (parties == null || parties.isEmpty()) {
      throw new IllegalArgumentException("needs at least one party");
    }
    parties.forEach(p -> Ids.require(p, "an actor code"));
    if (new HashSet<>(parties).size() != parties.size()) {
      throw new IllegalArgumentException("a party is listed twice in " + parties);
    }
    return List.copyOf(parties);
  }
}
