package org.entwine.datasets.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.entwine.events.EventFile;
import org.entwine.exchange.ExchangeException;
import org.entwine.time.Month;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an update loads: only files not loaded before, known by name and MD5; a listed file whose
 * bytes differ from the list's is refused by name; a listed file not downloaded is missing.
 */
class EventUpdateTest {
  @TempDir Path dir;

  private static final String ROW =
      "1000000001\t20171001\t201710\t2017\t2017.75\tVNM\tVIETNAM\tVNM\t\t\t\t\t\t\t\t"
          + "JPN\tJAPAN\tJPN\t\t\t\t\t\t\t\t0\t040\t040\t04\t1\t1.0\t2\t1\t2\t1.5"
          + "\t0\t\t\t\t\t\t\t\t0\t\t\t\t\t\t\t\t0\t\t\t\t\t\t\t\t20171001\thttp://x\n";

  /** A zipped export named as GDELT names them, and the list line GDELT would give for it. */
  private String export(String name, boolean download) throws Exception {
    Path zip = dir.resolve("any.zip");
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
      z.putNextEntry(new ZipEntry(name.replace(".zip", "")));
      z.write(ROW.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    byte[] bytes = Files.readAllBytes(zip);
    if (download) Files.move(zip, dir.resolve(name));
    else Files.delete(zip);
    String md5 = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
    return bytes.length + " " + md5 + " http://data.gdeltproject.org/gdeltv2/" + name;
  }

  @Test
  void aListedFileIsLoadedOnceMissingIfNotDownloadedAndRefusedIfItsBytesDiffer() throws Exception {
    Path list = dir.resolve("masterfilelist.txt");
    Files.write(
        list,
        List.of(
            export("20171001000000.export.CSV.zip", true),
            "123 00000000000000000000000000000000 http://x/20171001000000.mentions.CSV.zip",
            export("20171001001500.export.CSV.zip", true),
            export("20171001003000.export.CSV.zip", false),
            export("20171101000000.export.CSV.zip", true)));
    var plan = EventUpdate.ofList(list, dir, null, Month.of(2017, 10), Map.of(), 2);
    assertThat(plan.listed()).as("exports of October only; mentions skipped").isEqualTo(3);
    assertThat(plan.load())
        .extracting(p -> p.getFileName().toString())
        .containsExactly("20171001000000.export.CSV.zip", "20171001001500.export.CSV.zip");
    assertThat(plan.missing())
        .extracting(EventFile::name)
        .containsExactly("20171001003000.export.CSV.zip");
    assertThat(plan.unrecorded()).hasSize(1);
    assertThat(plan.checksums()).hasSize(2).allSatisfy((p, md5) -> assertThat(md5).hasSize(32));

    // as the store records them after the load: loaded, and the missing one listed
    Map<String, EventFile> recorded = new java.util.TreeMap<>();
    plan.checksums()
        .forEach(
            (p, md5) ->
                recorded.put(
                    p.getFileName().toString(),
                    new EventFile(p.getFileName().toString(), md5, size(p), true)));
    plan.unrecorded().forEach(f -> recorded.put(f.name(), f));
    var again = EventUpdate.ofList(list, dir, null, Month.of(2017, 10), recorded, 2);
    assertThat(again.load()).isEmpty();
    assertThat(again.loadedBefore()).hasSize(2);
    assertThat(again.missing()).hasSize(1);
    assertThat(again.current()).as("running it twice adds nothing").isTrue();

    // a download cut short: named, with what the list says and what the file holds
    Path broken = dir.resolve("20171001001500.export.CSV.zip");
    Files.write(broken, new byte[] {'P', 'K', 3, 4});
    assertThatThrownBy(() -> EventUpdate.ofList(list, dir, null, null, recorded, 2))
        .isInstanceOf(ExchangeException.class)
        .hasMessageContaining("20171001001500.export.CSV.zip")
        .hasMessageContaining("a broken or partial download");
  }

  @Test
  void aFolderLoadsWhatItHasNotLoadedAndIgnoresTheListBesideTheFiles() throws Exception {
    Files.write(
        dir.resolve("masterfilelist.txt"), List.of(export("20171001000000.export.CSV.zip", true)));
    var plan = EventUpdate.ofFolder(dir, Map.of(), 2);
    assertThat(plan.load())
        .extracting(p -> p.getFileName().toString())
        .containsExactly("20171001000000.export.CSV.zip");
    String md5 = plan.checksums().values().iterator().next();
    var recorded =
        Map.of(
            "20171001000000.export.CSV.zip",
            new EventFile("20171001000000.export.CSV.zip", md5, 1, true));
    assertThat(EventUpdate.ofFolder(dir, recorded, 2).current()).isTrue();
    // loaded by a plain load (no checksum recorded): the same size is the same file
    var plain =
        Map.of(
            "20171001000000.export.CSV.zip",
            new EventFile(
                "20171001000000.export.CSV.zip",
                null,
                size(dir.resolve("20171001000000.export.CSV.zip")),
                true));
    assertThat(EventUpdate.ofFolder(dir, plain, 2).current()).isTrue();
  }

  @Test
  void aListLineThatIsNotSizeMd5UrlIsNamedWithItsLine() throws Exception {
    Path list = dir.resolve("masterfilelist.txt");
    Files.write(
        list,
        List.of(
            export("20171001000000.export.CSV.zip", false),
            "150383 not-an-md5"
                + " http://data.gdeltproject.org/gdeltv2/20150218230000.export.CSV.zip"));
    assertThatThrownBy(() -> MasterFileList.exports(list))
        .hasMessageContaining("masterfilelist.txt")
        .hasMessageContaining(":2")
        .hasMessageContaining("expected 'SIZE MD5 URL'");
  }

  private static long size(Path p) {
    try {
      return Files.size(p);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
