package org.entwine.source;

import java.time.Instant;
import java.util.Objects;

/** Who entered a record, and when. */
public record Provenance(String enteredBy, Instant enteredAt) {
  public Provenance {
    Objects.requireNonNull(enteredBy, "enteredBy");
    Objects.requireNonNull(enteredAt, "enteredAt");
  }
}
