package org.entwine.web;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.entwine.evidence.Commitment;
import org.entwine.registry.RecordKind;
import org.entwine.registry.Registry;

/**
 * The actors whose answers a write can change: the parties of the records it stores. An assessment
 * of a focal actor reads only that actor's pairs, so a commitment between Vietnam and Russia
 * changes Vietnam's and Russia's answers and no one else's. Records every answer reads (actors,
 * level names, indicator definitions, reported counts) touch everything.
 */
final class Touched {
  private Touched() {}

  /**
   * @param batch what the write stores
   * @param stored the registry before the write (to find a commitment's document and its parties)
   * @return the actors touched; empty when the write can change any answer
   */
  static Optional<Set<String>> by(Registry batch, Registry stored) {
    Set<String> out = new HashSet<>();
    for (RecordKind<?> kind : RecordKind.ALL) {
      if (!touch(kind, batch, out)) return Optional.empty();
    }
    batch
        .observations()
        .forEach(
            o -> {
              out.add(o.actor());
              out.add(o.partner());
            });
    // a commitment also touches the parties of the document it was made in, stored or new
    for (Commitment c : batch.commitments()) {
      if (c.document() == null) continue;
      for (Registry r : List.of(batch, stored)) {
        r.documents().stream()
            .filter(d -> d.id().equals(c.document()))
            .forEach(d -> out.addAll(d.parties()));
      }
    }
    return Optional.of(out);
  }

  /** Adds the parties of the batch's records of {@code kind}; false if they touch every answer. */
  private static <T> boolean touch(RecordKind<T> kind, Registry batch, Set<String> out) {
    List<T> records = kind.in(batch);
    if (records.isEmpty()) return true;
    if (kind.parties() == null) return false;
    records.forEach(r -> out.addAll(kind.parties().apply(r)));
    return true;
  }
}
