package org.entwine.framework;

import java.util.List;
import java.util.Objects;
import org.entwine.source.Attestation;
import org.entwine.source.Ids;
import org.entwine.time.PartialDate;

/**
 * A framework suspended, resumed (ACTIVE again) or ended.
 *
 * @param document the act that changed the status (a press release, a note verbale), by title
 * @param confidence how firmly the sources attest it (a resumption agreed in talks but never
 *     formally announced is reported)
 */
public record StatusChange(
    PartialDate date,
    FrameworkStatus status,
    String document,
    String note,
    List<String> sources,
    Attestation confidence) {
  public StatusChange {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(status, "status");
    sources = Ids.requireSources(sources);
    confidence = Attestation.orDefault(confidence);
  }

  public StatusChange(PartialDate date, FrameworkStatus status, String note, List<String> sources) {
    this(date, status, null, note, sources, Attestation.CONFIRMED);
  }
}
