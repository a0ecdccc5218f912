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
      throw new IllegalArgumentException("a framework needs at least its establishment (changes[0])");
    }
    changes = List.copyOf(changes);
    statusChanges = Ids.list(statusChanges);
    requireChronological(changes.stream().map(LevelChange::date).toList(), "changes");
    requireChronological(statusChanges.stream().map(StatusChange::date).toList(), "status");
    // Fields are not assigned yet inside a compact constructor: use the parameters.
    PartialDate established = changes.get(0).date();
    if (!statusChanges.isEmpty() && statusChanges.get(0).date().compareTo(established) < 0) {
      throw new IllegalArgumentException(
          "status changes before the framework was established (" + established + ")");
    }
    sources = Ids.requireSources(sources);
  }

  private static void requireChronological(List<PartialDate> dates, String field) {
    for (int i = 1; i < dates.size(); i++) {
      if (dates.get(i).compareTo(dates.get(i - 1)) < 0) {
        throw new IllegalArgumentException(
            field + " out of order: " + dates.get(i) + " comes after " + dates.get(i - 1));
      }
    }
  }

  /** The default id of a framework between two actors: their codes in alphabetical order. */
  public static String defaultId(String a, String b) {
    return a.compareTo(b) <= 0 ? a + "-" + b : b + "-" + a;
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

  /** Whether the framework exists on {@code day}: established by then and not ended. */
  public boolean existsOn(LocalDate day) {
    return changeInForce(day).isPresent() && statusOn(day) != FrameworkStatus.ENDED;
  }
}
