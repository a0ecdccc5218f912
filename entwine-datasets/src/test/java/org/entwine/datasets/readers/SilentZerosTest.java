package org.entwine.datasets.readers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which years of zeros are read as not reported: the rule alone, on made-up series. */
class SilentZerosTest {
  private static final double NONE = Double.NaN;

  @Test
  void zerosBothWaysWithinThreeYearsAfterTradeAreNotReported() {
    int[] years = {2009, 2010, 2011, 2012, 2013, 2014, 2015};
    double[] one = {10, 12, 11, 0, 0, 0, 0};
    double[] other = {0, 0, 0, 0, 0, 0, 0};
    // 2015: the last trade (2011) is four years back, so its zeros are zeros again
    assertThat(SilentZeros.notReported(years, one, other))
        .containsExactly(false, false, false, true, true, true, false);
  }

  @Test
  void aPairThatNeverTradedHasZerosNotGaps() {
    int[] years = {2000, 2001, 2002};
    double[] zeros = {0, 0, 0};
    assertThat(SilentZeros.notReported(years, zeros, zeros)).containsExactly(false, false, false);
  }

  @Test
  void oneFlowAboveZeroIsTradeAndAMissingFlowIsNeitherTradeNorZero() {
    int[] years = {2000, 2001, 2002, 2003};
    double[] one = {5, 0, NONE, 0};
    double[] other = {0, 3, NONE, NONE};
    // 2001 trades one way; 2002 is missing (no trade to count); 2003 has one flow missing: not
    // both zero
    assertThat(SilentZeros.notReported(years, one, other))
        .containsExactly(false, false, false, false);
    int[] later = {2000, 2002, 2003};
    double[] a = {5, NONE, 0};
    double[] b = {1, NONE, 0};
    assertThat(SilentZeros.notReported(later, a, b)).containsExactly(false, false, true);
  }

  @Test
  void theYearsMayComeInAnyOrder() {
    int[] years = {2013, 2011, 2012, 2010};
    double[] one = {0, 0, 0, 7};
    double[] other = {0, 0, 0, 0};
    assertThat(SilentZeros.notReported(years, one, other)).containsExactly(true, true, true, false);
  }
}
