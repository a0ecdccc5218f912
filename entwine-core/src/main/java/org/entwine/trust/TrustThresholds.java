package org.entwine.trust;

/**
 * The thresholds that turn the evidence into a degree: part of the method file.
 *
 * @param minimumFallenDue fewer commitments fallen due than this is insufficient evidence
 * @param high a consistency (fulfilled share) at or above this, with a binding institution, is
 *     degree 1
 * @param less at or above this (or high without a binding institution) is degree 2
 * @param deep below this, with nothing binding, is degree 4; between deep and less it is degree 3
 * @param cooperation the depth from which cooperation counts as "more"; null: the median depth
 *     among the focal actor's partners
 * @param eventShock a fall of the monthly relation score (from event data) by this many points
 *     within one month is flagged as a shock
 * @param events the thresholds of the degree judged from event data where the ledger is thin
 * @param news the thresholds of the degree judged from the balance of cooperation and friction in
 *     the news (GDELT pair scores), where neither the ledger nor coded events can judge
 */
public record TrustThresholds(
    int minimumFallenDue,
    double high,
    double less,
    double deep,
    Double cooperation,
    double eventShock,
    EventThresholds events,
    NewsThresholds news) {

  /**
   * The degree from the news: how much of the weight of the two's news over the window is friction
   * (the sum of negative daily pair scores against the sum of all), against the focal actor's other
   * partners over the same window, and whether a year of it was one of friction.
   *
   * @param years the window, in years ending with the latest year of news within {@code lookback}
   * @param lookback how old the latest year of news may be
   * @param minimumWeight the pair's news over the window (positive and negative daily scores
   *     summed) must reach this, else the news is too thin to judge
   * @param steady friction at or below this multiple of the median partner's is steady (degree 1
   *     when bound and free of incidents)
   * @param tense friction above this multiple is tense (degree 3; 4 when friction outweighs
   *     cooperation and nothing binds)
   * @param frictionYear a year whose friction is at least this multiple of the median partner's is
   *     a year of friction: an episode, named, that bars the highest degree
   */
  public record NewsThresholds(
      int years,
      int lookback,
      double minimumWeight,
      double steady,
      double tense,
      double frictionYear) {
    public NewsThresholds {
      if (years < 1) throw new IllegalArgumentException("news.years must be at least 1");
      if (lookback < 0) throw new IllegalArgumentException("news.lookback cannot be negative");
      if (!(minimumWeight >= 0))
        throw new IllegalArgumentException("news.minimumWeight cannot be negative");
      if (!(0 < steady && steady <= tense && tense <= frictionYear)) {
        throw new IllegalArgumentException(
            "news thresholds must run 0 < steady <= tense <= frictionYear, got "
                + steady
                + ", "
                + tense
                + ", "
                + frictionYear);
      }
    }

    public static NewsThresholds defaults() {
      return new NewsThresholds(5, 3, 200, 1.0, 1.6, 2.0);
    }
  }

  /**
   * The degree from event data: whether the partner's deeds (material cooperation) keep pace with
   * its words (verbal cooperation) toward the focal actor, against the reference set, and how much
   * of its record is material conflict.
   *
   * @param years the window, in years ending with the year scored
   * @param minimumEvents fewer cooperation events from the partner in the window is insufficient
   *     evidence
   * @param minimumExpectedDeeds the deeds the partner's events would hold at the median partner's
   *     share must reach this, else its share cannot be told from chance and the evidence is
   *     insufficient: deeds are rare (about one event in seventy), so a partner with fifty events
   *     shows none as often as not
   * @param consistent deeds-to-words relative to the reference set's median at or above this is
   *     consistent (degree 2; degree 1 when bound by an institution and free of material conflict)
   * @param inconsistent relative deeds-to-words below this is inconsistent (degree 3; 4 with much
   *     conflict and nothing binding)
   * @param calm a material-conflict share below this is free of conflict
   * @param hostile a material-conflict share at or above this is much conflict
   */
  public record EventThresholds(
      int years,
      int minimumEvents,
      double minimumExpectedDeeds,
      double consistent,
      double inconsistent,
      double calm,
      double hostile) {
    public EventThresholds {
      if (years < 1) throw new IllegalArgumentException("events.years must be at least 1");
      if (minimumEvents < 1)
        throw new IllegalArgumentException("events.minimumEvents must be at least 1");
      if (!(minimumExpectedDeeds >= 0))
        throw new IllegalArgumentException("events.minimumExpectedDeeds cannot be negative");
      if (!(0 <= inconsistent && inconsistent <= consistent)) {
        throw new IllegalArgumentException(
            "events thresholds must run 0 <= inconsistent <= consistent, got "
                + inconsistent
                + ", "
                + consistent);
      }
      if (!(0 <= calm && calm <= hostile && hostile <= 1)) {
        throw new IllegalArgumentException(
            "events conflict shares must run 0 <= calm <= hostile <= 1, got "
                + calm
                + ", "
                + hostile);
      }
    }

    public static EventThresholds defaults() {
      return new EventThresholds(5, 20, 5, 1.0, 0.6, 0.02, 0.10);
    }
  }

  public TrustThresholds(
      int minimumFallenDue,
      double high,
      double less,
      double deep,
      Double cooperation,
      double eventShock) {
    this(
        minimumFallenDue,
        high,
        less,
        deep,
        cooperation,
        eventShock,
        EventThresholds.defaults(),
        NewsThresholds.defaults());
  }

  /** The same without thresholds of the news' own (the defaults). */
  public TrustThresholds(
      int minimumFallenDue,
      double high,
      double less,
      double deep,
      Double cooperation,
      double eventShock,
      EventThresholds events) {
    this(
        minimumFallenDue,
        high,
        less,
        deep,
        cooperation,
        eventShock,
        events,
        NewsThresholds.defaults());
  }

  public TrustThresholds {
    if (events == null) events = EventThresholds.defaults();
    if (news == null) news = NewsThresholds.defaults();
    if (!(eventShock > 0))
      throw new IllegalArgumentException(
          "eventShock must be a positive number of score points, got " + eventShock);
    if (minimumFallenDue < 1)
      throw new IllegalArgumentException("minimumFallenDue must be at least 1");
    if (!(0 <= deep && deep <= less && less <= high && high <= 1)) {
      throw new IllegalArgumentException(
          "thresholds must run 0 <= deep <= less <= high <= 1, got deep "
              + deep
              + ", less "
              + less
              + ", high "
              + high);
    }
  }

  public static TrustThresholds defaults() {
    return new TrustThresholds(
        2, 0.8, 0.5, 0.2, null, 2.0, EventThresholds.defaults(), NewsThresholds.defaults());
  }
}
