package org.entwine.method;

import java.util.List;
import java.util.Map;

/**
 * How deep the focal actor's relation with a partner ran in a year, and why.
 *
 * @param depth the depth index 0-100; null when no pillar has a value
 * @param coverage the share of the common evidence the partner has values for (0-1): the
 *     pillar-weighted share of the weight of the indicators with values for at least half of the
 *     reference set that year. One figure, shown wherever coverage is; the method's floor applies
 *     to it
 * @param width cooperation areas with an active commitment, project or mechanism, of the method's
 *     list
 * @param pillarEvenness how evenly the pillars are covered: 100 when equal, lower as they spread
 * @param durableYears years the framework has lasted unbroken by the end of the year (suspensions
 *     and downgrades restart the count); null with no framework
 * @param uninformative indicators left out that year because every partner in the reference set had
 *     the same value: they tell the partners nothing apart
 * @param thin whether the coverage is under the method's floor: thin evidence, listed apart, never
 *     ranked
 * @param evidenceAge the age of the evidence the depth rests on, in years: from each value's year
 *     to the year scored, weighted as the value weighs in the depth (its indicator's weight within
 *     its pillar, times its pillar's); null without a depth
 */
public record Score(
    String focal,
    String partner,
    int year,
    Double depth,
    Map<Pillar, PillarScore> pillars,
    double coverage,
    int width,
    int areas,
    Double pillarEvenness,
    Integer durableYears,
    List<Contribution> contributions,
    List<String> uninformative,
    boolean thin,
    Double evidenceAge,
    String method,
    int methodVersion,
    String methodHash) {

  /** The pillar whose evidence is oldest, null without a depth. */
  public Pillar oldestPillar() {
    Pillar out = null;
    for (var e : pillars.entrySet()) {
      Double a = e.getValue().age();
      if (a != null && (out == null || a > pillars.get(out).age())) out = e.getKey();
    }
    return out;
  }
}
