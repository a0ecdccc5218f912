package org.entwine.datasets.readers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.entwine.exchange.ExchangeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The IMF DOTS reader on small files in the published layout, written here for invented states
 * (test input, not IMF figures): each side's own report, the partner's mirror where a side is
 * silent, shares from the World row, and blanks kept apart from zeros.
 */
class ImfDotsTest {
  @TempDir Path dir;

  private static final String HEADER = "reporter,partner,year,exports_fob_musd,imports_cif_musd\n";

  private InventedActors.Read read(String rows) throws Exception {
    return InventedActors.read(
        new ImfDots(), List.of(InventedActors.write(dir, "dots.csv", HEADER + rows)));
  }

  @Test
  void eachSidesReportIsItsOwnAndTheTotalIsTheActorsExportsPlusImports() throws Exception {
    var r =
        read(
            """
            "Atlantis, Rep. of","Borduria, The",2020,10,4
            "Borduria, The","Atlantis, Rep. of",2020,5,11
            "Atlantis, Rep. of",World,2020,60,40
            """);
    assertThat(r.value("imf.exports|XAA|XBB|2020")).isEqualTo(10.0);
    assertThat(r.value("imf.imports|XAA|XBB|2020")).isEqualTo(4.0);
    assertThat(r.value("imf.exports|XBB|XAA|2020")).isEqualTo(5.0);
    // as each reports it: the two sides' totals differ, as published figures do
    assertThat(r.value("imf.trade.total|XAA|XBB|2020")).isEqualTo(14.0);
    assertThat(r.value("imf.trade.total|XBB|XAA|2020")).isEqualTo(16.0);
    assertThat(r.source("imf.trade.total|XAA|XBB|2020")).isEqualTo("imf-dots");
    // Borduria's share of Atlantis's trade: 14 of the 100 Atlantis reports with the World
    assertThat(r.value("imf.trade.share|XAA|XBB|2020")).isCloseTo(14.0, within(1e-12));
    assertThat(r.value("imf.trade.share|XBB|XAA|2020"))
        .as("Borduria reported no World row")
        .isNull();
    assertThat(r.result().notes()).containsEntry(ImfDots.NOTE_WORLD, 1L);
  }

  @Test
  void aSideThatReportedNothingGetsThePartnersMirrorCitedAsMirror() throws Exception {
    var r =
        read(
            """
            "Borduria, The","Carpania, Kingdom of",2019,7,3
            "Carpania, Kingdom of",World,2019,50,50
            """);
    // Carpania reported nothing on Borduria: its exports to Borduria are Borduria's imports from
    // it (3), its imports Borduria's exports to it (7)
    assertThat(r.value("imf.trade.total|XCC|XBB|2019")).isEqualTo(10.0);
    assertThat(r.source("imf.trade.total|XCC|XBB|2019")).isEqualTo("imf-dots-mirror");
    assertThat(r.value("imf.trade.share|XCC|XBB|2019")).isCloseTo(10.0, within(1e-12));
    assertThat(r.source("imf.trade.share|XCC|XBB|2019")).isEqualTo("imf-dots-mirror");
    assertThat(r.value("imf.exports|XCC|XBB|2019")).as("never a mirror under its own id").isNull();
    assertThat(r.result().notes()).containsEntry(ImfDots.NOTE_MIRROR, 1L);
  }

  @Test
  void oneFlowLeftBlankIsTakenFromTheMirrorAndTheTotalCitesTheMirror() throws Exception {
    var r =
        read(
            """
            "Atlantis, Rep. of",Syldavia,2018,8,
            Syldavia,"Atlantis, Rep. of",2018,2,9
            """);
    // Atlantis's imports from Syldavia are blank: Syldavia's exports to it (2) stand in
    assertThat(r.value("imf.imports|XAA|XDD|2018")).isNull();
    assertThat(r.value("imf.trade.total|XAA|XDD|2018")).isEqualTo(10.0);
    assertThat(r.source("imf.trade.total|XAA|XDD|2018")).isEqualTo("imf-dots-mirror");
    assertThat(r.value("imf.trade.total|XDD|XAA|2018")).isEqualTo(11.0);
    assertThat(r.source("imf.trade.total|XDD|XAA|2018")).isEqualTo("imf-dots");
    assertThat(r.result().missing()).isEqualTo(1);
    assertThat(r.result().notes()).containsEntry(ImfDots.NOTE_MIRROR, 1L);
  }

  @Test
  void valuesTheImfFlagsAsItsEstimatesCiteTheEstimateAndGiveWayToThePartnersReport()
      throws Exception {
    var r =
        read(
            """
            "Atlantis, Rep. of","Borduria, The",2017,"1,381.63 e",2.5 e
            "Borduria, The","Atlantis, Rep. of",2017,3,
            "Atlantis, Rep. of",World,2017,"2,000.00 e",1000
            "Borduria, The",World,2017,40,60
            """);
    assertThat(r.value("imf.exports|XAA|XBB|2017")).isEqualTo(1381.63);
    assertThat(r.source("imf.exports|XAA|XBB|2017")).isEqualTo("imf-dots-estimate");
    assertThat(r.source("imf.imports|XAA|XBB|2017")).isEqualTo("imf-dots-estimate");
    // Atlantis's imports from Borduria: Borduria reported its exports (3), firmer than the IMF's
    // estimate of Atlantis's (2.5); its exports: Borduria left its imports blank, so the estimate
    assertThat(r.value("imf.trade.total|XAA|XBB|2017")).isCloseTo(1384.63, within(1e-9));
    assertThat(r.source("imf.trade.total|XAA|XBB|2017")).isEqualTo("imf-dots-estimate");
    // Borduria's side: its own exports (3), its imports read from Atlantis's estimated exports
    assertThat(r.value("imf.trade.total|XBB|XAA|2017")).isCloseTo(1384.63, within(1e-9));
    assertThat(r.source("imf.trade.total|XBB|XAA|2017")).isEqualTo("imf-dots-estimate");
    assertThat(r.value("imf.trade.share|XBB|XAA|2017")).isCloseTo(1384.63, within(1e-9));
    assertThat(r.source("imf.trade.share|XAA|XBB|2017")).isEqualTo("imf-dots-estimate");
    assertThat(r.result().notes())
        .containsEntry(ImfDots.NOTE_ESTIMATED, 2L)
        .containsEntry(ImfDots.NOTE_ESTIMATE, 2L);
  }

