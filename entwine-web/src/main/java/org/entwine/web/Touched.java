package org.entwine.web;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
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
    if (!batch.actors().isEmpty()
        || !batch.levelNames().isEmpty()
        || !batch.indicators().isEmpty()
        || !batch.reportedCounts().isEmpty()) {
      return Optional.empty();
    }
    Set<String> out = new HashSet<>();
    batch.frameworks().forEach(f -> out.addAll(f.parties()));
    batch.documents().forEach(d -> out.addAll(d.parties()));
    batch.projects().forEach(p -> out.addAll(p.parties()));
    batch.mechanisms().forEach(m -> out.addAll(m.parties()));
    batch
        .contacts()
        .forEach(
            c -> {
              out.add(c.from());
              out.add(c.to());
            });
    batch
        .judgements()
        .forEach(
            j -> {
              out.add(j.focal());
              out.add(j.partner());
            });
    batch
        .observations()
        .forEach(
            o -> {
              out.add(o.actor());
              out.add(o.partner());
            });
    batch
        .commitments()
        .forEach(
            c -> {
              out.addAll(c.by());
              if (c.document() == null) return;
              batch.documents().stream()
                  .filter(d -> d.id().equals(c.document()))
                  .forEach(d -> out.addAll(d.parties()));
              stored.documents().stream()
                  .filter(d -> d.id().equals(c.document()))
                  .forEach(d -> out.addAll(d.parties()));
            });
    return Optional.of(out);
  }
}
