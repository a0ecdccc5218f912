package org.entwine.evidence;

import java.time.LocalDate;
import java.util.List;
import org.entwine.source.Cited;
import org.entwine.source.Ids;
import org.entwine.source.Provenance;
import org.entwine.time.PartialDate;

/**
 * What a document promises (the papers' <em>words</em>): by whom, in which area, due when, and its
 * status over time.
 *
 * @param by the actors that made the promise
 * @param document the id of the document that holds it, if recorded
 * @param due when it falls due; null for an open-ended promise
 */
public record Commitment(
    String id,
    String document,
    List<String> by,
    String area,
    String text,
    PartialDate due,
    List<CommitmentStatusChange> status,
    String note,
    List<String> sources,
    Provenance provenance)
    implements Cited {

  public Commitment {
    Ids.require(id, "a commitment id");
    by = Parties.require(by);
    Document.requireText(text, "text");
    status = Ids.list(status);
    for (int i = 1; i < status.size(); i++) {
      if (status.get(i).date().compareTo(status.get(i - 1).date()) < 0) {
        throw new IllegalArgumentException("status out of order at " + status.get(i).date());
      }
    }
    sources = Ids.requireSources(sources);
  }

  @Override
  public java.util.stream.Stream<String> citations() {
    return java.util.stream.Stream.concat(
        sources.stream(), status.stream().flatMap(s -> s.sources().stream()));
  }

  /**
   * Whether the commitment had fallen due by {@code day}: its due date passed, or it was settled.
   */
  public boolean hasFallenDue(LocalDate day) {
    return statusOn(day).isSettled() || (due != null && due.isOnOrBefore(day));
  }

  public CommitmentStatus statusOn(LocalDate day) {
    CommitmentStatus s = CommitmentStatus.PENDING;
    for (CommitmentStatusChange c : status) {
      if (c.date().isOnOrBefore(day)) s = c.status();
    }
    return s;
  }
}
