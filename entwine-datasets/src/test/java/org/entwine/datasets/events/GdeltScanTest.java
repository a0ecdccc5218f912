package org.entwine.datasets.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.entwine.datasets.Progress;
import org.entwine.events.CameoFamily;
import org.entwine.events.RelationMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fast reader gives what the plain reader gives on the real GDELT exports: cut into stretches
 * and blocks of every size, zipped, read twice, or broken.
 */
class GdeltScanTest {
  @TempDir Path dir;

  private static List<RelationMonth> fast(List<Path> files, int stretch, int block) {
    return GdeltScan.read(EventFiles.inputs(files), null, null, 2, Progress.NONE, stretch, block)
        .series();
  }

  private static List<RelationMonth> plain(List<Path> files) {
    return GdeltEvents.read(EventFiles.inputs(files), null).series().results();
  }

  private static void assertSame(List<RelationMonth> actual, List<RelationMonth> expected) {
    assertThat(actual).hasSameSizeAs(expected);
    for (int i = 0; i < expected.size(); i++) {
      RelationMonth a = actual.get(i);
      RelationMonth e = expected.get(i);
      String at = e.actor() + "-" + e.partner() + " " + e.month();
      assertThat(a.actor() + "-" + a.partner() + " " + a.month()).isEqualTo(at);
      assertThat(a.events()).as(at).isEqualTo(e.events());
      assertThat(a.quad()).as(at).containsExactly(e.quad());
      assertThat(a.families()).as(at).containsExactly(e.families());
      assertThat(a.mentions()).as(at).isEqualTo(e.mentions());
      assertThat(a.sources()).as(at).isEqualTo(e.sources());
      assertThat(a.articles()).as(at).isEqualTo(e.articles());
      assertThat(a.goldsteinSum()).as(at).isCloseTo(e.goldsteinSum(), within(1e-9));
      assertThat(a.toneSum()).as(at).isCloseTo(e.toneSum(), within(1e-9));
    }
  }

  @ParameterizedTest
  @MethodSource("org.entwine.datasets.events.RealFiles#forms")
  void bothReadersGiveTheSameOnTheRealExports(RealFiles.Form form) {
    // entwine-bench's EventsBenchTest checks the fast reader against DuckDB SQL on the same files
    List<Path> files = RealFiles.gdelt(form);
    List<RelationMonth> reference = plain(files);
    // 417 relation-months in these three files, 87 in their excerpts
    assertThat(reference).hasSizeGreaterThan(form == RealFiles.Form.FULL ? 400 : 80);
    // every family occurs in the full files (5 of 7 in the excerpts), so a count that differs shows
    long[] families = new long[CameoFamily.values().length];
    reference.forEach(
        m -> {
          for (int i = 0; i < families.length; i++) families[i] += m.families()[i];
        });
    assertThat(java.util.Arrays.stream(families).filter(n -> n > 0).count())
        .isEqualTo(form == RealFiles.Form.FULL ? families.length : 5);
    assertSame(fast(files, GdeltScan.STRETCH, 256 << 10), reference);
  }

  @ParameterizedTest
  @MethodSource("org.entwine.datasets.events.RealFiles#forms")
  void theFastReaderGivesTheSameWhereverStretchesAndBlocksCutTheFiles(RealFiles.Form form) {
    List<Path> files = RealFiles.gdelt(form);
    List<RelationMonth> expected = plain(files);
    for (int[] sizes : new int[][] {{4096, 4096}, {100_000, 7_777}, {1 << 20, 65_536}}) {
      assertSame(fast(files, sizes[0], sizes[1]), expected);
    }
  }

