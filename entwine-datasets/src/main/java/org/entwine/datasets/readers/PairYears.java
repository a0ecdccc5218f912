package org.entwine.datasets.readers;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.entwine.actor.UnorderedPair;
import org.entwine.evidence.Observation;
import org.entwine.time.PartialDate;

/**
 * Values summed per indicator, pair and year while a file is read, then sent on as observations:
 * for datasets whose rows are events, deals or treaties rather than pair-years.
 */
final class PairYears {
  private record Key(String indicator, String actor, String partner, int year) {}

  private final Map<Key, Double> sums = new HashMap<>();
  private final Years years;

  /** Sums whose years widen {@code years}. */
  PairYears(Years years) {
    this.years = years;
  }

  /** Adds {@code value} to the directed pair's year. */
  void add(String indicator, String actor, String partner, int year, double value) {
    sums.merge(new Key(indicator, actor, partner, year), value, Double::sum);
    years.see(year);
  }

  /** Adds {@code value} to the undirected pair's year (the codes in alphabetical order). */
  void addUndirected(String indicator, String a, String b, int year, double value) {
    UnorderedPair pair = UnorderedPair.of(a, b);
    add(indicator, pair.first(), pair.second(), year, value);
  }

  /** The sum held for a directed pair's year, 0 if none. */
  double get(String indicator, String actor, String partner, int year) {
    return sums.getOrDefault(new Key(indicator, actor, partner, year), 0.0);
  }

  /** Sends every sum on as an observation citing {@code source}; returns how many. */
  long emit(Consumer<Observation> sink, String source) {
    Map<Integer, PartialDate> periods = new HashMap<>();
    sums.forEach(
        (k, v) ->
            sink.accept(
                new Observation(
                    k.indicator(),
                    k.actor(),
                    k.partner(),
                    periods.computeIfAbsent(k.year(), y -> PartialDate.parse(String.valueOf(y))),
                    v,
                    source)));
    return sums.size();
  }
}
