package org.entwine.evidence;

import java.util.List;
import java.util.Objects;
import org.entwine.source.Ids;
import org.entwine.time.PartialDate;

/** One session a mechanism actually held. */
public record Session(PartialDate date, String note, List<String> sources) {
  public Session {
    Objects.requireNonNull(date, "date");
    sources = Ids.requireSources(sources);
  }
}
