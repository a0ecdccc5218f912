package org.entwine.method;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.entwine.evidence.Commitment;
import org.entwine.evidence.Contact;
import org.entwine.evidence.ContactLevel;
import org.entwine.evidence.Document;
import org.entwine.evidence.Mechanism;
import org.entwine.evidence.MechanismLevel;
import org.entwine.evidence.Project;
import org.entwine.evidence.ProjectStatus;
import org.entwine.evidence.Session;
import org.entwine.registry.Records;
import org.entwine.registry.Registry;
import org.entwine.time.PartialDate;
import org.junit.jupiter.api.Test;

class LedgerMeasuresTest {
  private static final List<String> SRC = List.of("src");

  /** One record of each ledger between two invented actors, XF and XA. */
  private static final Registry LEDGERS =
      Registry.builder()
          .documents(
              List.of(
                  new Document(
                      "d1",
                      "A treaty",
                      "treaty",
                      PartialDate.parse("2010-03-01"),
                      List.of("XF", "XA"),
                      List.of(),
                      true,
                      null,
                      SRC,
                      Records.BY_TEST)))
          .commitments(
              List.of(
                  new Commitment(
                      "c1",
                      "d1",
                      PartialDate.parse("2010-03-01"),
                      List.of("XF"),
                      List.of("XA"),
                      "trade",
                      "A promise",
                      null,
                      null,
                      List.of(),
                      null,
                      null,
                      null,
                      SRC,
                      Records.BY_TEST)))
          .projects(
              List.of(
                  new Project(
                      "p1",
                      "A line",
                      List.of("XF", "XA"),
                      "trade",
                      null,
                      null,
                      null,
                      PartialDate.parse("2015-12-22"),
                      null,
                      null,
                      ProjectStatus.COMPLETED,
                      null,
                      null,
                      SRC,
                      Records.BY_TEST)))
          .mechanisms(
              List.of(
                  new Mechanism(
                      "m1",
                      "A hotline",
                      List.of("XF", "XA"),
                      "defence hotline",
                      MechanismLevel.NATIONAL,
                      PartialDate.parse("2006"),
                      1.0,
                      null,
                      List.of(new Session(PartialDate.parse("2019"), null, SRC)),
                      null,
                      SRC,
                      Records.BY_TEST)))
          .contacts(
              List.of(
                  new Contact(
                      "v1",
                      PartialDate.parse("2020-05-23"),
                      "XA",
                      "XF",
                      ContactLevel.MINISTER,
                      "a visit",
                      null,
                      SRC,
                      Records.BY_TEST)))
          .build();

  @Test
  void everyMeasureOfTheTableIsCountedWhereItsLedgerHasARecord() {
    assertThat(LedgerMeasures.of(LEDGERS, "XF", "XA", 2021))
        .containsOnlyKeys(LedgerMeasures.ALL.keySet())
        .containsEntry("ledger:binding-documents", 1.0)
        .containsEntry("ledger:dispute-channels", 1.0)
        .containsEntry("ledger:high-level-visits", 1.0)
        .containsEntry("ledger:mechanism-years", 16.0)
        .containsEntry("ledger:sessions-held-ratio", 1.0 / 5);
  }

  @Test
  void beforeAnyRecordEveryMeasureIsMissing() {
    assertThat(LedgerMeasures.of(LEDGERS, "XF", "XA", 2005)).isEmpty();
  }
}
