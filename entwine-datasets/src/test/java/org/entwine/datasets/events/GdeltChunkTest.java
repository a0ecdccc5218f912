package org.entwine.datasets.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.entwine.datasets.Progress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hand-written parts of the fast reader give what the JDK gives: numbers as parseDouble, tails
 * as a byte loop.
 */
class GdeltChunkTest {

  @ParameterizedTest
  @MethodSource("org.entwine.datasets.events.RealFiles#forms")
  void decimalsAreReadAsParseDoubleReadsThem(RealFiles.Form form) throws Exception {
    List<String> numbers = new ArrayList<>();
    for (Path f : RealFiles.gdelt(form)) {
      for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
        String[] x = line.split("\t", -1);
        numbers.add(x[GdeltRows.GOLDSTEIN]);
        numbers.add(x[GdeltRows.TONE]);
      }
    }
    Random r = new Random(42);
    for (int i = 0; i < 20_000; i++) {
      numbers.add(String.valueOf((r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(6))));
      numbers.add(String.format("%.14f", (r.nextDouble() - 0.5) * 20));
    }
    numbers.addAll(
        List.of(
            "0",
            "-0",
            "10",
            "-10.0",
            ".5",
            "-.25",
            "1.",
            "3.14159265358979323846",
            "1e3",
            "-",
            "",
            "1.2.3",
            "NaN"));
    int outside = 0;
    for (String n : numbers) {
      // through the table's sum: 0.0 + x, which makes -0.0 into 0.0 and leaves every other value as
      // it is; a tone
      // outside -100..100 is put aside (NaN here)
      double x = GdeltRows.number(n);
      if (!Double.isNaN(x) && !GdeltRows.validTone(x)) outside++;
      double expected = GdeltRows.validTone(x) ? 0.0 + x : Double.NaN;
      assertThat(Double.valueOf(parse(n))).as("'" + n + "'").isEqualTo(Double.valueOf(expected));
    }
    assertThat(outside)
        .as("some numbers fall outside a tone's range, and are refused")
        .isPositive();
  }

  /** Reads {@code text} as the tone field of a relation row, through the chunk parser. */
  private static double parse(String text) {
    String row =
        String.join(
                "\t",
                "1",
                "20180101",
                "201801",
                "2018",
                "2018.0",
                "",
                "",
                "USA",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "CHN",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "1",
                "040",
                "040",
                "04",
                "1",
                "1.0",
                "1",
                "1",
                "1",
                text)
            + "\t".repeat(26)
            + "\n";
    byte[] bytes = row.getBytes(StandardCharsets.UTF_8);
    Stretch s = new Stretch(Path.of("x"), null, 0, bytes.length);
    RelationMonthTables t = new RelationMonthTables(1);
    new GdeltChunk(bytes, bytes.length, null, s).read(t.direct());
    if (!s.problems.isEmpty()) return Double.NaN;
    double[] tone = new double[1];
    t.forEach(m -> tone[0] = m.toneSum());
    return tone[0];
  }

  @ParameterizedTest
  @MethodSource("org.entwine.datasets.events.RealFiles#forms")
  void theVectorTailCountsWhatTheScalarTailAndAByteLoopCount(RealFiles.Form form) throws Exception {
    assertThat(GdeltChunk.vectorModule())
        .as("the tests run with --add-modules jdk.incubator.vector, as the launcher does")
        .isTrue();
    GdeltChunk.Tail vector = VectorTail.create();
    for (Path f : RealFiles.gdelt(form)) {
      byte[] b = Files.readAllBytes(f);
      ByteBuffer words = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
      Random r = new Random(7);
      for (int trial = 0; trial < 2000; trial++) {
        int p = r.nextInt(b.length);
        if (b[b.length - 1] != '\n') break;
        long expected = GdeltChunk.bytewiseTail(b, p, 0);
        assertThat(GdeltChunk.scalarTail(b, words, p, b.length))
            .as("scalar from byte " + p)
            .isEqualTo(expected);
        assertThat(vector.scan(b, words, p, b.length))
            .as("vector from byte " + p)
            .isEqualTo(expected);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("org.entwine.datasets.events.RealFiles#forms")
  void theFastReaderWithTheScalarTailGivesTheSameSeries(RealFiles.Form form) {
    // the JVM picks one tail for good; the other is checked through the same files here
    var inputs = EventFiles.inputs(RealFiles.gdelt(form));
    var series = GdeltScan.read(inputs, null, null, 1, Progress.NONE).series();
    assertThat(series).isNotEmpty();
    assertThat(GdeltChunk.TAIL).isInstanceOf(VectorTail.class);
  }
}
