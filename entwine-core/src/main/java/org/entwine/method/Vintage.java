package org.entwine.method;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.entwine.indicator.Medians;

/**
 * How old the evidence behind a set of scores is: the freshest year each source gave, and the
 * partners' evidence ages. An answer dated today that rests on a value of 2014 says so; and one
 * that rests on a few of the method's indicators says which gave nothing, since a coverage reckoned
 * against the evidence most partners have cannot show what no partner has.
 *
 * @param year the year scored
 * @param freshest source id -> the latest year any of the scores' values comes from
 * @param medianAge the median of the partners' evidence ages, in years; null without any
 * @param oldestAge the greatest of them; null without any
 * @param indicators how many indicators the method has (0: not told)
 * @param silent the method's indicators that gave no value within their lookbacks for any partner,
 *     in the method's order
 * @param uninformative those that gave every partner the same value, which tells them not apart
 */
public record Vintage(
    int year,
    SortedMap<String, Integer> freshest,
    Double medianAge,
    Double oldestAge,
    int indicators,
    List<String> silent,
    List<String> uninformative) {

  public Vintage {
    freshest = Collections.unmodifiableSortedMap(new TreeMap<>(freshest));
    silent = List.copyOf(silent);
    uninformative = List.copyOf(uninformative);
  }

  /** How many of the method's indicators the depth rests on (of {@link #indicators}). */
  public int informing() {
    return indicators - silent.size() - uninformative.size();
  }

  /** The vintage of the scores' values (ranked or not: every value shown is dated). */
  public static Vintage of(List<Score> scores, int year) {
    return of(scores, year, List.of());
  }

  /**
   * The same, telling which of the method's {@code indicators} (their ids, in its order) gave no
   * value for any partner, and which the same value for every one.
   */
  public static Vintage of(List<Score> scores, int year, List<String> indicators) {
    SortedMap<String, Integer> freshest = new TreeMap<>();
    List<Double> ages = new ArrayList<>();
    Set<String> valued = new HashSet<>();
    Set<String> alike = new HashSet<>();
    for (Score s : scores) {
      for (Contribution c : s.contributions()) {
        freshest.merge(c.raw().source(), c.raw().year(), Math::max);
        valued.add(c.indicator());
      }
      alike.addAll(s.uninformative());
      if (s.evidenceAge() != null) ages.add(s.evidenceAge());
    }
    return new Vintage(
        year,
        freshest,
        ages.isEmpty() ? null : Medians.of(ages),
        ages.isEmpty() ? null : Collections.max(ages),
        indicators.size(),
        indicators.stream().filter(i -> !valued.contains(i) && !alike.contains(i)).toList(),
        indicators.stream().filter(i -> !valued.contains(i) && alike.contains(i)).toList());
  }
}
