package org.entwine.indicator;

import java.util.Optional;

/**
 * How much two states' trade binds them: the papers' "level of interdependence regarding trade",
 * and its asymmetry ("one party could not be without the other").
 *
 * @param total bilateral trade, both directions
 * @param shareOfA bilateral trade as a percentage of A's total trade (imports plus exports); null
 *     when A's total is not known
 * @param shareOfB the same for B
 */
public record TradeDependence(double total, Double shareOfA, Double shareOfB) {

  /**
   * @param aImportsFromB A's imports from B; null when the data does not have it
   * @param bImportsFromA B's imports from A; null when missing
   * @param totalA A's total trade (imports plus exports); null when missing
   * @param totalB B's total trade; null when missing
   * @return empty when either flow is missing: a bilateral total from one direction would
   *     understate it
   */
  public static Optional<TradeDependence> of(
      Double aImportsFromB, Double bImportsFromA, Double totalA, Double totalB) {
    if (aImportsFromB == null || bImportsFromA == null) return Optional.empty();
    double total = aImportsFromB + bImportsFromA;
    return Optional.of(new TradeDependence(total, share(total, totalA), share(total, totalB)));
  }

  private static Double share(double bilateral, Double total) {
    return total == null || total <= 0 ? null : 100.0 * bilateral / total;
  }

  /**
   * A's dependence on B less B's dependence on A, in percentage points: positive when A needs B
   * more than B needs A. Null when either share is unknown.
   */
  public Double asymmetryForA() {
    return shareOfA == null || shareOfB == null ? null : shareOfA - shareOfB;
  }
}
