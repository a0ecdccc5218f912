package org.entwine.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TradeDependenceTest {
  @Test
  void sharesAndAsymmetryFromTheFlowsAndTotals() {
    // China-Vietnam 2014 in COW Trade v4.0 (million USD): flows 25451 and 44907; totals as in the
    // national file.
    var t =
        TradeDependence.of(
                25451.0, 44907.0, 2519304.5 + 2818426.75, 144557.595451731 + 143039.434548648)
            .orElseThrow();
    assertThat(t.total()).isEqualTo(70358.0);
    assertThat(t.shareOfA()).isCloseTo(1.3181, within(1e-4));
    assertThat(t.shareOfB()).isCloseTo(24.4641, within(1e-4));
    assertThat(t.asymmetryForA())
        .as("China needs Vietnam less than Vietnam needs China")
        .isNegative();
  }

  @Test
  void aMissingFlowLeavesTheRelationMissingButAZeroFlowIsAZero() {
    assertThat(TradeDependence.of(null, 0.0, 10.0, 10.0)).isEmpty();
    assertThat(TradeDependence.of(0.0, 0.0, 10.0, 10.0).orElseThrow().total()).isZero();
  }

  @Test
  void anUnknownTotalLeavesItsShareUnknown() {
    var t = TradeDependence.of(1.0, 1.0, null, 4.0).orElseThrow();
    assertThat(t.shareOfA()).isNull();
    assertThat(t.shareOfB()).isEqualTo(50.0);
    assertThat(t.asymmetryForA()).isNull();
  }
}
