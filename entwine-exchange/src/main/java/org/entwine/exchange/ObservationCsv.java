package org.entwine.exchange;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import org.entwine.evidence.Observation;
import org.entwine.registry.Registry;
import org.entwine.time.PartialDate;

/**
 * Indicator observations as CSV: a header {@code indicator,actor,partner,period,value,source}, then
 * one row per value. A period the data does not cover has no row (missing is not zero).
 */
public final class ObservationCsv {
  public static final List<String> HEADER =
      List.of("indicator", "actor", "partner", "period", "value", "source");

  /**
   * The largest observations file read (it is read whole, and its observations held until stored).
   */
  static final long LARGEST = 512L << 20;

  private ObservationCsv() {}

  /** Whether a file is observations by its name: .csv, or .csv.gz compressed. */
  public static boolean isObservationFile(String name) {
    String n = name.toLowerCase(java.util.Locale.ROOT);
    return n.endsWith(".csv") || n.endsWith(".csv.gz");
  }

  public static Batch read(Path file) {
    Problems problems = new Problems();
    List<Observation> out = new ArrayList<>();
    IdentityHashMap<Object, ExchangeProblem> where = new IdentityHashMap<>();
    String text;
    try {
      if (Files.isRegularFile(file) && Files.size(file) > LARGEST) {
        throw new ExchangeException(
            new ExchangeProblem(
                file,
                0,
                null,
                String.format(
                    "the file is %,d MB, larger than the %d MB an observations file may be (it is"
                        + " read whole): split it, or load a large dataset with 'entwine load'",
                    Files.size(file) >> 20, LARGEST >> 20)));
      }
      byte[] bytes = Files.readAllBytes(file);
      if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".gz")) {
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
          bytes = in.readAllBytes();
        } catch (java.util.zip.ZipException e) {
          throw new ExchangeException(
              new ExchangeProblem(file, 0, null, "not a gzip file: " + e.getMessage()));
        }
      }
      text = Text.decode(bytes);
    } catch (CharacterCodingException e) {
      throw new ExchangeException(new ExchangeProblem(file, 0, null, e.getMessage()));
    } catch (IOException e) {
      throw new ExchangeException(
          new ExchangeProblem(file, 0, null, org.entwine.exchange.Unreadable.because(e)));
    }
    if (text.isBlank()) {
      throw new ExchangeException(
          new ExchangeProblem(
              file, 0, null, "the file is empty: expected the header " + String.join(",", HEADER)));
    }
    try (CsvReader<CsvRecord> csv =
        CsvReader.builder()
            .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
            .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
            .ofCsvRecord(text)) {
      List<String> header = null;
      for (CsvRecord r : csv) {
        int line = (int) r.getStartingLineNumber();
        if (header == null) {
          header = r.getFields().stream().map(String::strip).toList();
          if (!header.equals(HEADER)) {
            problems.add(
                file,
                line,
                "header",
                "expected the columns "
                    + String.join(",", HEADER)
                    + ", got "
                    + String.join(",", header));
            break;
          }
          continue;
        }
        if (r.getFieldCount() == 1 && r.getField(0).isBlank()) continue;
        if (r.getFieldCount() != HEADER.size()) {
          problems.add(
              file,
              line,
              null,
              "expected "
                  + HEADER.size()
                  + " fields, got "
                  + r.getFieldCount()
                  + (r.getFieldCount() < HEADER.size() ? " (is the file cut short?)" : ""));
          continue;
        }
        try {
          double value = Numbers.finite(r.getField(4));
          Observation o =
              new Observation(
                  r.getField(0).strip(),
                  r.getField(1).strip(),
                  r.getField(2).strip(),
                  PartialDate.parse(r.getField(3)),
                  value,
                  r.getField(5).strip());
          out.add(o);
          where.put(o, new ExchangeProblem(file, line, "row", ""));
        } catch (IllegalArgumentException e) {
          problems.add(file, line, column(e), e.getMessage());
        }
      }
    } catch (CsvParseException e) {
      problems.add(file, 0, null, "not valid CSV: " + e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    problems.throwIfAny();
    return new Batch(Registry.empty().withObservations(out), where);
  }

  /** Names the column a value error belongs to, from the message the domain gives. */
  private static String column(IllegalArgumentException e) {
    String m = e.getMessage();
    if (m.contains("number")) return "value";
    if (m.contains("date") || m.contains("period")) return "period";
    if (m.contains("indicator")) return "indicator";
    if (m.contains("source")) return "source";
    return "actor/partner";
  }

  public static void write(Path file, List<Observation> observations) throws IOException {
    if (file.getFileName().toString().endsWith(".gz")) {
      try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(file));
          var w = new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8)) {
        write(w, observations);
      }
      return;
    }
    try (var w = Files.newBufferedWriter(file)) {
      write(w, observations);
    }
  }

  /** The observations as CSV text, in the order given. */
  public static void write(java.io.Writer out, List<Observation> observations) throws IOException {
    try (CsvWriter w = CsvWriter.builder().build(out)) {
      w.writeRecord(HEADER);
      for (Observation o : observations) {
        w.writeRecord(
            o.indicator(),
            o.actor(),
            o.partner(),
            o.period().toString(),
            Double.toString(o.value()),
            o.source());
      }
    }
  }
}
