package org.entwine.framework;

import java.util.List;
import java.util.Objects;
import org.entwine.source.Ids;
import org.entwine.time.PartialDate;

/** A framework suspended, resumed (ACTIVE again) or ended. */
public record StatusChange(PartialDate date, FrameworkStatus status, String note, List<String> sources) {
  public StatusChange {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(status, "status");
    sources = Ids.requireSources(sources);
  }
}
