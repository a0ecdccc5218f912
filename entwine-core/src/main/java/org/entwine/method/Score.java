package org.entwine.method;

import java.util.List;
import java.util.Map;

/**
 * How deep the focal actor's relation with a partner ran in a year, and why.
 *
 * @param depth the depth index 0-100; null when no pillar has a value
 * @param coverage the share of the method's weight that had values (0-1)
 * @param width cooperation areas with an active commitment, project or mechanism, of the method's
 *     list
 * @param pillarEvenness how evenly the pillars are covered: 100 when equal, lower as they spread
 * @param durableYears years the framework has lasted unbroken by the end of the year (suspensions
 *     and downgrades restart the count); null with no framework
 * @param uninformative indicators left out that year because every partner in the reference set had
 *     the same value: they tell the partners nothing apart
 * @param commonCoverage the share of the weight of the common evidence (the indicators with values
 *     for at least half of the reference set that year) the partner has values for (0-1)
 * @param thin whether the common coverage is under the method's floor: thin evidence, listed apart,
 *     never ranked
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
    double commonCoverage,
    boolean thin,
    String method,
    int methodVersion,
    String methodHash) {}
