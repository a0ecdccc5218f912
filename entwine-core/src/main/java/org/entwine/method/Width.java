package org.entwine.method;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.entwine.evidence.ProjectStatus;
import org.entwine.registry.PairLedgers;

/**
 * Width, the papers' precondition of depth: how many of the method's cooperation areas hold at
 * least one active commitment (made, not yet settled), project (planned or under way) or mechanism
 * (established) between the two by the end of the year.
 */
public final class Width {
  private Width() {}

  public static int of(Method m, PairLedgers.Pair pair, int year) {
    LocalDate end = LocalDate.of(year, 12, 31);
    Set<String> active = new HashSet<>();
    pair.commitments().stream()
        .filter(c -> !c.status().isEmpty() && c.status().get(0).date().isOnOrBefore(end) && !c.statusOn(end).isSettled())
        .forEach(c -> add(active, c.area()));
    pair.projects().stream()
        .filter(p -> (p.status() == ProjectStatus.UNDER_WAY || p.status() == ProjectStatus.PLANNED)
            && (p.start() == null || p.start().isOnOrBefore(end)))
        .forEach(p -> add(active, p.area()));
    pair.mechanisms().stream()
        .filter(x -> x.established().isOnOrBefore(end))
        .forEach(x -> add(active, x.area()));
    if (active.isEmpty()) return 0;
    return (int) m.areas().stream().filter(a -> active.contains(a.toLowerCase(Locale.ROOT))).count();
  }

  private static void add(Set<String> s, String area) {
    if (area != null) s.add(area.toLowerCase(Locale.ROOT));
  }
}
