package org.entwine.method;

/**
 * A pillar's score and its two sides, each null when no indicator of it has a value.
 *
 * @param coverage the share of the weight of the pillar's common evidence (its indicators with
 *     values for at least half of the reference set) that had values (0-1); 0 when it has none
 * @param dataYear the latest year any of its values is from (older than the year scored when the
 *     pillar rests on data the lookback reached back for); null without values
 * @param age the age of its evidence in years: the years from each value's year to the year scored,
 *     weighted as the values are in the pillar's score; null without values
 */
public record PillarScore(
    Double score, Double deJure, Double deFacto, double coverage, Integer dataYear, Double age) {}
