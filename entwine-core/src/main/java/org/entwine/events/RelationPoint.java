package org.entwine.events;

import org.entwine.time.Month;

/**
 * One month of the relation between an actor and a partner, both directions together.
 *
 * @param month the month
 * @param fromActor events from the actor to the partner
 * @param toActor events from the partner to the actor
 * @param quad events of both directions by QuadClass: verbal cooperation, material cooperation,
 *     verbal conflict, material conflict
 * @param goldsteinMean the mean Goldstein score of the month's events (NaN without events)
 * @param toneMean the mean tone of the month's events (NaN without events, or where the data has no
 *     tone)
 * @param actorShare the pair's events as a share of all the actor's events with any country that
 *     month
 * @param partnerShare the same, of the partner's events
 * @param score the relation score, -9 to +9, carried over from earlier months with decay ({@link
 *     RelationScore})
 * @param families events of both directions by {@link CameoFamily}; null where the store did not
 *     count them
 */
public record RelationPoint(
    Month month,
    long fromActor,
    long toActor,
    long[] quad,
    double goldsteinMean,
    double toneMean,
    double actorShare,
    double partnerShare,
    double score,
    long[] families) {

  public long events() {
    return fromActor + toActor;
  }
}
