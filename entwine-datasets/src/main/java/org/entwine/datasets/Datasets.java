package org.entwine.datasets;

import java.util.List;
import java.util.Optional;

/** The datasets Entwine loads in their published layouts. */
public final class Datasets {
  private Datasets() {}

  public static List<Dataset> all() {
    return List.of(
        new CowTrade(),
        DyadYear.atop(),
        DyadYear.cowAlliance(),
        DyadYear.cowIgo(),
        new UnVotes(),
        new ChinaPublicDiplomacy(),
        new LeaderTravel(),
        new IcewsDyadYears(),
        new GdeltGraph(),
        new SipriArms(),
        new DefenceCooperation(),
        new TradeAgreements(),
        new InvestmentAgreements(),
        new MigrantStock(),
        new IdealPoints(),
        new Embassies(),
        new StateDepartmentVisits(),
        new ImfDots(),
        new UngaYearly());
  }

  public static Optional<Dataset> byName(String name) {
    return all().stream().filter(d -> d.name().equalsIgnoreCase(name)).findFirst();
  }
}
