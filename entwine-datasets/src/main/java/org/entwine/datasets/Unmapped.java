package org.entwine.datasets;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.entwine.actor.CodeSystem;
import org.entwine.actor.Crosswalk;

/** Maps dataset codes to actors, counting the rows whose codes map to none (reported, never silently dropped). */
final class Unmapped {
  private final Crosswalk crosswalk;
  private final Map<String, Long> counts = new TreeMap<>();

  Unmapped(Crosswalk crosswalk) {
    this.crosswalk = crosswalk;
  }

  Optional<String> actor(CodeSystem system, String code) {
    Optional<String> a = crosswalk.toActor(system, code);
    if (a.isEmpty()) counts.merge(system + " " + code, 1L, Long::sum);
    return a;
  }

  Optional<String> byName(String name) {
    Optional<String> a = crosswalk.byName(name);
    if (a.isEmpty()) counts.merge("name '" + name + "'", 1L, Long::sum);
    return a;
  }

  Map<String, Long> counts() {
    return counts;
  }
}
