package org.entwine.actor;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.entwine.source.Ids;
import org.entwine.time.PartialDate;

/** An actor's membership of an organization, alliance or region, over time. */
public record Membership(String member, PartialDate from, PartialDate until, List<String> sources) {
  public Membership {
    Ids.require(member, "a member actor code");
    Objects.requireNonNull(from, "from");
    if (until != null && until.compareTo(from) < 0) {
      throw new IllegalArgumentException(
          "membership ends (" + until + ") before it starts (" + from + ")");
    }
    sources = Ids.requireSources(sources);
  }

  public boolean isActiveOn(LocalDate day) {
    return from.isOnOrBefore(day) && (until == null || until.earliest().isAfter(day));
  }
}
