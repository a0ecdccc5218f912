package org.entwine.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.entwine.framework.Level;
import org.junit.jupiter.api.Test;

class ValidationTest {
  @Test
  void aucIsTheShareOfStrategicNonStrategicPairsTheDepthOrdersRightWithTiesHalf() {
    // strategic: 90, 50; others: 60, 50, 10. Pairs ordered right: 90>60, 90>50, 90>10, 50>10 = 4;
    // 50=50 half; 50<60 none
    List<Double> depth = List.of(90.0, 50.0, 60.0, 50.0, 10.0);
    List<Level> level =
        List.of(Level.STRATEGIC, Level.SPECIAL, Level.NONE, Level.COMPREHENSIVE, Level.NONE);
    assertThat(Validation.auc(depth, level)).isCloseTo(4.5 / 6, within(1e-12));
  }

  @Test
  void withoutBothGroupsThereIsNoAuc() {
    assertThat(Validation.auc(List.of(1.0, 2.0), List.of(Level.NONE, Level.COMPREHENSIVE)))
        .isNull();
  }

  @Test
  void spearmanOfALevelThatRisesWithDepthIsOne() {
    List<Double> depth = List.of(10.0, 20.0, 30.0, 40.0);
    List<Level> level = List.of(Level.NONE, Level.COMPREHENSIVE, Level.STRATEGIC, Level.SPECIAL);
    assertThat(Validation.spearman(depth, level)).isCloseTo(1.0, within(1e-12));
    assertThat(Validation.ordinal(Level.ALLIANCE)).isZero();
  }
}
