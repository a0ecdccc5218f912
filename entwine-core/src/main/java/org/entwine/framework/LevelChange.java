package org.entwine.framework;

import java.util.List;
import java.util.Objects;
import org.entwine.source.Ids;
import org.entwine.time.PartialDate;

/**
 * A framework's establishment, upgrade or downgrade: from {@code date} the relation carries {@code
 * officialName} (as the parties wrote it), which the level vocabulary maps to {@code level}.
 *
 * @param sectors the sectors a sector-restricted partnership covers; empty otherwise
 * @param document the founding document (joint statement, declaration, treaty), by title
 */
public record LevelChange(
    PartialDate date,
    Level level,
    String officialName,
    List<String> sectors,
    String document,
    String note,
    List<String> sources) {

  public LevelChange {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(level, "level");
    if (officialName == null || officialName.isBlank()) {
      throw new IllegalArgumentException("a level change needs the official name");
    }
    sectors = Ids.list(sectors);
    sources = Ids.requireSources(sources);
  }
}
