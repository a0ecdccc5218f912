package org.entwine.evidence;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.entwine.source.Cited;
import org.entwine.source.Ids;
import org.entwine.source.Provenance;
import org.entwine.time.PartialDate;

/**
 * A friction an analyst knows and can source (a standoff at sea, a detained crew, a cancelled
 * visit): the papers' deeds that do not match words. It enters the degree of confidence in the
 * partner whose act it was over the window it falls in, and is named wherever the degree is.
 *
 * @param date when it began
 * @param until when it ended, for an episode that lasted (an oil rig's ten weeks); null for a day
 * @param parties the two (or more) actors it was between
 * @param by the actors whose act it was: the degree of confidence in them is what it lowers
 * @param kind what happened, in a word or two ("standoff at sea", "detention", "coercion")
 * @param material true for a deed (force, seizure, coercion), false for words (a protest, a
 *     cancelled visit): only a material incident bars the highest degree
 */
public record Incident(
    String id,
    PartialDate date,
    PartialDate until,
    List<String> parties,
    List<String> by,
    String kind,
    boolean material,
    String title,
    String note,
    List<String> sources,
    Provenance provenance)
    implements Cited {

  public Incident {
    Ids.require(id, "an incident id");
    Objects.requireNonNull(date, "date");
    parties = Parties.require(parties);
    by = Ids.list(by);
    if (by.isEmpty()) throw new IllegalArgumentException("say whose act it was ('by')");
    for (String b : by) {
      if (!parties.contains(b))
        throw new IllegalArgumentException("'by' names " + b + ", who is not among the parties");
    }
    Document.requireText(kind, "kind");
    Document.requireText(title, "title");
    if (until != null && until.compareTo(date) < 0)
      throw new IllegalArgumentException("until (" + until + ") is before date (" + date + ")");
    sources = Ids.requireSources(sources);
  }

  /** Whether it fell, at least in part, between two days. */
  public boolean within(LocalDate from, LocalDate to) {
    LocalDate end = until == null ? date.earliest() : until.earliest();
    return date.isOnOrBefore(to) && !end.isBefore(from);
  }
}
