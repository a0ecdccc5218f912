package org.entwine.framework;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.entwine.source.Cited;
import org.entwine.source.Ids;
import org.entwine.source.Provenance;
import org.entwine.time.PartialDate;

/**
 * The official label of a relation between two actors, with its whole history: the first {@link
 * LevelChange} establishes it, later ones upgrade or downgrade it; {@link StatusChange}s suspend,
 * resume or end it. A framework is undirected: {@code parties} are kept in the order given.
 */
public record Framework(
    String id,
    List<String> parties,
    List<LevelChange> changes,
    List<StatusChange> statusChanges,
    String note,
    List<String> sources,
    Provenance provenance)
    implements Cited {

  public Framework {
    Ids.require(id, "a framework id");
    if (parties == null || parties.size() != 2) {
      throw new IllegalArgumentException("a framework has exactly two parties, got " + parties);
    }
    parties.forEach(p -> Ids.require(p, "an actor code"));
    if (parties.get(0).equals(parties.get(1))) {
      throw new IllegalArgumentException("a framework needs two different parties, got " + parties);
    }
    parties = List.copyOf(parties);
    if (changes == null || changes.isEmpty()) {
      throw new IllegalArgumentException(
          "a framework needs at least its establishment (changes[0])");
    }
    changes = List.copyOf(changes);
    statusChanges = Ids.list(statusChanges);
    // Fields are not assigned yet inside a compact constructor: use the parameters.
    PartialDate established = changes.get(0).date();
    for (int i = 1; i < changes.size(); i++) {
      PartialDate d = changes.get(i).date();
      if (d.compareTo(established) < 0) {
        throw new IllegalArgumentException(
            "changes["
                + i
                + "] ("
                + d
                + ") is dated before the framework's founding, changes[0] ("
                + established
                + "): list the founding first");
      }
      if (d.compareTo(changes.get(i - 1).date()) < 0) {
        throw new IllegalArgumentException(
            "changes["
                + i
                + "] ("
                + d
                + ") is dated before changes["
                + (i - 1)
                + "] ("
                + changes.get(i - 1).date()
                + "): list the changes oldest first");
      }
    }
    requireStatusSequence(statusChanges, established);
    for (int i = 0; i < changes.size(); i++) {
      for (String side : changes.get(i).sideNames().keySet()) {
        if (!parties.contains(side)) {
          throw new IllegalArgumentException(
              "changes["
                  + i
                  + "] names the framework for "
                  + side
                  + ", which is not a party "
                  + parties);
        }
      }
    }
    sources = Ids.requireSources(sources);
  }

  /**
   * Status changes run oldest first, none before the founding; a resumption (ACTIVE) follows a
   * suspension, and nothing follows an end (a framework set up again is a new framework).
   */
  private static void requireStatusSequence(
      List<StatusChange> statusChanges, PartialDate established) {
    FrameworkStatus current = FrameworkStatus.ACTIVE;
    PartialDate previous = established;
    for (int i = 0; i < statusChanges.size(); i++) {
      StatusChange s = statusChanges.get(i);
      String at = "statusChanges[" + i + "] (" + s.status() + " on " + s.date() + ")";
      if (s.date().compareTo(previous) < 0) {
        throw new IllegalArgumentException(
            at
                + " is dated before "
                + (i == 0
                    ? "the framework's founding (" + established + ")"
                    : "statusChanges[" + (i - 1) + "] (" + previous + ")"));
      }
      if (current == FrameworkStatus.ENDED) {
        throw new IllegalArgumentException(
            at
                + " follows the framework's end: record a framework set up again as a new"
                + " framework");
      }
      if (s.status() == FrameworkStatus.ACTIVE && current != FrameworkStatus.SUSPENDED) {
        throw new IllegalArgumentException(
            at
                + " resumes a framework that was not suspended: a resumption needs a suspension"
                + " before it");
      }
      if (s.status() == FrameworkStatus.SUSPENDED && current == FrameworkStatus.SUSPENDED) {
        throw new IllegalArgumentException(at + " suspends a framework already suspended");
      }
      current = s.status();
      previous = s.date();
    }
  }

  @Override
  public java.util.stream.Stream<String> citations() {
    return java.util.stream.Stream.of(
            sources.stream(),
            changes.stream().flatMap(c -> c.sources().stream()),
            statusChanges.stream().flatMap(s -> s.sources().stream()))
        .flatMap(s -> s);
  }

  /** The default id of a framework between two actors: their codes in alphabetical order. */
  public static String defaultId(String a, String b) {
    return org.entwine.actor.UnorderedPair.of(a, b).joined("-");
  }

  public PartialDate established() {
    return changes.get(0).date();
  }

  public boolean involves(String actor) {
    return parties.contains(actor);
  }

  public String partnerOf(String actor) {
    if (!involves(actor)) throw new IllegalArgumentException(actor + " is not a party to " + id);
    return parties.get(0).equals(actor) ? parties.get(1) : parties.get(0);
  }

  /** The level change in force on {@code day}: the latest one dated on or before it. */
  public Optional<LevelChange> changeInForce(LocalDate day) {
    LevelChange hit = null;
    for (LevelChange c : changes) {
      if (c.date().isOnOrBefore(day)) hit = c;
    }
    return Optional.ofNullable(hit);
  }

  public FrameworkStatus statusOn(LocalDate day) {
    FrameworkStatus s = FrameworkStatus.ACTIVE;
    for (StatusChange c : statusChanges) {
      if (c.date().isOnOrBefore(day)) s = c.status();
    }
    return s;
  }

  /** The level in force on {@code day}, empty before the founding. */
  public Optional<Level> levelOn(LocalDate day) {
    return changeInForce(day).map(LevelChange::level);
  }

  /** Whether the framework exists on {@code day}: established by then and not ended. */
  public boolean existsOn(LocalDate day) {
    return changeInForce(day).isPresent() && statusOn(day) != FrameworkStatus.ENDED;
  }
}
