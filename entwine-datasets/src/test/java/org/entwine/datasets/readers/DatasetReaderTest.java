package org.entwine.datasets.readers;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Path;
import java.util.List;
import org.entwine.actor.Crosswalk;
import org.entwine.datasets.CsvRows;
import org.entwine.datasets.Datasets;
import org.entwine.datasets.Unmapped;
import org.entwine.exchange.ExchangeException;
import org.entwine.exchange.Problems;
import org.entwine.source.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The base every dataset reader shares: it owns the loop over the rows, the counters, the problems
 * and the result, and a reader declares only what a row means (here, an invented layout read for
 * invented states: test input, not published data).
 */
class DatasetReaderTest {
  @TempDir Path dir;

  /** A whole reader: its records and what a row means, nothing else. */
  static final class Handshakes extends DatasetReader {
    Handshakes() {
      super(
          "handshakes",
          "Handshakes between invented states (a layout made up for this test)",
          "one CSV with from, to, year, handshakes",
          new Definitions(
                  new Source(
                      "handshakes-test",
                      "Handshakes (invented)",
                      null,
                      null,
                      null,
                      null,
                      "Handshakes",
                      null,
                      "Invented for the reader's test.",
                      false))
              .indicator(
                  "test.handshakes", "Handshakes", "count", true, false, "Invented for tests."));
    }

    @Override
    void read(Reading reading, List<Path> files) {
      reading.rows(
          files.get(0),
          List.of("from", "to", "year", "handshakes"),
          row -> {
            Integer year = row.year("year");
            Double n = row.count("handshakes");
            var a = reading.byName(row.text("from"));
            var b = reading.byName(row.text("to"));
            if (year == null || a.isEmpty() || b.isEmpty()) return;
            reading.see(year);
            if (n == null) reading.missing();
            else reading.observe("test.handshakes", a.get(), b.get(), reading.period(year), n);
          });
    }
  }

  private static final String HEADER = "from,to,year,handshakes\n";

  @Test
  void theLoopCountsRowsUnmappedNamesMissingValuesAndTheYearsRead() throws Exception {
    Path file =
        InventedActors.write(
            dir,
            "handshakes.csv",
            HEADER
                + "Atlantis,Borduria,2019,3\n"
                + "Borduria,Atlantis,2021,NA\n"
                + "Atlantis,Nowhere,2020,2\n"
                + "Nowhere,Atlantis,2020,1\n");
    var r = InventedActors.read(new Handshakes(), List.of(file));
    assertThat(r.value("test.handshakes|XAA|XBB|2019")).isEqualTo(3.0);
    assertThat(r.source("test.handshakes|XAA|XBB|2019")).isEqualTo("handshakes-test");
    assertThat(r.observations()).hasSize(1);
    assertThat(r.result().rows()).isEqualTo(4);
    assertThat(r.result().missing()).isEqualTo(1);
    assertThat(r.result().unmapped()).containsExactly(java.util.Map.entry("name 'Nowhere'", 2L));
    // the years of the rows read, the missing value's included
    var defined = r.result().records().indicators().get(0);
    assertThat(defined.coveredFrom()).isEqualTo(2019);
    assertThat(defined.coveredTo()).isEqualTo(2021);
    assertThat(r.result().records().sources())
        .extracting(Source::id)
        .containsExactly("handshakes-test");
  }

  @Test
  void aBrokenRowIsReportedWithFileLineAndFieldAndNothingIsSentOn() throws Exception {
    Path file =
        InventedActors.write(
            dir,
            "handshakes.csv",
            HEADER + "Atlantis,Borduria,2019,3\n" + "Atlantis,Borduria,2020,many\n");
    assertThatThrownBy(() -> InventedActors.read(new Handshakes(), List.of(file)))
        .isInstanceOf(ExchangeException.class)
        .hasMessage(file + ":3: handshakes: expected a number, got 'many'");
  }

  @Test
  void everyProblemOfTheFileIsReportedAtOnce() throws Exception {
    Path file =
        InventedActors.write(
            dir, "handshakes.csv", HEADER + "Atlantis,Borduria,19,3\n" + "Atlantis,Borduria\n");
    assertThatThrownBy(() -> InventedActors.read(new Handshakes(), List.of(file)))
        .isInstanceOf(ExchangeException.class)
        .hasMessageContaining("2 problems; nothing was imported")
        .hasMessageContaining(file + ":2: year: expected a year from 1800 to")
        .hasMessageContaining(file + ":3: expected 4 fields, got 2 (is the file cut short?)");
  }

  @Test
  void theBaseRefusesAWrongNumberOfFilesNamingThoseItTakes() throws Exception {
    Path file = InventedActors.write(dir, "handshakes.csv", HEADER);
    assertThatThrownBy(() -> InventedActors.read(new Handshakes(), List.of(file, file)))
        .isInstanceOf(ExchangeException.class)
        .hasMessage(file + ": handshakes takes one file: one CSV with from, to, year, handshakes");
  }

  @Test
  void everyDatasetIsReadByTheBase() {
    assertThat(Datasets.all()).isNotEmpty().allMatch(d -> d instanceof DatasetReader);
  }

  @Test
  void noReaderOpensAFileCountsUnmappedCodesOrCollectsProblemsItself() {
    JavaClasses readers =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.entwine.datasets.readers");
    noClasses()
        .that()
        .doNotHaveSimpleName(Reading.class.getSimpleName())
        .should()
        .callMethodWhere(target(owner(name(CsvRows.class.getName()))).and(target(name("open"))))
        .orShould()
        .callConstructor(Problems.class)
        .orShould()
        .callConstructor(Unmapped.class, Crosswalk.class)
        .because("the base's Reading owns the loop, the counters and the problems")
        .check(readers);
  }
}
