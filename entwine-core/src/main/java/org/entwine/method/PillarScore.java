package org.entwine.method;

/**
 * A pillar's score and its two sides, each null when no indicator of it has a value.
 *
 * @param coverage the share of the pillar's indicator weight that had values (0-1)
 */
public record PillarScore(Double score, Double deJure, Double deFacto, double coverage) {}
