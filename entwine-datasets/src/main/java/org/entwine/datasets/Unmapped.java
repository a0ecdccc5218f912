package org.entwine.datasets;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.entwine.actor.CodeSystem;
import org.entwine.actor.Crosswalk;

/**
 * Maps dataset codes to actors, counting the rows whose codes map to none (reported, never silently
 * dropped).
 */
public final class Unmapped {
  private final Crosswalk crosswalk;
  private final Map<String, Long> counts = new TreeMap<>();

  /**
   * Each code's actor as the crosswalk gave it: an event load asks for a few hundred codes hundreds
   * of thousands of times, and the crosswalk normalizes a code with a regular expression each time.
   */
  private final Map<CodeSystem, Map<String, Optional<String>>> asked =
      new java.util.EnumMap<>(CodeSystem.class);

  public Unmapped(Crosswalk crosswalk) {
    this.crosswalk = crosswalk;
  }

  /** The actor a code stands for, counting {@code rows} against the code when it maps to none. */
  public Optional<String> actor(CodeSystem system, String code, long rows) {
    Optional<String> a =
        asked
            .computeIfAbsent(system, s -> new java.util.HashMap<>())
            .computeIfAbsent(code, c -> crosswalk.toActor(system, c));
    if (a.isEmpty()) counts.merge(system + " " + code, rows, Long::sum);
    return a;
  }

  public Optional<String> byName(String name, long rows) {
    Optional<String> a = crosswalk.byName(name);
    if (a.isEmpty()) counts.merge("name '" + name + "'", rows, Long::sum);
    return a;
  }

  /** Counts a row left out for a reason other than an unknown code. */
  public void note(String what) {
    counts.merge(what, 1L, Long::sum);
  }

  public Map<String, Long> counts() {
    return counts;
  }
}
