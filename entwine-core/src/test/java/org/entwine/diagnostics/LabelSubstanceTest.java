package org.entwine.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import org.entwine.framework.Level;
import org.junit.jupiter.api.Test;

class LabelSubstanceTest {
  @Test
  void aHighLabelOverShallowDepthAndDepthWithoutALabelAreFlaggedWhenTheEvidenceSuffices() {
    assertThat(LabelSubstance.of(Level.STRATEGIC, 20.0, 0.8, 50, 80))
        .isEqualTo(Flag.LABEL_ABOVE_SUBSTANCE);
    assertThat(LabelSubstance.of(null, 90.0, 0.8, 50, 80)).isEqualTo(Flag.SUBSTANCE_WITHOUT_LABEL);
    assertThat(LabelSubstance.of(Level.OTHER_PARTNERSHIP, 90.0, 0.8, 50, 80))
        .isEqualTo(Flag.SUBSTANCE_WITHOUT_LABEL);
    assertThat(LabelSubstance.of(Level.COMPREHENSIVE, 20.0, 0.8, 50, 80))
        .as("comprehensive is below strategic")
        .isNull();
    assertThat(LabelSubstance.of(Level.STRATEGIC, 60.0, 0.8, 50, 80)).isNull();
  }

  @Test
  void tooLittleCoverageDiagnosesNothing() {
    assertThat(LabelSubstance.of(null, 95.0, 0.07, 50, 80)).isNull();
    assertThat(LabelSubstance.of(Level.SPECIAL, 5.0, 0.2, 50, 80)).isNull();
  }
}
