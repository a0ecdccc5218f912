package org.entwine.evidence;

import java.util.List;
import java.util.Objects;
import org.entwine.source.Ids;
import org.entwine.time.PartialDate;

/** A commitment's status from a date on, with the evidence for it. */
public record CommitmentStatusChange(
    PartialDate date, CommitmentStatus status, String evidence, List<String> sources) {
  public CommitmentStatusChange {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(status, "status");
    sources = Ids.requireSources(sources);
  }
}
