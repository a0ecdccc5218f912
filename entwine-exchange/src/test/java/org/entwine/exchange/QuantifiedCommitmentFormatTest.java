package org.entwine.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.entwine.evidence.Metric;
import org.entwine.registry.Registry;
import org.entwine.source.Attestation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A commitment's target and the outcomes reported for a pair, in the exchange format. */
class QuantifiedCommitmentFormatTest {
  @TempDir Path dir;

  static final String GOOD =
      """
      entwine: 1
      sources:
        - {id: s, title: A test source, illustrative: true}
      actors:
        - {code: XA, kind: STATE, name: Xaland, sources: [s]}
        - {code: XB, kind: STATE, name: Xbland, sources: [s]}
      commitments:
        - id: xb-trade
          date: 2016-09-03
          by: [XA, XB]
          area: trade
          text: Raise two-way trade to USD 15 billion by 2020
          target: {metric: trade_total_usd, value: 15000000000, unit: USD, year: 2020}
          sources: [s]
        - id: xb-trade-again
          date: "2018"
          by: [XB]
          to: [XA]
          text: The same target, stated again
          target: {metric: TRADE_TOTAL_USD, value: 1.5E10, unit: USD, year: 2020}
          restates: xb-trade
          confidence: reported
          sources: [s]
      outcomes:
        - id: xb-trade-2020
          parties: [XA, XB]
          metric: trade-total-usd
          value: 12340000000
          unit: USD
          year: 2020
          date: 2020-10-20
          reportedBy: A ministry
          text: Trade stood at USD 12.34 billion in the fiscal year 2019-20
          confidence: reported
          note: a fiscal year
          sources: [s]
      """;

  private final RegistryReader reader = TestDocuments.reader();

  private Path file(String name, String text) throws IOException {
    return TestDocuments.write(dir, name, text);
  }

  @Test
  void aTargetARestatementAndAnOutcomeAreReadWithEveryField() throws IOException {
    Registry r = reader.read(List.of(file("good.yaml", GOOD))).registry();
    var first = r.commitments().get(0);
    assertThat(first.target().metric()).isEqualTo(Metric.TRADE_TOTAL_USD);
    assertThat(first.target().value()).isEqualTo(15e9);
    assertThat(first.target().year()).isEqualTo(2020);
    assertThat(first.date().toString()).isEqualTo("2016-09-03");
    assertThat(first.confidence()).isEqualTo(Attestation.CONFIRMED);
    var again = r.commitments().get(1);
    assertThat(again.restates()).isEqualTo("xb-trade");
    assertThat(again.to()).containsExactly("XA");
    assertThat(again.confidence()).isEqualTo(Attestation.REPORTED);
    assertThat(r.outcomes())
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.value()).isEqualTo(12.34e9);
              assertThat(o.year()).isEqualTo(2020);
              assertThat(o.reportedBy()).isEqualTo("A ministry");
              assertThat(o.confidence()).isEqualTo(Attestation.REPORTED);
            });
  }

  @Test
  void whatIsWrittenReadsBackTheSame() throws IOException {
    Registry r = reader.read(List.of(file("good.yaml", GOOD))).registry();
    for (boolean json : new boolean[] {false, true}) {
      Path out = dir.resolve(json ? "json" : "yaml");
      List<Path> written = RegistryWriter.write(r, out, json);
      Registry back = reader.read(written).registry();
      assertThat(back.commitments()).as(json ? "json" : "yaml").isEqualTo(r.commitments());
      assertThat(back.outcomes()).as(json ? "json" : "yaml").isEqualTo(r.outcomes());
    }
  }

  /** Each broken file: the line the problem is on, the field named, and words of the message. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          a target that is no number      | value: 15000000000 => value: fifteen billion   | 13 | commitments[0].target.value | expected a number, got 'fifteen billion'
          an unknown metric               | metric: trade_total_usd, => metric: friendship, | 13 | commitments[0].target.metric | expected one of TRADE_TOTAL_USD
          a target due before it was set  | year: 2020} => year: 2015}                       | 13 | commitments[0].target.year | the target year 2015 is before the commitment's date 2016-09-03
          a year that is no year          | 1.5E10, unit: USD, year: 2020 => 1.5E10, unit: USD, year: twenty | 20 | commitments[1].target.year | expected a year of four digits
          a target without a unit         | 1.5E10, unit: USD, => 1.5E10,                     | 20 | commitments[1].target.unit | missing required field 'unit'
          an outcome without a figure     | value: 12340000000 => value: about twelve billion | 28 | outcomes[0].value | expected a number, got 'about twelve billion'
          an outcome of an unknown metric | metric: trade-total-usd => metric: goodwill | 27 | outcomes[0].metric | expected one of
          an outcome of one party         | parties: [XA, XB] => parties: [XA]                | 25 | outcomes[0] | an outcome is about two parties
          """)
  void aBrokenTargetOrOutcomeIsRefusedWithItsLineAndField(
      String what, String edit, int line, String field, String words) throws IOException {
    TestDocuments.refused(reader, dir, GOOD, edit, line, field, words);
  }
}
