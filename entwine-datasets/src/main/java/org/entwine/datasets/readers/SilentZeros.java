package org.entwine.datasets.readers;

import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Zeros that mean "not reported": a pair's trade that falls to 0 both ways within {@value #YEARS}
 * years after a year in which the pair traded. A source that compiles trade from what countries
 * report (COW) writes 0 for a country that stopped reporting; trade between two states does not end
 * at once in both directions (COW's Vietnam-Cuba: 265 to 297 million USD a year in 2009-2011, then
 * 0 both ways in 2012-2014). Such a year is missing, never zero.
 */
final class SilentZeros {
  /** How many years after the last year with trade a year of zeros is read as not reported. */
  static final int YEARS = 3;

  /** The rule in words, for the indicators' descriptions. */
  static final String RULE =
      "A year with both flows 0 within "
          + YEARS
          + " years after a year in which the pair traded is read as not reported (no value): the"
          + " source records a country that stopped reporting as zero trade.";

  private SilentZeros() {}

  /**
   * For each of a pair's years, whether its flows are zeros read as not reported.
   *
   * @param years the pair's years, each once, in any order
   * @param flow1 one direction's flow in each year, NaN where the file has none
   * @param flow2 the other direction's, NaN where the file has none
   */
  static boolean[] notReported(int[] years, double[] flow1, double[] flow2) {
    if (flow1.length != years.length || flow2.length != years.length)
      throw new IllegalArgumentException("a year, and two flows for each");
    int[] order =
        IntStream.range(0, years.length)
            .boxed()
            .sorted(Comparator.comparingInt(i -> years[i]))
            .mapToInt(Integer::intValue)
            .toArray();
    boolean[] out = new boolean[years.length];
    Integer traded = null; // the last year before the one read in which the pair traded
    for (int i : order) {
      boolean zeros = flow1[i] == 0 && flow2[i] == 0;
      if (zeros && traded != null && years[i] - traded <= YEARS) out[i] = true;
      if (flow1[i] > 0 || flow2[i] > 0) traded = years[i];
    }
    return out;
  }
}
