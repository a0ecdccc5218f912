package org.entwine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.entwine.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled extract (data/example/extract) is what its plan makes from the published files: run
 * again from ../shared/data, every file comes out the same (the compressed observations compared as
 * the CSV they hold, since compressors may differ).
 */
class ExtractTest {
  private static final Path COMMITTED = Path.of("..", "data", "example", "extract");

  @TempDir Path dir;

  private static byte[] content(Path f) throws IOException {
    if (!f.toString().endsWith(".gz")) return Files.readAllBytes(f);
    try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
      return in.readAllBytes();
    }
  }

  @Test
  void theExtractRegeneratesFromThePublishedFilesByteForByte() throws Exception {
    Path data = SharedData.require("README.md").getParent();
    var r =
        Cli.runRaw(
            "extract",
            "--plan",
            COMMITTED.resolve("plan.yaml").toString(),
            "--data",
            data.toString(),
            "--out",
            dir.toString());
    assertThat(r.code()).as(r.err()).isZero();
    List<String> written;
    try (var s = Files.list(dir)) {
      written = s.map(p -> p.getFileName().toString()).sorted().toList();
    }
    List<String> committed;
    try (var s = Files.list(COMMITTED)) {
      committed =
          s.map(p -> p.getFileName().toString())
              .filter(n -> !n.equals("plan.yaml"))
              .sorted()
              .toList();
    }
    assertThat(written)
        .isEqualTo(committed)
        .contains("manifest.yaml", "files.txt", "cow-trade.csv.gz", "icews-dyad-year.yaml");
    for (String name : written) {
      assertThat(content(dir.resolve(name))).as(name).isEqualTo(content(COMMITTED.resolve(name)));
    }
    assertThat(r.out()).contains("sipri-arms         left out");
  }

  @Test
  void theExtractIsSmallAndHoldsNoPublishersRows() throws Exception {
    long bytes;
    try (var s = Files.list(COMMITTED)) {
      bytes = s.mapToLong(p -> p.toFile().length()).sum();
    }
    assertThat(bytes).isLessThan(2_000_000);
    // only the exchange format's derived observations: the header is Entwine's, not a publisher's
    String csv =
        new String(
            content(COMMITTED.resolve("cow-trade.csv.gz")),
            java.nio.charset.StandardCharsets.UTF_8);
    assertThat(csv.lines().findFirst()).contains("indicator,actor,partner,period,value,source");
    assertThat(csv.lines().skip(1))
        .allSatisfy(
            l ->
                assertThat(l)
                    .matches(
                        "trade\\.(total|share),[A-Z]+,[A-Z]+,20\\d\\d,[-0-9.E]+,cow-trade-4\\.0")
                    .containsPattern("(^|,)VNM,"));
    String manifest = Files.readString(COMMITTED.resolve("manifest.yaml"));
    assertThat(manifest)
        .contains("sha256: f1ae196a1377cf35131648539142038f27ef690f759e19aa94f05c311084dfd1")
        .contains("included: false")
        .contains("SIPRI's terms of use");
  }
}
