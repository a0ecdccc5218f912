package org.entwine.framework;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.entwine.source.Ids;

/**
 * One entry of the level vocabulary: an official name, as parties write it, and the canonical level
 * it means. With {@code actor} set, the entry applies only to frameworks that actor is party to
 * (China's "comprehensive strategic cooperative partnership").
 */
public record LevelName(String name, Level level, String actor, List<String> sources) {
  public LevelName {
    if (name == null || name.isBlank())
      throw new IllegalArgumentException("a level name needs a name");
    Objects.requireNonNull(level, "level");
    if (actor != null) Ids.require(actor, "an actor code");
    sources = Ids.requireSources(sources);
  }

  /** What identifies an entry: its scope and its name's key. */
  public String scopedKey() {
    return (actor == null ? "" : actor + "|") + key(name);
  }

  /** Names compare without case, spacing or a leading article. */
  public static String key(String name) {
    return name.strip()
        .toLowerCase(Locale.ROOT)
        .replaceAll("[\\s\\-]+", " ")
        .replaceFirst("^(the|a|an) ", "");
  }
}
