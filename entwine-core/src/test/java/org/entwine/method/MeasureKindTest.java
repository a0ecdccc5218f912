package org.entwine.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.entwine.events.EventEvidence;
import org.junit.jupiter.api.Test;

class MeasureKindTest {
  @Test
  void aMeasuresNameSaysItsKind() {
    assertThat(MeasureKind.of("trade.share")).isEqualTo(MeasureKind.DATASET);
    assertThat(MeasureKind.of("icews.cooperation-share")).isEqualTo(MeasureKind.DATASET);
    assertThat(MeasureKind.of("ledger:binding-documents")).isEqualTo(MeasureKind.LEDGER);
    assertThat(EventEvidence.MEASURES).allMatch(m -> MeasureKind.of(m) == MeasureKind.EVENTS);
    assertThat(LedgerMeasures.ALL.keySet()).allMatch(m -> MeasureKind.of(m) == MeasureKind.LEDGER);
  }

  @Test
  void aMeasureKeepsTheKindItsNameSays() {
    var visits = Methods.indicator("visits", "ledger:contacts");
    assertThat(visits.kind()).isEqualTo(MeasureKind.LEDGER);
    assertThat(visits.withWeight(2).kind()).isEqualTo(MeasureKind.LEDGER);
    assertThatThrownBy(
            () ->
                new StabilityMeasure(
                    "trade.total", MeasureKind.EVENTS, Orientation.EITHER, false, 5))
        .hasMessageContaining("is of kind DATASET, not EVENTS");
  }

  @Test
  void theEventRecordsMeasuresAreForStabilityAndLedgerCountsNot() {
    assertThatThrownBy(() -> Methods.indicator("x", EventEvidence.SCORE_SWINGS))
        .hasMessageContaining("for stability, not as an indicator");
    assertThat(
            new StabilityMeasure(EventEvidence.SCORE_SWINGS, Orientation.EITHER, false, 5).kind())
        .isEqualTo(MeasureKind.EVENTS);
    assertThatThrownBy(() -> new StabilityMeasure("ledger:contacts", Orientation.EITHER, false, 5))
        .hasMessageContaining("no swings to measure");
  }
}
