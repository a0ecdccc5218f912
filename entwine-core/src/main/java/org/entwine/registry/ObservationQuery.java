package org.entwine.registry;

import java.util.Collection;
import java.util.Set;

/**
 * Which observations to read from a store ({@link RegistryStore#observations}): those of some
 * indicators, of an actor's relations (as actor or partner), of a pair; each part left null asks
 * for any.
 *
 * @param indicators the indicators read (null: all of them; empty: none)
 * @param actor an actor on either side of the relation (null: any)
 * @param partner a second actor on either side (null: any); only with {@code actor}
 */
public record ObservationQuery(Set<String> indicators, String actor, String partner) {
  public ObservationQuery {
    indicators = indicators == null ? null : Set.copyOf(indicators);
    if (partner != null && actor == null)
      throw new IllegalArgumentException("a partner is asked for with an actor");
  }

  /** Every observation stored. */
  public static ObservationQuery all() {
    return new ObservationQuery(null, null, null);
  }

  /** Every observation of these indicators. */
  public static ObservationQuery of(Collection<String> indicators) {
    return new ObservationQuery(Set.copyOf(indicators), null, null);
  }

  /** The observations of {@code actor}'s relations, only with {@code partner} if not null. */
  public static ObservationQuery between(String actor, String partner) {
    return new ObservationQuery(null, actor, partner);
  }

  /** The observations of {@code actor}'s relations for these indicators: what scoring reads. */
  public static ObservationQuery of(String actor, Collection<String> indicators) {
    return new ObservationQuery(Set.copyOf(indicators), actor, null);
  }
}
