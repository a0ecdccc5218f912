package org.entwine.datasets;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.entwine.exchange.ExchangeException;
import org.entwine.exchange.ExchangeProblem;
import org.entwine.exchange.Problems;

/**
 * Streams a dataset's CSV file row by row (memory does not grow with the file), after checking its
 * header has the columns the dataset's published layout has. Field getters record a problem with
 * file, line and column and return null; {@link #finish} throws them all at the end.
 */
public final class CsvRows implements AutoCloseable {
  /** How a published file writes "no value". */
  private static final Set<String> MISSING = Set.of("", "NA", "N/A", "NaN", ".");

  private final Path file;
  private final Map<String, Integer> columns = new HashMap<>();
  private final CsvReader<CsvRecord> reader;
  private final Counting in;
  private final Problems problems;
  private final Progress progress;
  private long reported;

  private CsvRows(Path file, Counting in, CsvReader<CsvRecord> reader, Problems problems, Progress progress) {
    this.file = file;
    this.in = in;
    this.reader = reader;
    this.problems = problems;
    this.progress = progress;
  }

  /** Opens {@code file} and checks its header names every one of {@code required}. */
  public static CsvRows open(Path file, List<String> required, Problems problems, Progress progress) {
    return open(file, required, problems, progress, ',');
  }

  /** The same, for a file whose fields are separated by {@code separator} (tab for GDELT's tables). */
  public static CsvRows open(Path file, List<String> required, Problems problems, Progress progress, char separator) {
    try {
      if (!Files.isRegularFile(file)) {
        throw new ExchangeException(new ExchangeProblem(file, 0, null, "no such file"));
      }
      byte[] head = new byte[(int) Math.min(Files.size(file), 4096)];
      try (InputStream probe = Files.newInputStream(file)) {
        probe.readNBytes(head, 0, head.length);
      }
      for (byte b : head) {
        if (b == 0) throw new ExchangeException(new ExchangeProblem(file, 0, null, "this is a binary file, not a CSV file"));
      }
      Counting in = new Counting(Files.newInputStream(file));
      CsvReader<CsvRecord> reader = CsvReader.builder().fieldSeparator(separator).allowMissingFields(true).allowExtraFields(true)
          .detectBomHeader(true).ofCsvRecord(in, StandardCharsets.UTF_8);
      CsvRows rows = new CsvRows(file, in, reader, problems, progress);
      rows.readHeader(required);
      return rows;
    } catch (IOException e) {
      throw new ExchangeException(new ExchangeProblem(file, 0, null, "cannot read: " + e.getMessage()));
    }
  }

  private void readHeader(List<String> required) {
    Iterator<CsvRecord> it = reader.iterator();
    if (!it.hasNext()) {
      close();
      throw new ExchangeException(new ExchangeProblem(file, 0, null,
          "the file is empty: expected a header with " + String.join(", ", required)));
    }
    List<String> header = it.next().getFields();
    for (int i = 0; i < header.size(); i++) columns.put(header.get(i).strip(), i);
    List<String> absent = required.stream().filter(c -> !columns.containsKey(c)).toList();
    if (!absent.isEmpty()) {
      close();
      throw new ExchangeException(new ExchangeProblem(file, 1, "header",
          "missing column" + (absent.size() == 1 ? " " : "s ") + String.join(", ", absent)
              + ": expected this dataset's published layout with " + String.join(", ", required)
              + "; the file has " + String.join(", ", header)));
    }
  }

  public boolean has(String column) {
    return columns.containsKey(column);
  }

  /** Calls {@code row} for every data row; rows whose field count is off are reported, not read. */
  public void forEach(Consumer<Row> row) {
    try {
      int n = 0;
      for (CsvRecord r : reader) {
        if (r.getFieldCount() == 1 && r.getField(0).isEmpty()) continue;
        if (r.getFieldCount() != columns.size()) {
          problems.add(file, (int) r.getStartingLineNumber(), null,
              "expected " + columns.size() + " fields, got " + r.getFieldCount()
                  + (r.getFieldCount() < columns.size() ? " (is the file cut short?)" : ""));
          continue;
        }
        row.accept(new Row(r));
        if ((++n & 4095) == 0) report();
      }
      report();
    } catch (CsvParseException e) {
      problems.add(file, 0, null, "not valid CSV: " + e.getMessage());
    } catch (UncheckedIOException e) {
      problems.add(file, 0, null, "cannot read: " + e.getMessage());
    }
  }

  private void report() {
    long now = in.count;
    progress.advance(now - reported);
    reported = now;
  }

  /** Throws the problems found, if any. */
  public void finish() {
    close();
    problems.throwIfAny();
  }

  @Override
  public void close() {
    try {
      reader.close();
    } catch (IOException ignored) {
      // reading is over
    }
  }

  /** One data row. */
  public final class Row {
    private final CsvRecord r;

    Row(CsvRecord r) {
      this.r = r;
    }

    public int line() {
      return (int) r.getStartingLineNumber();
    }

    public String text(String column) {
      return r.getField(columns.get(column)).strip();
    }

    /** A number, or null where the file says it has none (empty, NA, N/A, or COW's negative codes). */
    public Double number(String column) {
      String t = text(column);
      if (MISSING.contains(t)) return null;
      try {
        double d = Double.parseDouble(t);
        if (!Double.isFinite(d)) throw new NumberFormatException();
        return d < 0 ? null : d; // COW writes -9 for a missing flow; no count or flow here is negative
      } catch (NumberFormatException e) {
        problem(column, "expected a number, got '" + t + "'");
        return null;
      }
    }

    /** A number that may be negative (a Goldstein weight), or null where the file has none. */
    public Double signed(String column) {
      String t = text(column);
      if (MISSING.contains(t)) return null;
      try {
        return Double.valueOf(t);
      } catch (NumberFormatException e) {
        problem(column, "expected a number, got '" + t + "'");
        return null;
      }
    }

    /** A whole number, required. */
    public Integer whole(String column) {
      String t = text(column);
      try {
        return Integer.valueOf(t);
      } catch (NumberFormatException e) {
        problem(column, "expected a whole number, got '" + t + "'");
        return null;
      }
    }

    public void problem(String column, String message) {
      problems.add(file, line(), column, message);
    }
  }

  /** Counts the bytes read, for progress. */
  private static final class Counting extends FilterInputStream {
    long count;

    Counting(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) count++;
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) count += n;
      return n;
    }
  }
}
