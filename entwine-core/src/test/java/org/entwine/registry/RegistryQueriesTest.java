package org.entwine.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entwine.registry.Records.actor;
import static org.entwine.registry.Records.change;
import static org.entwine.registry.Records.framework;
import static org.entwine.registry.Records.registry;
import static org.entwine.registry.Records.state;
import static org.entwine.registry.Records.status;

import java.time.LocalDate;
import java.util.List;
import org.entwine.actor.ActorKind;
import org.entwine.framework.FrameworkStatus;
import org.entwine.framework.Level;
import org.junit.jupiter.api.Test;

class RegistryQueriesTest {
  private final Registry r =
      registry(
          List.of(
              state("VNM"),
              state("RUS"),
              state("USA"),
              state("CUB"),
              state("XXX"),
              actor("ASEAN", ActorKind.INTERNATIONAL_ORGANIZATION)),
          List.of(
              framework(
                  "VNM",
                  "RUS",
                  change("2001", Level.STRATEGIC),
                  change("2012-07", Level.COMPREHENSIVE_STRATEGIC)),
              framework("VNM", "USA", change("2013-07", Level.COMPREHENSIVE)),
              framework("VNM", "CUB", change("by 2013-08-30", Level.OTHER_PARTNERSHIP)),
              framework(
                  "VNM",
                  "XXX",
                  List.of(change("2000", Level.STRATEGIC), change("2005", Level.COMPREHENSIVE)),
                  List.of(status("2008", FrameworkStatus.ENDED))),
              framework("USA", "ASEAN", change("2015", Level.STRATEGIC))));

  @Test
  void portfolioHoldsWhatWasInForceOnTheDateHighestLevelFirst() {
    var p = Portfolio.of(r, "VNM", LocalDate.parse("2013-08-30"));
    assertThat(p).extracting(PortfolioEntry::partner).containsExactly("RUS", "USA", "CUB");
    assertThat(p.get(0).level()).isEqualTo(Level.COMPREHENSIVE_STRATEGIC);
    assertThat(p.get(0).since().toString()).isEqualTo("2012-07");
    assertThat(p.get(0).established().toString()).isEqualTo("2001");
  }

  @Test
  void portfolioBeforeTheUpgradesShowsTheOlderLevelAndLeavesOutLaterFrameworks() {
    var p = Portfolio.of(r, "VNM", LocalDate.parse("2006-01-01"));
    assertThat(p)
        .extracting(e -> e.partner() + ":" + e.level())
        .containsExactly("RUS:STRATEGIC", "XXX:COMPREHENSIVE");
  }

  @Test
  void anEndedFrameworkLeavesThePortfolio() {
    assertThat(Portfolio.of(r, "VNM", LocalDate.parse("2009-01-01")))
        .extracting(PortfolioEntry::partner)
        .doesNotContain("XXX");
  }

  @Test
  void timelineNamesEstablishmentUpgradeDowngradeAndEnd() {
    assertThat(Timeline.of(r, "XXX", "VNM"))
        .extracting(TimelineEvent::change)
        .containsExactly("ESTABLISHED", "DOWNGRADED", "ENDED");
    assertThat(Timeline.of(r, "VNM", "RUS"))
        .extracting(TimelineEvent::change)
        .containsExactly("ESTABLISHED", "UPGRADED");
  }

  @Test
  void countsPerLevelCountOnlyFrameworksInForce() {
    var counts = LevelCounts.asOf(r, LocalDate.parse("2013-08-30"));
    LevelCount vnm = counts.stream().filter(c -> c.actor().equals("VNM")).findFirst().orElseThrow();
    assertThat(vnm.partnerships()).isEqualTo(3);
    assertThat(vnm.byLevel())
        .containsEntry(Level.COMPREHENSIVE_STRATEGIC, 1)
        .containsEntry(Level.COMPREHENSIVE, 1);
    assertThat(counts.get(0).actor()).isEqualTo("VNM");
  }

  @Test
  void asymmetricMeansBetweenActorsOfDifferentKinds() {
    assertThat(Asymmetric.of(r)).extracting(e -> e.framework().id()).containsExactly("ASEAN-USA");
  }

  @Test
  void theNetworkPutsTheHubFirst() {
    var c = PartnershipNetwork.centrality(r, LocalDate.parse("2016-01-01"));
    assertThat(c.get(0).actor()).isEqualTo("VNM");
    assertThat(c.get(0).degree()).isEqualTo(3);
    assertThat(
            c.stream().filter(x -> x.actor().equals("USA")).findFirst().orElseThrow().betweenness())
        .isPositive();
  }
}
