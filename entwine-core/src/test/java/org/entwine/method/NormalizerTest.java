package org.entwine.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class NormalizerTest {
  private static final double[] X = {2, 4, 10};

  @Test
  void minMaxPutsTheLowestAt0AndTheHighestAt100() {
    assertThat(Normalizer.normalize(Normalization.MIN_MAX, X, null)).containsExactly(0, 25, 100);
  }

  @Test
  void zScoreMapsThreeStandardDeviationsToTheScale() {
    // mean 16/3, population sd sqrt(104/9) = 3.3993; z(10) = 1.3728 -> 50 + 50 * 1.3728 / 3 =
    // 72.880
    double[] s = Normalizer.normalize(Normalization.Z_SCORE, X, null);
    assertThat(s[2]).isCloseTo(72.880, within(1e-3));
    assertThat(s[0]).isCloseTo(50 - 50 * (16.0 / 3 - 2) / Math.sqrt(104.0 / 9) / 3, within(1e-9));
  }

  @Test
  void rankIsThePercentileWithTiesCountedHalf() {
    assertThat(Normalizer.normalize(Normalization.RANK, X, null)).containsExactly(0, 50, 100);
    assertThat(Normalizer.normalize(Normalization.RANK, new double[] {1, 1, 3}, null))
        .containsExactly(25, 25, 100);
  }

  @Test
  void distanceToTargetIsTheShareOfTheTargetCappedAt100() {
    assertThat(Normalizer.normalize(Normalization.DISTANCE_TO_TARGET, X, 8.0))
        .containsExactly(25, 50, 100);
    assertThat(Normalizer.normalize(Normalization.DISTANCE_TO_TARGET, X, null))
        .containsExactly(20, 40, 100);
  }

  @Test
  void aConstantIndicatorTellsNothingUnlessThereIsATarget() {
    double[] same = {3, 3, 3};
    assertThat(Normalizer.normalize(Normalization.MIN_MAX, same, null)).isNull();
    assertThat(Normalizer.normalize(Normalization.RANK, same, null)).isNull();
    assertThat(Normalizer.normalize(Normalization.DISTANCE_TO_TARGET, same, 6.0))
        .containsExactly(50, 50, 50);
  }
}
