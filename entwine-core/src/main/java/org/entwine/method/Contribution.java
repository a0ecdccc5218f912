package org.entwine.method;

/**
 * What one indicator gave a partner's score.
 *
 * @param normalized its 0-100 score over the reference set (already reversed for indicators where
 *     less is deeper)
 * @param points what it adds to the depth index; the points of all indicators sum to the index
 */
public record Contribution(
    String indicator,
    Pillar pillar,
    Side side,
    RawValue raw,
    double normalized,
    double weight,
    double points) {}
