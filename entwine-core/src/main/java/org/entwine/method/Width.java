package org.entwine.method;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.entwine.evidence.ProjectStatus;
import org.entwine.registry.PairLedgers;

/**
 * Width, the papers' precondition of depth: how many of the method's cooperation areas hold real
 * evidence of cooperation between the two by the end of the year: an active commitment (made, not
 * yet settled), project (planned or under way) or mechanism (established) in the ledgers, or a
 * value above zero of an indicator the method ties to the area (trade flowing, an investment treaty
 * in force, arms delivered, migrants living in the other country…).
 */
public final class Width {
  private Width() {}

  /** The areas with evidence, of the method's list. */
  public static Set<String> areas(
      Method m, PairLedgers.Pair pair, int year, Map<String, RawValue> raw) {
    LocalDate end = LocalDate.of(year, 12, 31);
    Set<String> active = new HashSet<>();
    pair.commitments().stream()
        .filter(
            c ->
                !c.status().isEmpty()
                    && c.status().get(0).date().isOnOrBefore(end)
                    && !c.statusOn(end).isSettled())
        .forEach(c -> add(active, c.area()));
    pair.projects().stream()
        .filter(
            p ->
                (p.status() == ProjectStatus.UNDER_WAY || p.status() == ProjectStatus.PLANNED)
                    && (p.start() == null || p.start().isOnOrBefore(end)))
        .forEach(p -> add(active, p.area()));
    pair.mechanisms().stream()
        .filter(x -> x.established().isOnOrBefore(end))
        .forEach(x -> add(active, x.area()));
    for (MethodIndicator i : m.indicators()) {
      RawValue v = raw.get(i.id());
      if (i.area() != null && i.positive() && v != null && v.value() > 0) add(active, i.area());
    }
    Set<String> out = new java.util.TreeSet<>();
    for (String a : m.areas()) if (active.contains(a.toLowerCase(Locale.ROOT))) out.add(a);
    return out;
  }

  public static int of(Method m, PairLedgers.Pair pair, int year, Map<String, RawValue> raw) {
    return areas(m, pair, year, raw).size();
  }

  private static void add(Set<String> s, String area) {
    if (area != null) s.add(area.toLowerCase(Locale.ROOT));
  }
}
