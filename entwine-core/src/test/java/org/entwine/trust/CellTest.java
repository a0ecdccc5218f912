package org.entwine.trust;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CellTest {
  @Test
  void degreeOneAloneIsTheHighLevelOfConfidenceSoADegreeNeverContradictsItsCell() {
    assertThat(Cell.of(Degree.HIGH_CONFIDENCE, 60.0, 50)).isEqualTo(Cell.GOOD_FRIEND);
    assertThat(Cell.of(Degree.HIGH_CONFIDENCE, 40.0, 50)).isEqualTo(Cell.GOOD_PARTNER);
    assertThat(Cell.of(Degree.LESS_CONFIDENCE, 60.0, 50)).isEqualTo(Cell.BAD_FRIEND);
    assertThat(Cell.of(Degree.LESS_CONFIDENCE, 40.0, 50)).isEqualTo(Cell.BAD_PARTNER);
    assertThat(Cell.of(Degree.DEEP_SUSPICION, 50.0, 50)).isEqualTo(Cell.BAD_FRIEND);
    for (Degree d : Degree.values()) {
      Cell c = Cell.of(d, 70.0, 50);
      if (c != null)
        assertThat(c == Cell.GOOD_FRIEND || c == Cell.GOOD_PARTNER).isEqualTo(d.isHighConfidence());
    }
  }

  @Test
  void theMatrixDoesNotGuess() {
    assertThat(Cell.of(Degree.INSUFFICIENT_EVIDENCE, 90.0, 50)).isNull();
    assertThat(Cell.of(Degree.HIGH_CONFIDENCE, null, 50)).isNull();
    assertThat(Cell.of(Degree.HIGH_CONFIDENCE, 90.0, Double.NaN)).isNull();
  }

  @Test
  void eachCellHasTheNeutralWordingOfItsTwoAxes() {
    assertThat(Cell.BAD_PARTNER.neutral()).isEqualTo("lower confidence, less cooperation");
    assertThat(Cell.GOOD_FRIEND.more()).isTrue();
    assertThat(Cell.GOOD_PARTNER.more()).isFalse();
  }
}
