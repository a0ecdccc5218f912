package org.entwine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.entwine.datasets.events.CameoTables;
import org.entwine.events.CameoCodebook;
import org.entwine.events.QuadClass;
import org.entwine.testing.SharedData;
import org.junit.jupiter.api.Test;

/** The CAMEO codebook from GDELT's published tables, checked against a real GDELT 2.0 export. */
class CameoTablesTest {
  private static CameoCodebook codebook() {
    return CameoTables.read(
        SharedData.excerpt("cameo/mpiccirilli+UNDP-BCPR-Project/CAMEO.eventcodes.txt"),
        SharedData.excerpt("cameo/mpiccirilli+UNDP-BCPR-Project/CAMEO.goldsteinscale.txt"));
  }

  @Test
  void readsEveryCodeWithItsDescriptionAndGoldsteinWeight() {
    CameoCodebook c = codebook();
    assertThat(c.size()).isEqualTo(311); // as the data README counts the table
    assertThat(c.code("011").orElseThrow().goldstein()).isEqualTo(-0.1);
    assertThat(c.code("011").orElseThrow().description()).isEqualTo("Decline comment");
    assertThat(c.code("190").orElseThrow().quadClass()).isEqualTo(QuadClass.MATERIAL_CONFLICT);
    assertThat(c.code("042").orElseThrow().quadClass()).isEqualTo(QuadClass.VERBAL_COOPERATION);
    assertThat(c.code("090").orElseThrow().quadClass()).isEqualTo(QuadClass.MATERIAL_COOPERATION);
    assertThat(c.code("140").orElseThrow().quadClass()).isEqualTo(QuadClass.VERBAL_CONFLICT);
  }

  @Test
  void everyRowOfARealGdeltExportAgreesWithTheCodebookOnGoldsteinAndQuadClass() throws Exception {
    CameoCodebook c = codebook();
    int rows = 0;
    for (String file :
        java.util.List.of(
            "gdelt/arekziobrowski+gdelt-big-data/20191024143000.export.CSV",
            "gdelt/epournaras+DIAS-GDELT/20180326044500.export.CSV"))
      for (String line : Files.readAllLines(SharedData.fullOrExcerpt(file))) {
        String[] f = line.split("\t", -1);
        var code = c.code(f[26]).orElseThrow(() -> new AssertionError("unknown code " + f[26]));
        assertThat(code.goldstein()).as(f[0]).isEqualTo(Double.parseDouble(f[30]));
        assertThat(code.quadClass().number()).as(f[0]).isEqualTo(Integer.parseInt(f[29]));
        rows++;
      }
    // the two exports whole (2111 and 1540 events), or their committed excerpts (300 each)
    assertThat(rows)
        .isEqualTo(
            SharedData.isHere("gdelt/arekziobrowski+gdelt-big-data/20191024143000.export.CSV")
                ? 2111 + 1540
                : 300 + 300);
  }

  @Test
  void aCodeWithoutAWeightIsRefusedWithItsLine() throws Exception {
    Path dir = Files.createTempDirectory("cameo");
    Path codes =
        Files.writeString(
            dir.resolve("codes.txt"),
            "CAMEOEVENTCODE\tEVENTDESCRIPTION\n01\tMAKE PUBLIC STATEMENT\n099\tUnknown\n");
    Path weights =
        Files.writeString(dir.resolve("weights.txt"), "CAMEOEVENTCODE\tGOLDSTEINSCALE\n01\t0.0\n");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> CameoTables.read(codes, weights))
        .hasMessageContaining("codes.txt:3: CAMEOEVENTCODE: code 099 has no weight in weights.txt");
  }
}