  @ParameterizedTest
  @MethodSource("org.entwine.datasets.events.RealFiles#forms")
  void zippedExportsGiveWhatThePlainFilesGive(RealFiles.Form form) throws Exception {
    List<Path> files = RealFiles.gdelt(form);
    Path zip = dir.resolve("exports.zip");
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
      for (Path f : files) {
        z.putNextEntry(new ZipEntry(f.getFileName().toString()));
        Files.copy(f, z);
        z.closeEntry();
      }
    }
    assertThat(EventFiles.inputs(List.of(zip)))
        .hasSize(3)
        .allSatisfy(i -> assertThat(i.kind()).isEqualTo(EventFiles.Kind.GDELT));
    assertSame(fast(List.of(zip), GdeltScan.STRETCH, 8192), plain(files));
    assertSame(plain(List.of(zip)), plain(files));
  }

  @ParameterizedTest
  @MethodSource("org.entwine.datasets.events.RealFiles#forms")
  void filesReadAsTheyArriveInAnyOrderGiveWhatTheyGiveReadInTheirOrder(RealFiles.Form form)
      throws Exception {
    // the real exports and a copy of one (its ids repeated: which copy counts them is settled by
    // the input order, not by the order of arrival)
    List<Path> files = new ArrayList<>(RealFiles.gdelt(form));
    files.add(Files.copy(files.get(0), dir.resolve("again.CSV")));
    GdeltScan.Result inOrder =
        GdeltScan.read(EventFiles.inputs(files), null, null, 2, Progress.NONE, 4096, 4096);
    Arrivals arrivals = new Arrivals();
    Thread fetching =
        new Thread(
            () -> {
              for (int i = files.size() - 1; i >= 0; i--) {
                arrivals.add(i, EventFiles.inputs(List.of(files.get(i))));
                Thread.onSpinWait();
              }
              arrivals.end();
            });
    fetching.start();
    GdeltScan.Result arrived = GdeltScan.read(arrivals, null, null, 2, Progress.NONE, 4096, 4096);
    fetching.join();
    assertSame(arrived.series(), inOrder.series());
    assertThat(arrived.duplicates()).isEqualTo(inOrder.duplicates()).isPositive();
    assertThat(arrived.quarantine()).isEqualTo(inOrder.quarantine());
    assertThat(arrivals.inputs())
        .extracting(EventFiles.Input::file)
        .containsExactlyElementsOf(files);
  }

  @Test
  void aFailedArrivalStopsTheReadWithItsFailure() {
    Arrivals arrivals = new Arrivals();
    arrivals.add(0, EventFiles.inputs(List.of(RealFiles.gdelt(RealFiles.Form.EXCERPT).get(0))));
    arrivals.fail(new IllegalStateException("the download failed"));
    assertThatThrownBy(() -> GdeltScan.read(arrivals, null, null, 2, Progress.NONE))
        .hasMessage("the download failed");
    assertThat(arrivals.failed()).isTrue();
  }

  @ParameterizedTest
  @MethodSource("org.entwine.datasets.events.RealFiles#forms")
  void anEventIdCountsOnceAcrossFilesStretchesAndEarlierLoads(RealFiles.Form form)
      throws Exception {
    Path src = RealFiles.file(form, RealFiles.GDELT.get(1));
    Path copy = Files.copy(src, dir.resolve("again.CSV"));
    GdeltScan.Result once =
        GdeltScan.read(EventFiles.inputs(List.of(src)), null, null, 2, Progress.NONE, 4096, 4096);
    GdeltScan.Result twice =
        GdeltScan.read(
            EventFiles.inputs(List.of(src, copy)), null, null, 2, Progress.NONE, 4096, 4096);
    assertSame(twice.series(), once.series());
    assertThat(twice.duplicates()).isEqualTo(once.relations());
    assertThat(twice.relations()).isEqualTo(once.relations());
    // a load that knows the ids already (an earlier load) counts nothing again
    GdeltScan.Result later =
        GdeltScan.read(
            EventFiles.inputs(List.of(copy)), once.ids(), null, 2, Progress.NONE, 4096, 4096);
    assertThat(later.series()).isEmpty();
    assertThat(later.relations()).isZero();
    assertThat(later.duplicates()).isEqualTo(once.relations());
    assertThat(later.ids().getLongCardinality()).isEqualTo(once.ids().getLongCardinality());
  }

  @ParameterizedTest
  @MethodSource("org.entwine.datasets.events.RealFiles#forms")
  void brokenRowsAreQuarantinedWithTheirLineAndTheSameReasonByBothReaders(RealFiles.Form form)
      throws Exception {
    List<String> lines =
        Files.readAllLines(RealFiles.file(form, RealFiles.GDELT.get(0)), StandardCharsets.UTF_8);
    List<String> broken = new ArrayList<>(lines.subList(0, 300));
    int relation = firstRelation(broken);
    broken.set(10, broken.get(10).replaceFirst("\t[^\t]*$", "")); // a field short
    broken.set(20, "x" + broken.get(20)); // GLOBALEVENTID not a number
    broken.set(relation, replaceField(broken.get(relation), GdeltRows.QUAD, "7"));
    broken.set(relation + 1, replaceField(broken.get(relation + 1), GdeltRows.GOLDSTEIN, "eleven"));
    broken.set(200, replaceField(broken.get(200), GdeltRows.MONTH, "201913"));
    Path bad = Files.write(dir.resolve("broken.export.CSV"), broken);
    List<String> fromPlain = GdeltEvents.read(EventFiles.inputs(List.of(bad)), null).quarantine();
    GdeltScan.Result fromFast =
        GdeltScan.read(EventFiles.inputs(List.of(bad)), null, null, 2, Progress.NONE, 4096, 4096);
    assertThat(fromFast.quarantine()).containsExactlyElementsOf(fromPlain);
    assertThat(fromFast.quarantined()).isEqualTo(fromPlain.size());
    assertThat(fromPlain)
        .contains(
            bad + ":11: expected 57, 58 or 61 tab-separated fields, got 60",
            bad
                + ":21: GLOBALEVENTID: expected a whole number below 2^32, got '"
                + broken.get(20).split("\t")[0]
                + "'",
            bad
                + ":201: MonthYear: expected a month YYYYMM from 1900 to "
                + GdeltRows.LAST_YEAR
                + ", got '201913'");
    assertThat(fromPlain)
        .anySatisfy(
            q ->
                assertThat(q)
                    .startsWith(bad + ":" + (relation + 1) + ": QuadClass: expected 1, 2, 3 or 4"));
    assertThat(fromPlain)
        .anySatisfy(
            q ->
                assertThat(q)
                    .isEqualTo(
                        bad
                            + ":"
                            + (relation + 2)
                            + ": GoldsteinScale: expected a number from -10 to 10, got 'eleven'"));
    assertSame(
        fromFast.series(),
        GdeltEvents.read(EventFiles.inputs(List.of(bad)), null).series().results());
  }

  @ParameterizedTest
  @MethodSource("org.entwine.datasets.events.RealFiles#forms")
  void aLastLineWithoutItsNewlineIsRead(RealFiles.Form form) throws Exception {
    Path src = RealFiles.file(form, RealFiles.GDELT.get(1));
    String text = Files.readString(src, StandardCharsets.UTF_8);
    Path cut = Files.writeString(dir.resolve("cut.CSV"), text.substring(0, text.length() - 1));
    assertThat(text).endsWith("\n");
    assertSame(fast(List.of(cut), 4096, 4096), plain(List.of(src)));
  }

  @Test
  void aFileThatIsNotAnEventFileIsRefusedWithItsNameAndWhatWasExpected() throws Exception {
    Path notes = Files.writeString(dir.resolve("notes.csv"), "a,b,c\n1,2,3\n");
    assertThatThrownBy(() -> EventFiles.inputs(List.of(notes)))
        .hasMessageContaining("notes.csv:1")
        .hasMessageContaining("not an event file")
        .hasMessageContaining("61 for 2.0");
    Path binary = dir.resolve("image.zip");
    try (OutputStream o = Files.newOutputStream(binary)) {
      o.write(new byte[] {'P', 'K', 3, 4, 0, 0, 0});
    }
    assertThatThrownBy(() -> EventFiles.inputs(List.of(binary))).hasMessageContaining("image.zip");
  }

  @Test
  void directoriesAndGlobsNameTheFilesInOrder() throws Exception {
    Path src = RealFiles.file(RealFiles.Form.EXCERPT, RealFiles.GDELT.get(1));
    Files.copy(src, dir.resolve("b.export.CSV"));
    Files.copy(src, dir.resolve("a.export.CSV"));
    Files.writeString(dir.resolve(".hidden"), "x");
    assertThat(EventFiles.expand(List.of(dir.toString())))
        .extracting(p -> p.getFileName().toString())
        .containsExactly("a.export.CSV", "b.export.CSV");
    assertThat(EventFiles.expand(List.of(dir + "/a.*.CSV")))
        .extracting(p -> p.getFileName().toString())
        .containsExactly("a.export.CSV");
    assertThatThrownBy(() -> EventFiles.expand(List.of(dir + "/*.zip")))
        .hasMessageContaining("no file matches");
    assertThatThrownBy(() -> EventFiles.expand(List.of(dir + "/missing.CSV")))
        .hasMessageContaining("no such file");
  }

  static int firstRelation(List<String> lines) {
    for (int i = 30; i < lines.size(); i++) {
      String[] f = lines.get(i).split("\t", -1);
      if (!f[GdeltRows.ACTOR1_COUNTRY].isEmpty()
          && !f[GdeltRows.ACTOR2_COUNTRY].isEmpty()
          && !f[GdeltRows.ACTOR1_COUNTRY].equals(f[GdeltRows.ACTOR2_COUNTRY])) {
        return i;
      }
    }
    throw new AssertionError("no relation row");
  }

  static String replaceField(String line, int field, String value) {
    String[] f = line.split("\t", -1);
    f[field] = value;
    return String.join("\t", f);
  }
}
