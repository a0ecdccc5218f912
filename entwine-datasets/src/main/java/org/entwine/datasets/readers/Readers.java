package org.entwine.datasets.readers;

import java.util.List;
import org.entwine.datasets.Dataset;

/** The readers of the datasets Entwine loads in their published layouts, in the order listed. */
public final class Readers {
  private Readers() {}

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
}
