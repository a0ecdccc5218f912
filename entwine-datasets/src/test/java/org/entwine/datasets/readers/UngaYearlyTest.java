package org.entwine.datasets.readers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The yearly UN vote files' reader on small files in the scraped layout, written here for invented
 * states (test input, not UN records): votes and what is no vote, the scrape's last row, its header
 * artefacts, and what cannot be read.
 */
class UngaYearlyTest {
  @TempDir Path dir;

  private InventedActors.Read read(String name, String text) throws Exception {
    return InventedActors.read(new UngaYearly(), List.of(InventedActors.write(dir, name, text)));
  }

  @Test
  void agreementIsOverTheVotesBothCastAbsentAndBlankAreNoVote() throws Exception {
    var r =
        read(
            "2001_RAW_COIN.csv",
            """
            ATLANTIS,BORDURIA,CARPANIA
            Y,Y,X
            Y,N,Y
            A,A,
            N,X,N
            ,,
            """);
    // Atlantis and Borduria both voted on three, alike on two
    assertThat(r.value("unga-yearly.votes|XAA|XBB|2001")).isEqualTo(3.0);
    assertThat(r.value("unga-yearly.agreement|XAA|XBB|2001")).isCloseTo(2.0 / 3, within(1e-12));
    // Atlantis and Carpania: two common votes (Y,Y and N,N), both alike; kappa 1
    assertThat(r.value("unga-yearly.votes|XAA|XCC|2001")).isEqualTo(2.0);
    assertThat(r.value("unga-yearly.kappa|XAA|XCC|2001")).isCloseTo(1.0, within(1e-12));
    // Borduria and Carpania share one vote only (N, Y)
    assertThat(r.value("unga-yearly.agreement|XBB|XCC|2001")).isEqualTo(0.0);
    assertThat(r.result().rows()).isEqualTo(4);
    assertThat(r.result().notes())
        .containsEntry(UngaYearly.NOTE_JUNK, 1L)
        .containsEntry(UngaYearly.NOTE_ABSENT, 2L)
        .containsEntry(UngaYearly.NOTE_BLANK, 1L);
  }

  @Test
  void aResolutionColumnAndTheScrapesLastRowAreNotVotes() throws Exception {
    var r =
        read(
            "2020_RAW_COIN.csv",
            """
            ,ATLANTIS,BORDURIA
            A/RES/75/1,Y,Y
            A/RES/75/2,Y,N
            Country,,
            """);
    assertThat(r.value("unga-yearly.agreement|XAA|XBB|2020")).isEqualTo(0.5);
    assertThat(r.result().rows()).isEqualTo(2);
    assertThat(r.result().unmapped()).isEmpty();
  }

  @Test
  void aHeaderArtefactIsRepairedAndNamedAndASplitColumnIsReadAsOne() throws Exception {
    var r =
        read(
            "2014_RAW_COIN.csv",
            """
            ATLANTIS,BORDURIA,y BORDURIA
            Y,Y,
            Y,,N
            """);
    assertThat(r.value("unga-yearly.votes|XAA|XBB|2014")).isEqualTo(2.0);
    assertThat(r.value("unga-yearly.agreement|XAA|XBB|2014")).isEqualTo(0.5);
    assertThat(r.result().notes())
        .containsKey(
            "2014_RAW_COIN.csv: column 'y BORDURIA' read as BORDURIA (a scraping artefact: 'y '"
                + " before the name)")
        .containsKey(
            "2014_RAW_COIN.csv: columns BORDURIA and y BORDURIA are one member (XBB): read as one");
  }

  @Test
  void aFolderStandsForItsYearFilesAndUnknownNamesAreCounted() throws Exception {
    Path folder = Files.createDirectory(dir.resolve("votes"));
    InventedActors.write(folder, "1999_RAW_COIN.csv", "ATLANTIS,BORDURIA\nY,Y\n");
    InventedActors.write(folder, "2000_RAW_COIN.csv", "ATLANTIS,RURITANIA,BORDURIA\nY,Y,N\n");
    InventedActors.write(folder, "notes.txt", "not a vote file\n");
    var r = InventedActors.read(new UngaYearly(), List.of(folder));
    assertThat(r.value("unga-yearly.agreement|XAA|XBB|1999")).isEqualTo(1.0);
    assertThat(r.value("unga-yearly.agreement|XAA|XBB|2000")).isEqualTo(0.0);
    assertThat(r.result().unmapped()).containsEntry("name 'RURITANIA'", 1L);
    assertThat(r.result().records().indicators().get(0).coveredFrom()).isEqualTo(1999);
  }

  @Test
  void whatCannotBeReadIsRefusedWithFileLineAndField() {
    assertThatThrownBy(() -> read("2001_RAW_COIN.csv", "ATLANTIS,BORDURIA\nY,Q\n"))
        .hasMessageContaining(
            "2001_RAW_COIN.csv:2: BORDURIA: expected Y, N, A or X (yes, no, abstain, absent) or"
                + " blank (not a member), got 'Q'");
    assertThatThrownBy(() -> read("2002_RAW_COIN.csv", "ATLANTIS,BORDURIA\nY,Y\nY\n"))
        .hasMessageContaining("2002_RAW_COIN.csv:3: expected 2 fields, got 1");
    assertThatThrownBy(() -> read("2003_RAW_COIN.csv", "rcid,date,vote\n1,2003-01-01,Y\n"))
        .hasMessageContaining("2003_RAW_COIN.csv:1: header: no column names a UN member state");
    assertThatThrownBy(() -> read("2004_RAW_COIN.csv", "ATLANTIS,,BORDURIA\nY,Y,Y\n"))
        .hasMessageContaining("2004_RAW_COIN.csv:1: header: column 2 has no name");
    assertThatThrownBy(() -> read("2005_RAW_COIN.csv", "BORDURIA,y BORDURIA,ATLANTIS\nY,N,Y\n"))
        .hasMessageContaining(
            "2005_RAW_COIN.csv:2: y BORDURIA: a second vote of XBB (its column BORDURIA has"
                + " one)");
    assertThatThrownBy(() -> read("votes.csv", "ATLANTIS,BORDURIA\nY,Y\n"))
        .hasMessageContaining("votes.csv: expected a file named YEAR_RAW_COIN.csv");
  }
}
