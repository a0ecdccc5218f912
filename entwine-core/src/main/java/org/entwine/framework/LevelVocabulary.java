package org.entwine.framework;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Maps official names to canonical levels. It is data (the {@code levelNames} of the exchange
 * format), editable per actor: an entry scoped to a party wins over a general one.
 */
public final class LevelVocabulary {
  private final Map<String, LevelName> general = new HashMap<>();
  private final Map<String, LevelName> scoped = new HashMap<>();

  public LevelVocabulary(Collection<LevelName> names) {
    for (LevelName n : names) {
      if (n.actor() == null) general.put(LevelName.key(n.name()), n);
      else scoped.put(n.actor() + "|" + LevelName.key(n.name()), n);
    }
  }

  /** The level an official name means for a framework between {@code parties}. */
  public Optional<Level> levelOf(String officialName, List<String> parties) {
    String key = LevelName.key(officialName);
    for (String p : parties) {
      LevelName n = scoped.get(p + "|" + key);
      if (n != null) return Optional.of(n.level());
    }
    return Optional.ofNullable(general.get(key)).map(LevelName::level);
  }
}
