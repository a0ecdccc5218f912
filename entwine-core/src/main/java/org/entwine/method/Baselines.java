package org.entwine.method;

import java.util.Objects;
import org.entwine.source.Ids;

/**
 * The yardsticks a method's depth is validated beside: a depth that separates a focal actor's
 * strategic partners no better than trade volume alone, or the partner's size alone, says little
 * more than size. Read from the method file's {@code validation} section.
 *
 * @param trade trade volume between the two: the focal actor's report of its trade with the partner
 * @param partnerShare the focal actor's share of the partner's trade: trade over it is the
 *     partner's total trade, its size, with no tie to the focal actor in it
 * @param topTraders how many of the focal actor's largest trading partners the harder question asks
 *     about (among partners of similar weight, does depth still tell the strategic ones apart?)
 * @param horizon the forward check's years: depth in year t against the upgrades of t+1 to
 *     t+horizon
 */
public record Baselines(Series trade, Series partnerShare, int topTraders, int horizon) {

  /** One observation series read alone, as an indicator would read it. */
  public record Series(String measure, String bridge, Integer lookback) {
    public Series {
      Ids.require(measure, "a measure");
    }
  }

  public Baselines {
    Objects.requireNonNull(trade, "trade");
    Objects.requireNonNull(partnerShare, "partnerShare");
    if (topTraders < 2) throw new IllegalArgumentException("topTraders must be 2 or more");
    if (horizon < 1) throw new IllegalArgumentException("horizon must be 1 or more");
  }

  /** IMF trade bridged to COW's, the top 40 traders, three years ahead. */
  public static Baselines defaults() {
    return new Baselines(
        new Series("imf.trade.total", "trade.total", 6),
        new Series("imf.trade.share", "trade.share", 6),
        40,
        3);
  }
}
