package org.entwine.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.entwine.registry.Records.change;
import static org.entwine.registry.Records.framework;
import static org.entwine.registry.Records.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrameworkTest {
  private final Framework russia =
      framework(
          "VNM",
          "RUS",
          change("2001", Level.STRATEGIC),
          change("2012-07", Level.COMPREHENSIVE_STRATEGIC));

  @Test
  void theLevelInForceIsTheLatestChangeOnOrBeforeTheDate() {
    assertThat(russia.changeInForce(LocalDate.parse("2000-12-31"))).isEmpty();
    assertThat(russia.changeInForce(LocalDate.parse("2012-01-01")).orElseThrow().level())
        .isEqualTo(Level.STRATEGIC);
    assertThat(russia.changeInForce(LocalDate.parse("2012-07-01")).orElseThrow().level())
        .isEqualTo(Level.COMPREHENSIVE_STRATEGIC);
  }

  @Test
  void aSuspendedFrameworkStillExistsAndAnEndedOneDoesNot() {
    Framework f =
        framework(
            "AAA",
            "BBB",
            List.of(change("2000", Level.STRATEGIC)),
            List.of(
                status("2005", FrameworkStatus.SUSPENDED),
                status("2006", FrameworkStatus.ACTIVE),
                status("2010-03-01", FrameworkStatus.ENDED)));
    assertThat(f.statusOn(LocalDate.parse("2005-06-01"))).isEqualTo(FrameworkStatus.SUSPENDED);
    assertThat(f.existsOn(LocalDate.parse("2005-06-01"))).isTrue();
    assertThat(f.statusOn(LocalDate.parse("2007-01-01"))).isEqualTo(FrameworkStatus.ACTIVE);
    assertThat(f.existsOn(LocalDate.parse("2010-02-28"))).isTrue();
    assertThat(f.existsOn(LocalDate.parse("2010-03-01"))).isFalse();
  }

  @Test
  void refusesAnUpgradeDatedBeforeTheFounding() {
    assertThatThrownBy(
            () ->
                framework(
                    "VNM",
                    "RUS",
                    change("2012-07", Level.COMPREHENSIVE_STRATEGIC),
                    change("2001", Level.STRATEGIC)))
        .hasMessageStartingWith(
            "changes[1] (2001) is dated before the framework's founding, changes[0] (2012-07)");
  }

  @Test
  void refusesChangesOutOfOrderAfterTheFounding() {
    assertThatThrownBy(
            () ->
                framework(
                    "VNM",
                    "JPN",
                    change("2009", Level.STRATEGIC),
                    change("2023-11-27", Level.COMPREHENSIVE_STRATEGIC),
                    change("2014-03-18", Level.STRATEGIC)))
        .hasMessageStartingWith("changes[2] (2014-03-18) is dated before changes[1] (2023-11-27)");
  }

  @Test
  void refusesAStatusChangeBeforeTheEstablishment() {
    assertThatThrownBy(
            () ->
                framework(
                    "AAA",
                    "BBB",
                    List.of(change("2005", Level.STRATEGIC)),
                    List.of(status("2001", FrameworkStatus.SUSPENDED))))
        .hasMessageContaining("is dated before the framework's founding (2005)");
  }

  @Test
  void refusesAResumptionWithoutASuspension() {
    assertThatThrownBy(
            () ->
                framework(
                    "DEU",
                    "VNM",
                    List.of(change("2011-10-11", Level.STRATEGIC)),
                    List.of(status("2019-02-20", FrameworkStatus.ACTIVE))))
        .hasMessageStartingWith(
            "statusChanges[0] (ACTIVE on 2019-02-20) resumes a framework that was not suspended");
  }

  @Test
  void refusesAnythingAfterTheEndAndASecondSuspension() {
    assertThatThrownBy(
            () ->
                framework(
                    "AAA",
                    "BBB",
                    List.of(change("2005", Level.STRATEGIC)),
                    List.of(
                        status("2008", FrameworkStatus.ENDED),
                        status("2010", FrameworkStatus.ACTIVE))))
        .hasMessageContaining("follows the framework's end");
    assertThatThrownBy(
            () ->
                framework(
                    "AAA",
                    "BBB",
                    List.of(change("2005", Level.STRATEGIC)),
                    List.of(
                        status("2008", FrameworkStatus.SUSPENDED),
                        status("2010", FrameworkStatus.SUSPENDED))))
        .hasMessageContaining("already suspended");
  }

  @Test
  void refusesAFrameworkOfAnActorWithItself() {
    assertThatThrownBy(() -> framework("VNM", "VNM", change("2001", Level.STRATEGIC)))
        .hasMessageContaining("two different parties");
  }

  @Test
  void theDefaultIdIsTheSameWhicheverWayThePartiesAreWritten() {
    assertThat(Framework.defaultId("VNM", "RUS"))
        .isEqualTo(Framework.defaultId("RUS", "VNM"))
        .isEqualTo("RUS-VNM");
  }

  @Test
  void anEntryScopedToAPartyWinsOverAGeneralEntryAndNamesCompareLoosely() {
    LevelVocabulary v =
        new LevelVocabulary(
            List.of(
                new LevelName("strategic partnership", Level.STRATEGIC, null, List.of("s")),
                new LevelName(
                    "Strategic  Partnership", Level.SECTORAL_STRATEGIC, "NLD", List.of("s"))));
    assertThat(v.levelOf("The strategic partnership", List.of("VNM", "RUS")))
        .contains(Level.STRATEGIC);
    assertThat(v.levelOf("strategic-partnership", List.of("VNM", "NLD")))
        .contains(Level.SECTORAL_STRATEGIC);
    assertThat(v.levelOf("entente cordiale", List.of("VNM", "NLD"))).isEmpty();
  }

  @Test
  void allianceStandsOutsideTheLadder() {
    assertThat(Level.ALLIANCE.isOnLadder()).isFalse();
    assertThat(Level.SPECIAL.rank()).isGreaterThan(Level.COMPREHENSIVE_STRATEGIC.rank());
    assertThat(Level.SECTORAL_STRATEGIC.rank())
        .isBetween(Level.COMPREHENSIVE.rank(), Level.STRATEGIC.rank());
    assertThat(Level.parse("comprehensive strategic")).isEqualTo(Level.COMPREHENSIVE_STRATEGIC);
  }
}
