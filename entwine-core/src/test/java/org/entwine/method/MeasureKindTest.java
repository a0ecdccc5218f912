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
  void anIndicatorKeepsTheKindItsMeasureSays() {
    var i = Methods.indicator("trade", Pillar.INTERESTS, Side.DE_FACTO, true, 1);
    assertThat(i.kind()).isEqualTo(MeasureKind.DATASET);
    assertThat(i.withWeight(2).kind()).isEqualTo(MeasureKind.DATASET);
    assertThatThrownBy(
            () ->
                new MethodIndicator(
                    "x",
                    "ledger:contacts",
                    MeasureKind.DATASET,
                    Pillar.IDENTITY,
                    Side.DE_FACTO,
                    Orientation.EITHER,
                    true,
                    false,
                    1,
                    null,
                    "test",
                    null,
                    null,
                    1,
                    null,
                    Aggregate.NONE))
        .hasMessageContaining("is of kind LEDGER, not DATASET");
  }

  @Test
  void theEventRecordsMeasuresAreForStabilityAndLedgerCountsNot() {
    assertThatThrownBy(
            () ->
                new MethodIndicator(
                    "x",
                    EventEvidence.SCORE_SWINGS,
                    Pillar.IDENTITY,
                    Side.DE_FACTO,
                    Orientation.EITHER,
                    true,
                    false,
                    1,
                    null,
                    "test"))
        .hasMessageContaining("for stability, not as an indicator");
    assertThat(
            new StabilityMeasure(EventEvidence.SCORE_SWINGS, Orientation.EITHER, false, 5).kind())
        .isEqualTo(MeasureKind.EVENTS);
    assertThatThrownBy(() -> new StabilityMeasure("ledger:contacts", Orientation.EITHER, false, 5))
        .hasMessageContaining("no swings to measure");
  }
}
