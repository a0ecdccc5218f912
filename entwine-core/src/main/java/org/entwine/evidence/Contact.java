package org.entwine.evidence;

import java.util.List;
import java.util.Objects;
import org.entwine.source.Cited;
import org.entwine.source.Ids;
import org.entwine.source.Provenance;
import org.entwine.time.PartialDate;

/** A visit or meeting, directed: {@code from} visits or meets {@code to}. */
public record Contact(
    String id,
    PartialDate date,
    String from,
    String to,
    ContactLevel level,
    String title,
    String note,
    List<String> sources,
    Provenance provenance)
    implements Cited {

  public Contact {
    Ids.require(id, "a contact id");
    Objects.requireNonNull(date, "date");
    Ids.require(from, "an actor code");
    Ids.require(to, "an actor code");
    if (from.equals(to)) throw new IllegalArgumentException("a contact needs two different actors");
    Objects.requireNonNull(level, "level");
    sources = Ids.requireSources(sources);
  }
}
