package org.entwine.app;

import java.util.LinkedHashMap;
import java.util.Map;
import org.entwine.method.Vintage;
import org.entwine.registry.Registry;

/** A vintage's sources by the names readers know them by, for every face that says it. */
public final class Vintages {
  private Vintages() {}

  /**
   * Each source's freshest year, the source named by its dataset ("IMF DOTS"), else its label; the
   * registry's own ledgers as {@code ledger} says them.
   */
  public static Map<String, Integer> named(Registry registry, Vintage v, String ledger) {
    Map<String, Integer> out = new LinkedHashMap<>();
    v.freshest()
        .forEach(
            (id, year) ->
                out.merge(
                    registry
                        .source(id)
                        .map(s -> s.dataset() != null ? s.dataset() : s.label())
                        .orElse(ledger),
                    year,
                    Math::max));
    return out;
  }

  /** The same as one line: "DESTA 2023, IMF DOTS 2020, …". */
  public static String line(Registry registry, Vintage v, String ledger) {
    return String.join(
        ", ",
        named(registry, v, ledger).entrySet().stream()
            .map(e -> e.getKey() + " " + e.getValue())
            .toList());
  }
}
