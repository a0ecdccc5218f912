package org.entwine.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StabilityTest {
  @Test
  void theLeastVolatileRelationIsTheMostStable() {
    Method m =
        new Method(
            "t",
            1,
            null,
            Normalization.MIN_MAX,
            Aggregation.ARITHMETIC,
            0,
            false,
            null,
            List.of(Methods.indicator("a", Pillar.INTERESTS, Side.DE_FACTO, true, 1)),
            List.of(),
            List.of(new StabilityMeasure("trade.total", Orientation.EITHER, true, 10)),
            null,
            null,
            null,
            "h");
    var s =
        Stability.scores(
            m,
            Normalization.MIN_MAX,
            Map.of(
                "CALM",
                Map.of("trade.total", 0.1),
                "MID",
                Map.of("trade.total", 0.3),
                "WILD",
                Map.of("trade.total", 0.5)));
    assertThat(s).containsEntry("CALM", 100.0).containsEntry("WILD", 0.0);
    assertThat(s.get("MID")).isCloseTo(50.0, within(1e-9));
  }
}
