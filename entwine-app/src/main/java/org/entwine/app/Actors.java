package org.entwine.app;

import java.util.Locale;
import java.util.Optional;
import org.entwine.actor.CodeSystem;
import org.entwine.registry.Registry;

/** Finds the actor a user means: its Entwine code, or its code in another system (VN, 816…). */
public final class Actors {
  private Actors() {}

  public static String resolve(Registry registry, String typed) {
    String t = typed.strip().toUpperCase(Locale.ROOT);
    if (registry.actor(t).isPresent()) return t;
    var crosswalk = registry.crosswalk();
    for (CodeSystem s : CodeSystem.values()) {
      Optional<String> hit = crosswalk.toActor(s, t);
      if (hit.isPresent()) return hit.get();
    }
    throw new NotFoundException(
        "unknown actor '"
            + typed
            + "': give an actor code such as VNM or ASEAN"
            + " (ISO 3166 alpha-2 and COW codes work too)");
  }
}
