package org.entwine.method;

/**
 * A pillar's score and its two sides, each null when no indicator of it has a value.
 *
 * @param coverage the share of the pillar's indicator weight that had values (0-1)
 * @param dataYear the latest year any of its values is from (older than the year scored when the
 *     pillar rests on data the lookback reached back for); null without values
 */
public record PillarScore(
    Double score, Double deJure, Double deFacto, double coverage, Integer dataYear) {}
