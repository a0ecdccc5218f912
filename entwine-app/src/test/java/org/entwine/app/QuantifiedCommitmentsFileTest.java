package org.entwine.app;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entwine.evidence.Commitment;
import org.entwine.evidence.Outcome;
import org.entwine.registry.Registry;
import org.entwine.source.Attestation;
import org.entwine.testing.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The bundled data/example/commitments.yaml holds the entwine-research list of Viet Nam's
 * quantified commitments (../shared/data/commitments/entwine-research/, read in place) row for row:
 * every commitment and outcome with its id, pair, date, figure, unit, year, attestation and its own
 * pages, but the rows it says it leaves out.
 */
class QuantifiedCommitmentsFileTest {
  static final String FILE = "commitments/entwine-research/vietnam-quantified-commitments.csv";
  static List<NamedCsvRecord> rows = new ArrayList<>();
  static Registry registry;
  static Map<String, Commitment> commitments = new HashMap<>();
  static Map<String, Outcome> outcomes = new HashMap<>();

  @BeforeAll
  static void read() throws Exception {
    if (!SharedData.isHere(FILE)) return;
    Path csv = SharedData.require(FILE);
    try (CsvReader<NamedCsvRecord> r = CsvReader.builder().ofNamedCsvRecord(csv)) {
      r.forEach(rows::add);
    }
    registry = BundledExample.registry();
    registry.commitments().forEach(c -> commitments.put(c.id(), c));
    registry.outcomes().forEach(o -> outcomes.put(o.id(), o));
  }

  /** Skips each test where it is absent (fails under CI): a skip in @BeforeAll counts no test. */
  @BeforeEach
  void requireTheFile() {
    SharedData.require(FILE);
  }

  /** The rows left out, each for the reason the file's header gives. */
  private static boolean leftOut(NamedCsvRecord row) {
    return row.getField("partner").equals("EUU") || row.getField("confidence").equals("lead");
  }

  private static Set<String> urls(List<String> sources) {
    Set<String> out = new HashSet<>();
    for (String id : sources) out.add(registry.source(id).orElseThrow().url());
    return out;
  }

  private static Set<String> urls(NamedCsvRecord row) {
    Set<String> out = new HashSet<>();
    for (String k : List.of("source_url", "source_2_url"))
      if (!row.getField(k).isEmpty()) out.add(row.getField(k));
    return out;
  }

  private static Integer year(NamedCsvRecord row) {
    String y = row.getField("target_year");
    return y.isEmpty() ? null : Integer.valueOf(y);
  }

  private static Attestation confidence(NamedCsvRecord row) {
    return row.getField("confidence").equals("reported")
        ? Attestation.REPORTED
        : Attestation.CONFIRMED;
  }

  @Test
  void everyCommitmentRowIsACommitmentBetweenVietNamAndThePartnerWithItsTargetAndPages() {
    int entered = 0;
    for (NamedCsvRecord row : rows) {
      if (!row.getField("kind").equals("commitment")) continue;
      String id = row.getField("id");
      Commitment c = commitments.get(id);
      if (leftOut(row)) {
        assertThat(c).as(id + " is left out").isNull();
        continue;
      }
      entered++;
      assertThat(c).as(id).isNotNull();
      assertThat(c.date() == null ? "" : c.date().toString())
          .as(id)
          .isEqualTo(row.getField("date"));
      assertThat(Set.copyOf(c.parties()))
          .as(id + ": the pair")
          .isEqualTo(Set.of("VNM", row.getField("partner")));
      assertThat(c.text()).as(id).isEqualTo(row.getField("statement"));
      assertThat(c.target().metric().id()).as(id).isEqualTo(row.getField("metric"));
      assertThat(c.target().value())
          .as(id)
          .isEqualTo(Double.parseDouble(row.getField("target_value")));
      assertThat(c.target().unit()).as(id).isEqualTo(row.getField("unit"));
      assertThat(c.target().year()).as(id).isEqualTo(year(row));
      assertThat(c.confidence()).as(id).isEqualTo(confidence(row));
      assertThat(urls(c.sources())).as(id).isEqualTo(urls(row));
      assertThat(c.note()).as(id).contains(row.getField("stated_by"));
    }
    assertThat(entered).isEqualTo(81);
  }

  @Test
  void everyOutcomeRowIsAReportedFigureWithWhoseFigureItIs() {
    int entered = 0;
    for (NamedCsvRecord row : rows) {
      if (!row.getField("kind").equals("outcome")) continue;
      String id = row.getField("id");
      Outcome o = outcomes.get(id);
      assertThat(leftOut(row)).as(id).isFalse();
      entered++;
      assertThat(o).as(id).isNotNull();
      assertThat(o.parties()).as(id).containsExactly("VNM", row.getField("partner"));
      assertThat(o.metric().id()).as(id).isEqualTo(row.getField("metric"));
      assertThat(o.value()).as(id).isEqualTo(Double.parseDouble(row.getField("target_value")));
      assertThat(o.unit()).as(id).isEqualTo(row.getField("unit"));
      assertThat(o.year()).as(id).isEqualTo(year(row));
      assertThat(o.date() == null ? "" : o.date().toString())
          .as(id)
          .isEqualTo(row.getField("date"));
      assertThat(o.reportedBy()).as(id).isEqualTo(row.getField("stated_by"));
      assertThat(o.text()).as(id).isEqualTo(row.getField("statement"));
      assertThat(o.confidence()).as(id).isEqualTo(confidence(row));
      assertThat(urls(o.sources())).as(id).isEqualTo(urls(row));
    }
    assertThat(entered).isEqualTo(44);
  }

  @Test
  void nothingElseIsEnteredUnderTheListsIdsAndOnlyTheFourRowsItNamesAreLeftOut() {
    Set<String> ids = new HashSet<>();
    rows.forEach(r -> ids.add(r.getField("id")));
    assertThat(registry.commitments())
        .filteredOn(c -> c.id().startsWith("VNM-"))
        .allSatisfy(c -> assertThat(ids).contains(c.id()));
    assertThat(registry.outcomes()).allSatisfy(o -> assertThat(ids).contains(o.id()));
    assertThat(rows.stream().filter(QuantifiedCommitmentsFileTest::leftOut))
        .extracting(r -> r.getField("id"))
        .containsExactlyInAnyOrder("VNM-RUS-01", "VNM-USA-04", "VNM-EUU-01", "VNM-EUU-02");
  }

  @Test
  void aRestatementRepeatsTheTargetOfTheCommitmentItNamesOnTheSamePair() {
    var pairs = new org.entwine.registry.PairLedgers(registry);
    int restated = 0;
    for (Commitment c : registry.commitments()) {
      if (c.restates() == null) continue;
      restated++;
      Commitment first = commitments.get(c.restates());
      assertThat(first).as(c.id()).isNotNull();
      assertThat(c.target().sameAs(first.target())).as(c.id()).isTrue();
      String partner = c.parties().stream().filter(a -> !a.equals("VNM")).findFirst().orElseThrow();
      assertThat(pairs.of("VNM", partner).commitments()).as(c.id()).contains(c, first);
    }
    assertThat(restated).isPositive();
  }
}
