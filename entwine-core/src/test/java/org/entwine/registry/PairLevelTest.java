package org.entwine.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entwine.registry.Records.BY_TEST;
import static org.entwine.registry.Records.SRC;
import static org.entwine.registry.Records.change;
import static org.entwine.registry.Records.registry;
import static org.entwine.registry.Records.state;
import static org.entwine.registry.Records.status;

import java.time.LocalDate;
import java.util.List;
import org.entwine.framework.Framework;
import org.entwine.framework.FrameworkStatus;
import org.entwine.framework.Level;
import org.entwine.framework.LevelChange;
import org.entwine.framework.StatusChange;
import org.junit.jupiter.api.Test;

/** A pair may hold several frameworks at once; it stands at the level of its highest active one. */
class PairLevelTest {
  private static Framework framework(
      String id, String partner, List<LevelChange> changes, List<StatusChange> status) {
    return new Framework(id, List.of("VNM", partner), changes, status, null, SRC, BY_TEST);
  }

  private final Registry r =
      registry(
          List.of(state("VNM"), state("NLD"), state("DEU")),
          List.of(
              framework(
                  "NLD-VNM:water",
                  "NLD",
                  List.of(change("2010", Level.SECTORAL_STRATEGIC)),
                  List.of()),
              framework(
                  "NLD-VNM", "NLD", List.of(change("2019-04-09", Level.COMPREHENSIVE)), List.of()),
              framework(
                  "DEU-VNM",
                  "DEU",
                  List.of(change("2011-10-11", Level.STRATEGIC)),
                  List.of(
                      status("2017-09-21", FrameworkStatus.SUSPENDED),
                      status("2019-02-20", FrameworkStatus.ACTIVE))),
              framework(
                  "DEU-VNM:climate",
                  "DEU",
                  List.of(change("2015", Level.SECTORAL_STRATEGIC)),
                  List.of())));

  @Test
  void everyFrameworkIsListedThePairsOwnFirstAtThePairsLevel() {
    var p = Portfolio.of(r, "VNM", LocalDate.parse("2020-01-01"));
    assertThat(p)
        .extracting(e -> e.framework() + ":" + e.level() + ":" + e.pairLevel() + ":" + e.primary())
        .containsExactly(
            "DEU-VNM:STRATEGIC:STRATEGIC:true",
                "DEU-VNM:climate:SECTORAL_STRATEGIC:STRATEGIC:false",
            "NLD-VNM:water:SECTORAL_STRATEGIC:SECTORAL_STRATEGIC:true",
                "NLD-VNM:COMPREHENSIVE:SECTORAL_STRATEGIC:false");
  }

  @Test
  void whileTheHigherFrameworkIsSuspendedTheActiveOneGivesThePairItsLevel() {
    assertThat(Portfolio.pairLevels(r, "VNM", LocalDate.parse("2018-01-01")))
        .containsEntry("DEU", Level.SECTORAL_STRATEGIC)
        .containsEntry("NLD", Level.SECTORAL_STRATEGIC);
    assertThat(Portfolio.pairLevels(r, "VNM", LocalDate.parse("2019-03-01")))
        .containsEntry("DEU", Level.STRATEGIC);
    // before the second framework, the pair is at its only one's level
    assertThat(Portfolio.pairLevels(r, "VNM", LocalDate.parse("2012-01-01")))
        .containsEntry("DEU", Level.STRATEGIC)
        .containsEntry("NLD", Level.SECTORAL_STRATEGIC);
  }

  @Test
  void countsAreOfFrameworksEachAtItsOwnLevelWithTheDistinctPartnersApart() {
    LevelCount vnm =
        LevelCounts.asOf(r, LocalDate.parse("2020-01-01")).stream()
            .filter(c -> c.actor().equals("VNM"))
            .findFirst()
            .orElseThrow();
    assertThat(vnm.byLevel())
        .containsEntry(Level.SECTORAL_STRATEGIC, 2)
        .containsEntry(Level.STRATEGIC, 1)
        .containsEntry(Level.COMPREHENSIVE, 1);
    assertThat(vnm.partnerships()).isEqualTo(4);
    assertThat(vnm.partners()).isEqualTo(2);
  }
}
