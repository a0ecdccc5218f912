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
 */
public record ReportedCount(
    String actor,
    PartialDate asOf,
    int count,
    boolean atLeast,
    String counts,
    String breakdown,
    List<String> sources,
    Provenance provenance)
    implements Cited {

  public ReportedCount {
    Ids.require(actor, "an actor code");
    Objects.requireNonNull(asOf, "asOf");
    if (count < 0) throw new IllegalArgumentException("count cannot be negative");
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
