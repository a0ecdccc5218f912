package org.entwine.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class VolatilityTest {
  @Test
  void volatilityIsTheSpreadOfTheChanges() {
    // changes +2, +2, +2: no spread at all
    assertThat(Volatility.of(List.of(1.0, 3.0, 5.0, 7.0))).isEqualTo(0.0);
    // changes +4, -4: mean 0, population sd 4
    assertThat(Volatility.of(List.of(0.0, 4.0, 0.0))).isCloseTo(4.0, within(1e-12));
    // changes 1, 2, 6: mean 3, deviations -2, -1, 3, population sd sqrt(14/3)
    assertThat(Volatility.of(List.of(0.0, 1.0, 3.0, 9.0)))
        .isCloseTo(Math.sqrt(14.0 / 3), within(1e-12));
    assertThat(Volatility.of(List.of(1.0, 2.0))).as("fewer than three points").isNull();
  }
}