  @Test
  void thePartnersReportStandsInForAnEstimateAndAnEstimatedWorldTotalMarksTheShare()
      throws Exception {
    var r =
        read(
            """
            "Carpania, Kingdom of",Syldavia,2016,5 e,6 e
            Syldavia,"Carpania, Kingdom of",2016,4,7
            "Carpania, Kingdom of",World,2016,100 e,100
            Syldavia,World,2016,50,50
            """);
    // Carpania's estimates give way to what Syldavia reported: exports 7, imports 4
    assertThat(r.value("imf.trade.total|XCC|XDD|2016")).isEqualTo(11.0);
    assertThat(r.source("imf.trade.total|XCC|XDD|2016")).isEqualTo("imf-dots-mirror");
    // the share rests on Carpania's World total, which the IMF estimated in part
    assertThat(r.value("imf.trade.share|XCC|XDD|2016")).isCloseTo(5.5, within(1e-12));
    assertThat(r.source("imf.trade.share|XCC|XDD|2016")).isEqualTo("imf-dots-estimate");
    assertThat(r.source("imf.trade.share|XDD|XCC|2016")).isEqualTo("imf-dots");
    assertThat(r.value("imf.trade.share|XDD|XCC|2016")).isCloseTo(11.0, within(1e-12));
  }

  @Test
  void aBlankIsMissingAndAReportedZeroIsZero() throws Exception {
    var r =
        read(
            """
            "Atlantis, Rep. of","Borduria, The",2020,0,
            """);
    assertThat(r.value("imf.exports|XAA|XBB|2020")).isEqualTo(0.0);
    assertThat(r.observations()).doesNotContainKey("imf.imports|XAA|XBB|2020");
    // a flow neither side reported: no total, either way
    assertThat(r.observations()).doesNotContainKey("imf.trade.total|XAA|XBB|2020");
    assertThat(r.observations()).doesNotContainKey("imf.trade.total|XBB|XAA|2020");
    assertThat(r.result().missing()).isEqualTo(1);
  }

  @Test
  void groupsOfEconomiesAndFormerEconomiesAreSkippedAndCountedAndUnknownNamesReported()
      throws Exception {
    var r =
        read(
            """
            "Atlantis, Rep. of",Euro Area,2020,1,1
            Advanced Economies,"Atlantis, Rep. of",2020,1,1
            "Atlantis, Rep. of",USSR,2005,1,1
            "Atlantis, Rep. of",Ruritania,2020,1,1
            """);
    assertThat(r.observations()).isEmpty();
    assertThat(r.result().notes())
        .containsEntry(ImfDots.NOTE_AGGREGATE, 2L)
        .containsEntry(ImfDots.NOTE_FORMER, 1L);
    assertThat(r.result().unmapped()).containsEntry("name 'Ruritania'", 1L);
    assertThat(r.result().rows()).isEqualTo(4);
  }

  @Test
  void aBadNumberAMissingColumnAndTwoLabelsForOneEconomyAreRefusedWithFileLineAndField()
      throws Exception {
    assertThatThrownBy(() -> read("\"Atlantis, Rep. of\",\"Borduria, The\",2020,1o,4\n"))
        .isInstanceOf(ExchangeException.class)
        .hasMessageContaining(
            "dots.csv:2: exports_fob_musd: expected an amount of 0 or more in million USD (or one"
                + " the IMF flags as its estimate: '12.34 e'), got '1o'");
    assertThatThrownBy(() -> read("\"Atlantis, Rep. of\",\"Borduria, The\",2020,4,-3\n"))
        .hasMessageContaining("dots.csv:2: imports_cif_musd: expected an amount of 0 or more");
    assertThatThrownBy(() -> read("\"Atlantis, Rep. of\",\"Borduria, The\",2020,4,3 x\n"))
        .hasMessageContaining("dots.csv:2: imports_cif_musd: expected an amount")
        .hasMessageContaining("got '3 x'");
    assertThatThrownBy(() -> read("\"Atlantis, Rep. of\",\"Borduria, The\",20x0,1,4\n"))
        .hasMessageContaining("dots.csv:2: year: expected a whole number, got '20x0'");
    Path noImports =
        InventedActors.write(
            dir, "short.csv", "reporter,partner,year,exports_fob_musd\nAtlantis,Borduria,2020,1\n");
    assertThatThrownBy(() -> InventedActors.read(new ImfDots(), List.of(noImports)))
        .hasMessageContaining("short.csv:1: header: missing column imports_cif_musd");
    assertThatThrownBy(
            () ->
                read(
                    """
                    "Atlantis, Rep. of","Borduria, The",2020,1,4
                    ATLANTIS,BORDURIA,2020,1,4
                    """))
        .hasMessageContaining(
            "dots.csv:3: partner: a second row for XAA reporting on XBB in 2020 (line 2 has the"
                + " first)");
    assertThatThrownBy(() -> read("Atlantis,\"Atlantis, Rep. of\",2020,1,4\n"))
        .hasMessageContaining("dots.csv:2: partner: the reporter itself");
  }
}
