package org.entwine.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.entwine.framework.Level;
import org.junit.jupiter.api.Test;

class LabelSubstanceTest {
  /** The median depth of the ranked partners at each level (invented). */
  private static final Map<Level, Double> PEERS =
      Map.of(
          Level.COMPREHENSIVE_STRATEGIC, 50.0,
          Level.STRATEGIC, 35.0,
          Level.COMPREHENSIVE, 25.0,
          Level.NONE, 10.0);

  @Test
  void aLabelIsJudgedAgainstThePartnersAtTheLevelBeneathIt() {
    // comprehensive strategic, shallower than the median strategic partner
    assertThat(LabelSubstance.of(Level.COMPREHENSIVE_STRATEGIC, 30.0, 0.8, PEERS))
        .isEqualTo(Flag.LABEL_ABOVE_SUBSTANCE);
    assertThat(LabelSubstance.of(Level.COMPREHENSIVE_STRATEGIC, 40.0, 0.8, PEERS)).isNull();
    // strategic, shallower than the median comprehensive partner
    assertThat(LabelSubstance.of(Level.STRATEGIC, 20.0, 0.8, PEERS))
        .isEqualTo(Flag.LABEL_ABOVE_SUBSTANCE);
    // special stands beside comprehensive strategic, not on its ladder
    assertThat(LabelSubstance.of(Level.SPECIAL, 45.0, 0.8, PEERS))
        .isEqualTo(Flag.LABEL_ABOVE_SUBSTANCE);
    // a comprehensive partnership is not a label the papers call strategic
    assertThat(LabelSubstance.of(Level.COMPREHENSIVE, 5.0, 0.8, PEERS)).isNull();
  }

  @Test
  void substanceWithoutALabelIsAsDeepAsTheMedianStrategicPartner() {
    assertThat(LabelSubstance.of(null, 36.0, 0.8, PEERS)).isEqualTo(Flag.SUBSTANCE_WITHOUT_LABEL);
    assertThat(LabelSubstance.of(Level.OTHER_PARTNERSHIP, 40.0, 0.8, PEERS))
        .isEqualTo(Flag.SUBSTANCE_WITHOUT_LABEL);
    assertThat(LabelSubstance.of(Level.NONE, 34.0, 0.8, PEERS)).isNull();
    assertThat(LabelSubstance.of(Level.ALLIANCE, 90.0, 0.8, PEERS)).isNull();
  }

  @Test
  void aThinDepthDiagnosesNothing() {
    assertThat(LabelSubstance.of(null, 95.0, 0.07, PEERS)).isNull();
    assertThat(LabelSubstance.of(Level.SPECIAL, 5.0, 0.2, PEERS)).isNull();
    // without peers at the level beneath, nothing to judge against
    assertThat(LabelSubstance.of(Level.STRATEGIC, 5.0, 0.8, Map.of())).isNull();
  }
}
