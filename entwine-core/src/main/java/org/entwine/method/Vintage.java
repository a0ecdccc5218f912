package org.entwine.method;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.entwine.indicator.Medians;

/**
 * How old the evidence behind a set of scores is: the freshest year each source gave, and the
 * partners' evidence ages. An answer dated today that rests on a value of 2014 says so.
 *
 * @param year the year scored
 * @param freshest source id -> the latest year any of the scores' values comes from
 * @param medianAge the median of the partners' evidence ages, in years; null without any
 * @param oldestAge the greatest of them; null without any
 */
public record Vintage(
    int year, SortedMap<String, Integer> freshest, Double medianAge, Double oldestAge) {

  public Vintage {
    freshest = Collections.unmodifiableSortedMap(new TreeMap<>(freshest));
  }

  /** The vintage of the scores' values (ranked or not: every value shown is dated). */
  public static Vintage of(List<Score> scores, int year) {
    SortedMap<String, Integer> freshest = new TreeMap<>();
    List<Double> ages = new ArrayList<>();
    for (Score s : scores) {
      for (Contribution c : s.contributions())
        freshest.merge(c.raw().source(), c.raw().year(), Math::max);
      if (s.evidenceAge() != null) ages.add(s.evidenceAge());
    }
    return new Vintage(
        year,
        freshest,
        ages.isEmpty() ? null : Medians.of(ages),
        ages.isEmpty() ? null : Collections.max(ages));
  }
}
