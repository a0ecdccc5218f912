package org.entwine.framework;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.entwine.source.Attestation;
import org.entwine.source.Ids;
import org.entwine.time.PartialDate;

/**
 * A framework's establishment, upgrade or downgrade: from {@code date} the relation carries {@code
 * officialName} (as the parties wrote it), which the level vocabulary maps to {@code level}.
 *
 * @param sectors the sectors a sector-restricted partnership covers; empty otherwise
 * @param document the founding document (joint statement, declaration, treaty), by title
 * @param confidence how firmly the sources attest the change (a reported one is shown as such)
 * @param sideNames where one side names the framework otherwise: that side's code and its name
 *     (Hungary's "strategic partnership" for what Viet Nam counts a comprehensive partnership)
 * @param disagreement where sources disagree on this change (the paper against a later source):
 *     what each says; the timeline shows it
 */
public record LevelChange(
    PartialDate date,
    Level level,
    String officialName,
    List<String> sectors,
    String document,
    String note,
    List<String> sources,
    Attestation confidence,
    Map<String, String> sideNames,
    String disagreement) {

  public LevelChange {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(level, "level");
    if (officialName == null || officialName.isBlank()) {
      throw new IllegalArgumentException("a level change needs the official name");
    }
    sectors = Ids.list(sectors);
    sources = Ids.requireSources(sources);
    confidence = Attestation.orDefault(confidence);
    // ordered by actor: Map.copyOf's order changes from one run to the next, and an export must not
    sideNames =
        java.util.Collections.unmodifiableMap(
            sideNames == null ? new TreeMap<>() : new TreeMap<>(sideNames));
    sideNames.keySet().forEach(a -> Ids.require(a, "an actor code"));
  }

  /** A confirmed change that both sides name alike, with no disagreement recorded. */
  public LevelChange(
      PartialDate date,
      Level level,
      String officialName,
      List<String> sectors,
      String document,
      String note,
      List<String> sources) {
    this(
        date,
        level,
        officialName,
        sectors,
        document,
        note,
        sources,
        Attestation.CONFIRMED,
        Map.of(),
        null);
  }
}
