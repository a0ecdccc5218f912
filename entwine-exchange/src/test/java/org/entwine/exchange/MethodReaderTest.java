package org.entwine.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.entwine.method.Aggregation;
import org.entwine.method.MeasureKind;
import org.entwine.method.Method;
import org.entwine.method.Normalization;
import org.entwine.method.Orientation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MethodReaderTest {
  static final String GOOD =
      """
      entwineMethod: 1
      id: mine
      version: 2
      normalization: rank
      aggregation: geometric
      lookbackYears: 3
      indicators:
        - id: trade
          measure: trade.share
          orientation: FROM_FOCAL
          pillar: INTERESTS
          side: DE_FACTO
          transform: log
          weight: 2
          paper: "the level of interdependence regarding trade"
        - id: mechanisms
          measure: ledger:mechanisms
          pillar: INSTITUTIONS
          side: DE_JURE
          paper: "the levels of cooperative structures"
      stability:
        - {measure: unga.kappa, years: 10}
        - {measure: events.score, years: 5}
      """;

  private static Method read(String text) {
    return MethodReader.read(Path.of("m.yaml"), text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsAMethodAndHashesItsBytes() {
    Method m = read(GOOD);
    assertThat(m.normalization()).isEqualTo(Normalization.RANK);
    assertThat(m.aggregation()).isEqualTo(Aggregation.GEOMETRIC);
    assertThat(m.indicators().get(0).orientation()).isEqualTo(Orientation.FROM_FOCAL);
    assertThat(m.indicators().get(0).log()).isTrue();
    assertThat(m.indicators().get(1).orientation()).isEqualTo(Orientation.EITHER);
    // each measure's kind decided once, as the method is read
    assertThat(m.indicators())
        .extracting(i -> i.kind())
        .containsExactly(MeasureKind.DATASET, MeasureKind.LEDGER);
    assertThat(m.stability())
        .extracting(st -> st.kind())
        .containsExactly(MeasureKind.DATASET, MeasureKind.EVENTS);
    assertThat(m.hash())
        .hasSize(64)
        .isEqualTo(read(GOOD).hash())
        .isNotEqualTo(read(GOOD + "\n").hash());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          an unknown pillar          | pillar: INTERESTS => pillar: ECONOMY                  | 11 | indicators[0].pillar      | expected one of INTERESTS
          a weight that is not one   | weight: 2 => weight: heavy                            | 14 | indicators[0].weight      | expected a number
          no sentence of the papers  | paper: "the levels of cooperative structures" =>      | 16 | indicators[1].paper       | missing required field 'paper'
          an unknown ledger measure  | ledger:mechanisms => ledger:friendship                | 17 | indicators[1].measure     | unknown ledger measure
          an event measure indicator | measure: trade.share => measure: events.score        | 9  | indicators[0].measure     | a measure of the event record, which a method reads for stability
          a ledger count's swings    | measure: unga.kappa => measure: ledger:contacts      | 22 | stability[0].measure      | no swings to measure
          an unknown event measure   | measure: events.score => measure: events.mood        | 23 | stability[1].measure      | unknown measure of the event record 'events.mood': expected one of [events.score, events.material-conflict]
          an unknown normalization   | normalization: rank => normalization: best            | 4  | normalization             | expected one of MIN_MAX
          a duplicate indicator      | id: mechanisms => id: trade                           | 1  |                           | indicator 'trade' is defined twice
          """)
  void aBrokenMethodIsRefusedWithItsLineAndField(
      String what, String edit, int line, String field, String words) {
    String[] parts = edit.split("\\s*=>\\s*", -1);
    String text = GOOD.replace(parts[0].strip(), parts[1].strip());
    assertThat(text).isNotEqualTo(GOOD);
    assertThatThrownBy(() -> read(text))
        .isInstanceOf(ExchangeException.class)
        .satisfies(
            e ->
                assertThat(((ExchangeException) e).problems())
                    .anySatisfy(
                        p -> {
                          assertThat(p.line()).isEqualTo(line);
                          assertThat(p.field() == null ? "" : p.field())
                              .isEqualTo(field == null ? "" : field);
                          assertThat(p.message()).contains(words);
                        }));
  }
}
