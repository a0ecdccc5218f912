package org.entwine.registry;

import java.util.List;
import java.util.Objects;
import org.entwine.source.Cited;
import org.entwine.source.Ids;
import org.entwine.source.Provenance;
import org.entwine.time.PartialDate;

/**
 * A count of an actor's partnerships as a source reports it ("China ... more than 50 partners"),
 * kept apart from what the registry holds so the two can be shown side by side.
 *
 * @param atLeast true for "more than N", false for "N"
 * @param counts what is counted, in the source's words
 * @param byLevel the count per canonical level where the source breaks it down (Viet Nam's foreign
 *     ministry: 13 comprehensive strategic, 10 strategic and 15 comprehensive partnerships)
 * @param covers the levels the count covers, where the source says (the paper's "11 full strategic
 *     partnerships" covers comprehensive strategic and strategic ones); the levels of {@code
 *     byLevel} when it is given
 */
public record ReportedCount(
    String actor,
    PartialDate asOf,
    int count,
    boolean atLeast,
    String counts,
    String breakdown,
    java.util.Map<org.entwine.framework.Level, Integer> byLevel,
    List<org.entwine.framework.Level> covers,
    List<String> sources,
    Provenance provenance)
    implements Cited {

  public ReportedCount {
    Ids.require(actor, "an actor code");
    Objects.requireNonNull(asOf, "asOf");
    if (count < 0) throw new IllegalArgumentException("count cannot be negative");
    java.util.EnumMap<org.entwine.framework.Level, Integer> ordered =
        new java.util.EnumMap<>(org.entwine.framework.Level.class);
    if (byLevel != null) ordered.putAll(byLevel);
    byLevel =
        java.util.Collections.unmodifiableMap(
            ordered); // in the levels' order, the same in every run
    covers =
        covers == null || covers.isEmpty()
            ? List.copyOf(new java.util.TreeSet<>(byLevel.keySet()))
            : List.copyOf(covers);
    byLevel.forEach(
        (level, n) -> {
          if (n < 0) throw new IllegalArgumentException("byLevel." + level + " cannot be negative");
        });
    sources = Ids.requireSources(sources);
  }

  /** What identifies a reported count: who, as of when, counting what. */
  public String key() {
    return actor + "|" + asOf + "|" + (counts == null ? "" : counts);
  }

  public String display() {
    return (atLeast ? ">" : "") + count;
  }
}
