package org.entwine.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.entwine.evidence.Observation;
import org.entwine.registry.ObservationQuery;
import org.entwine.store.DuckDbStore;
import org.entwine.trust.CommitmentCheck;
import org.entwine.trust.Degree;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled quantified commitments judged as of 6 December 2026 against the bundled data: each
 * expectation is computed here from the stored observations, not written down.
 */
class QuantifiedCommitmentsTest {
  @TempDir static Path dir;
  static DuckDbStore store;
  static Scoring scoring;
  static final LocalDate DAY = LocalDate.of(2026, 12, 6);

  @BeforeAll
  static void load() {
    store = DuckDbStore.open(dir.resolve("q.duckdb"));
    BundledExample.load(store);
    scoring = Scoring.of(store, DefaultMethod.load(), "VNM", null, DAY.getYear(), false);
  }

  @AfterAll
  static void close() {
    store.close();
  }

  /** The IMF DOTS trade figures of Viet Nam's relations. */
  private static List<Observation> vietnamsTradeReports() {
    List<Observation> out = new ArrayList<>();
    store.observations(ObservationQuery.of("VNM", Set.of("imf.trade.total")), out::add);
    return out;
  }

  /** Viet Nam's own report of its trade with the partner in a year, in million USD. */
  private static Observation vietnamsReport(String partner, int year) {
    return vietnamsTradeReports().stream()
        .filter(
            o ->
                o.actor().equals("VNM")
                    && o.partner().equals(partner)
                    && o.period().earliest().getYear() == year)
        .findFirst()
        .orElseThrow();
  }

  private static CommitmentCheck.Result check(Assessment a, String id) {
    return a.confidence().checks().stream()
        .filter(r -> r.commitment().equals(id))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void indiasFifteenBillionBy2020IsJudgedByVietNamsImfReportOf2020AndCountsOnceForFiveStatements() {
    Assessment india = Assessor.of(scoring, DAY, 10, "IND");
    Observation o = vietnamsReport("IND", 2020);
    double figure = o.value() * 1e6;
    double share = figure / 15e9;
    CommitmentCheck.Verdict expected =
        share >= 1
            ? CommitmentCheck.Verdict.MET
            : share >= CommitmentCheck.PARTLY
                ? CommitmentCheck.Verdict.PARTLY_MET
                : CommitmentCheck.Verdict.MISSED;
    for (String id :
        List.of("VNM-IND-04", "VNM-IND-06", "VNM-IND-07", "VNM-IND-08", "VNM-IND-09")) {
      var r = check(india, id);
      assertThat(r.verdict()).as(id).isEqualTo(expected);
      assertThat(r.figure().value()).as(id).isCloseTo(figure, within(1.0));
      assertThat(r.figure().year()).isEqualTo(2020);
      assertThat(r.figure().sources()).containsExactly(o.source());
      assertThat(r.share()).isCloseTo(share, within(1e-9));
      // India's own figure for its fiscal year 2019-20 is shown beside it, not used
      assertThat(r.others()).anySatisfy(f -> assertThat(f.basis()).contains("VNM-IND-13"));
    }
    var counted = india.confidence().commitments();
    assertThat(counted.stream().filter(id -> id.matches("VNM-IND-0[46789]")))
        .as("five statements of one target")
        .hasSize(1);
  }

  @Test
  void aTargetDueAfterTheDataEndIsJudgedByAReportedOutcomeOrNotJudgedAndNeverCountsAsMissed() {
    int last =
        vietnamsTradeReports().stream()
            .mapToInt(o -> o.period().earliest().getYear())
            .max()
            .orElseThrow();
    assertThat(last).as("the bundled IMF DOTS extract ends before 2023").isLessThan(2023);
    var korea = check(Assessor.of(scoring, DAY, 10, "KOR"), "VNM-KOR-02");
    assertThat(korea.figure().basis()).contains("VNM-KOR-12");
    assertThat(korea.figure().value()).isEqualTo(79.43e9);
    assertThat(korea.share()).isCloseTo(0.7943, within(1e-9));
    var thailand = Assessor.of(scoring, DAY, 10, "THA");
    var due2025 = check(thailand, "VNM-THA-02");
    assertThat(due2025.verdict()).isEqualTo(CommitmentCheck.Verdict.NOT_JUDGED);
    assertThat(due2025.reason()).isEqualTo("not judged: no figure for 2025");
    assertThat(thailand.confidence().commitments()).doesNotContain("VNM-THA-02");
    assertThat(check(thailand, "VNM-THA-04").verdict()).isEqualTo(CommitmentCheck.Verdict.PENDING);
  }

  @Test
  void everyPartnerWithTwoCommitmentsFallenDueHasADegreeFromTheLedgerDatedByItsCommitments() {
    var all = Assessor.assess(scoring, DAY, 10, true).partners();
    var judged = all.stream().filter(a -> a.confidence().fallenDue() >= 2).toList();
    assertThat(judged).extracting(Assessment::partner).contains("IND", "KOR", "CHN");
    for (Assessment a : judged) {
      assertThat(a.confidence().degree())
          .as(a.partner())
          .isNotEqualTo(Degree.INSUFFICIENT_EVIDENCE);
      // it stands, unless fresher evidence judges: then it is named beside the one that stands
      if (a.standing().basis().equals("ledger")) {
        assertThat(a.standing().to()).as(a.partner()).isEqualTo(a.confidence().lastYear());
      } else {
        assertThat(a.standing().to()).as(a.partner()).isGreaterThan(a.confidence().lastYear());
        assertThat(a.standing().reason())
            .contains("from the commitment ledger, " + a.confidence().firstYear() + "-");
      }
      // each counted commitment is by the partner and was judged met, partly met or missed
      for (String id : a.confidence().commitments()) {
        var r = check(a, id);
        assertThat(r.by()).as(id).contains(a.partner());
        assertThat(r.verdict().hasFallenDue()).as(id).isTrue();
      }
    }
  }

  @Test
  void vietNamsOwnPledgesAreCheckedButNeverJudgeThePartner() {
    Assessment cuba = Assessor.of(scoring, DAY, 10, "CUB");
    var rice = check(cuba, "VNM-CUB-01");
    assertThat(rice.by()).containsExactly("VNM");
    assertThat(rice.verdict()).isEqualTo(CommitmentCheck.Verdict.MET);
    assertThat(rice.figure().basis()).contains("VNM-CUB-02");
    assertThat(cuba.confidence().commitments()).isEmpty();
  }
}
