package org.entwine.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.entwine.events.EventEvidence;
import org.entwine.method.Orientation;
import org.entwine.method.StabilityMeasure;
import org.entwine.time.Month;
import org.junit.jupiter.api.Test;

class DomainJsonTest {
  @Test
  void aMonthIsTheNumberYyyymmAndReadsBack() throws Exception {
    var shock = new EventEvidence.Shock(Month.of(2019, 3), 4.5, 1.25);
    String json = DomainJson.api().writeValueAsString(shock);
    assertThat(json).isEqualTo("{\"month\":201903,\"before\":4.5,\"after\":1.25}");
    assertThat(DomainJson.json().readValue("201903", Month.class)).isEqualTo(Month.of(2019, 3));
  }

  @Test
  void aMeasuresKindIsWrittenBesideItsNameForPagesToAskIt() {
    var tree =
        DomainJson.api()
            .valueToTree(new StabilityMeasure("events.score", Orientation.EITHER, false, 5));
    assertThat(tree.get("measure").asText()).isEqualTo("events.score");
    assertThat(tree.get("kind").asText()).isEqualTo("EVENTS");
  }
}
