package org.entwine.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.entwine.framework.Level;
import org.junit.jupiter.api.Test;

/** More cooperation among peers; the partners XA… and their depths are invented. */
class PeersTest {
  @Test
  void eachLevelTakesTheMedianOfItsOwnPartnersAndBorrowsFromBelowWhenTooFew() {
    var levels =
        Map.of(
            "XA", Level.COMPREHENSIVE_STRATEGIC,
            "XB", Level.COMPREHENSIVE_STRATEGIC,
            "XC", Level.COMPREHENSIVE_STRATEGIC,
            "XD", Level.STRATEGIC,
            "XE", Level.COMPREHENSIVE,
            "XF", Level.COMPREHENSIVE);
    var depths =
        Map.of("XA", 60.0, "XB", 50.0, "XC", 40.0, "XD", 30.0, "XE", 20.0, "XF", 10.0, "XG", 5.0);
    var t = Peers.thresholds(levels, depths, null);
    assertThat(t.get(Level.COMPREHENSIVE_STRATEGIC)).isEqualTo(50.0);
    // one strategic partner: it borrows the comprehensive ones below (30, 20, 10)
    assertThat(t.get(Level.STRATEGIC)).isEqualTo(20.0);
    // no framework: XG alone, and nothing below
    assertThat(t.get(Level.NONE)).isEqualTo(5.0);
  }

  @Test
  void theMethodsNumberStandsForEveryLevel() {
    var t = Peers.thresholds(Map.of(), Map.of("XA", 10.0), 42.0);
    assertThat(t).containsEntry(Level.SPECIAL, 42.0).containsEntry(Level.NONE, 42.0);
  }
}
