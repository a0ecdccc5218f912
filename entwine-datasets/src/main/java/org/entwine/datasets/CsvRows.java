package org.entwine.datasets;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
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
  public static final Set<String> MISSING = Set.of("", "NA", "N/A", "NaN", ".", "..");

  /** The Correlates of War's code for a missing value. */
  static final double COW_MISSING = -9;

  /** The first year a dataset here holds (COW's state system starts in 1816). */
  static final int FIRST_YEAR = 1800;

  /**
   * Next year, as last read from the clock: it only grows, so a year within it needs no new
   * reading.
   */
  private static volatile int nextYear = java.time.LocalDate.now().getYear() + 1;

  /**
   * Whether a dataset can hold the year: from {@value #FIRST_YEAR} to next year. Called for every
   * row.
   */
  public static boolean plausibleYear(int y) {
    if (y < FIRST_YEAR) return false;
    if (y <= nextYear) return true;
    nextYear =
        java.time.LocalDate.now().getYear()
            + 1; // a year past it: read the clock again before refusing
    return y <= nextYear;
  }

  /** The years a dataset can hold, in words for a message. */
  public static String yearRange() {
    nextYear = java.time.LocalDate.now().getYear() + 1;
    return "from " + FIRST_YEAR + " to " + nextYear;
  }

  private final Path file;
  private final Map<String, Integer> columns = new HashMap<>();
  private final CsvReader<CsvRecord> reader;
  private final Counting in;
  private final Problems problems;
  private final Progress progress;
  private long reported;

  private final boolean joinBroken;

  /**
   * Whether the file is read as UTF-8: a byte that is not UTF-8 (a Latin-1 'é') is read as U+FFFD,
   * which no published name holds, and is refused where it is rather than dropped with the row.
   */
  private final boolean utf8;

  private List<String> header = List.of();

  private CsvRows(
      Path file,
      Counting in,
      CsvReader<CsvRecord> reader,
      Problems problems,
      Progress progress,
      boolean joinBroken,
      boolean utf8) {
    this.joinBroken = joinBroken;
    this.utf8 = utf8;
    this.file = file;
    this.in = in;
    this.reader = reader;
    this.problems = problems;
    this.progress = progress;
  }

  /** Opens {@code file} and checks its header names every one of {@code required}. */
  public static CsvRows open(
      Path file, List<String> required, Problems problems, Progress progress) {
    return open(file, required, problems, progress, ',');
  }

  /**
   * The same, for a file whose fields are separated by {@code separator} (tab for GDELT's tables).
   */
  public static CsvRows open(
      Path file, List<String> required, Problems problems, Progress progress, char separator) {
    return open(file, required, problems, progress, Layout.CSV.separatedBy(separator));
  }

  /**
   * How a published file is written where it departs from plain UTF-8 CSV.
   *
   * @param joinBrokenRecords a record cut in two by an unquoted line break (as two rows of SIPRI's
   *     register are) is read whole when its two parts together have the header's field count
   */
  public record Layout(
      char separator, java.nio.charset.Charset charset, boolean joinBrokenRecords) {
    public static final Layout CSV = new Layout(',', StandardCharsets.UTF_8, false);

    public Layout separatedBy(char c) {
      return new Layout(c, charset, joinBrokenRecords);
    }

    public Layout encodedIn(java.nio.charset.Charset cs) {
      return new Layout(separator, cs, joinBrokenRecords);
    }

    public Layout joiningBrokenRecords() {
      return new Layout(separator, charset, true);
    }
  }

  /** The same, for a file of another layout. */
  public static CsvRows open(
      Path file, List<String> required, Problems problems, Progress progress, Layout layout) {
    try {
      if (!Files.isRegularFile(file)) {
        throw new ExchangeException(
            new ExchangeProblem(
                file,
                0,
                null,
                Files.isDirectory(file)
                    ? "it is a folder, not a file"
                    : Files.exists(file) ? "not a regular file" : "no such file"));
      }
      if (!Files.isReadable(file))
        throw new ExchangeException(
            new ExchangeProblem(file, 0, null, "cannot read: permission denied"));
      byte[] head = new byte[(int) Math.min(Files.size(file), 4096)];
      try (InputStream probe = Files.newInputStream(file)) {
        probe.readNBytes(head, 0, head.length);
      }
      for (byte b : head) {
        if (b == 0)
          throw new ExchangeException(
              new ExchangeProblem(file, 0, null, "this is a binary file, not a CSV file"));
      }
      Counting in = new Counting(Files.newInputStream(file));
      CsvReader<CsvRecord> reader =
          CsvReader.builder()
              .fieldSeparator(layout.separator())
              .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
              .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
              .detectBomHeader(true)
              .ofCsvRecord(in, layout.charset());
      CsvRows rows =
          new CsvRows(
              file,
              in,
              reader,
              problems,
              progress,
              layout.joinBrokenRecords(),
              layout.charset().equals(StandardCharsets.UTF_8));
      rows.readHeader(required, layout.separator(), firstLine(head, layout.charset()));
      return rows;
    } catch (IOException e) {
      throw new ExchangeException(
          new ExchangeProblem(file, 0, null, org.entwine.exchange.Unreadable.because(e)));
    }
  }

  /** The file's first line, as far as {@code head} holds it. */
  private static String firstLine(byte[] head, java.nio.charset.Charset charset) {
    String text = new String(head, charset);
    int end = text.indexOf('\n');
    return end < 0 ? text : text.substring(0, end);
  }

  /** The separator a line is written with, in words, if it is not {@code separator}. */
  private static String otherSeparator(String line, char separator) {
    return separator != ';' && line.contains(";")
        ? "';'"
        : separator != '\t' && line.contains("\t")
            ? "tabs"
            : separator != ',' && line.contains(",") ? "commas" : null;
  }

  private static String inWords(char separator) {
    return separator == ',' ? "commas" : separator == '\t' ? "tabs" : "'" + separator + "'";
  }

  private void readHeader(List<String> required, char separator, String firstLine) {
    Iterator<CsvRecord> it = reader.iterator();
    boolean any;
    CsvRecord first;
    try {
      any = it.hasNext();
      first = any ? it.next() : null;
    } catch (CsvParseException e) {
      // a quoted header in another separator: "a";"b" is no CSV field followed by a comma
      close();
      String other = otherSeparator(firstLine, separator);
      throw new ExchangeException(
          new ExchangeProblem(
              file,
              1,
              "header",
              other != null
                  ? "the file is separated by "
                      + other
                      + ", not "
                      + inWords(separator)
                      + ": this dataset's published layout has the columns "
                      + String.join(", ", required)
                  : "not valid CSV: " + e.getMessage()));
    }
    if (!any) {
      close();
      throw new ExchangeException(
          new ExchangeProblem(
              file,
              0,
              null,
              "the file is empty: expected a header with " + String.join(", ", required)));
    }
    List<String> names =
        new java.util.ArrayList<>(first.getFields().stream().map(String::strip).toList());
    // a header ending in a separator (operator;…;QID;) names no last column
    if (names.size() > 1 && names.get(names.size() - 1).isEmpty()) names.remove(names.size() - 1);
    header = List.copyOf(names);
    for (int i = 0; i < header.size(); i++) columns.putIfAbsent(header.get(i), i);
    List<String> absent = required.stream().filter(c -> !columns.containsKey(c)).toList();
    if (!absent.isEmpty() && header.size() == 1) {
      // one column where several were expected: the file is separated by something else
      String other = otherSeparator(header.get(0), separator);
      if (other != null) {
        close();
        throw new ExchangeException(
            new ExchangeProblem(
                file,
                1,
                "header",
                "the file is separated by "
                    + other
                    + ", not "
                    + inWords(separator)
                    + ": this dataset's published layout has the columns "
                    + String.join(", ", required)));
      }
    }
    if (!absent.isEmpty()) {
      close();
      throw new ExchangeException(
          new ExchangeProblem(
              file,
              1,
              "header",
              "missing column"
                  + (absent.size() == 1 ? " " : "s ")
                  + String.join(", ", absent)
                  + ": expected this dataset's published layout with "
                  + String.join(", ", required)
                  + "; the file has "
                  + String.join(", ", header)));
    }
  }

  /** The header's column names, in order. */
  public List<String> header() {
    return header;
  }

  public boolean has(String column) {
    return columns.containsKey(column);
  }

  /**
   * Calls {@code row} for every data row; rows whose field count is off are reported, not read.
   * Returns how many rows it was called for.
   */
  public long forEach(Consumer<Row> row) {
    long n = 0;
    try {
      Iterator<CsvRecord> it = reader.iterator();
      CsvRecord next = it.hasNext() ? it.next() : null;
      while (next != null) {
        CsvRecord r = next;
        next = it.hasNext() ? it.next() : null;
        if (r.getFieldCount() == 1 && r.getField(0).isEmpty()) continue;
        List<String> fields = r.getFields();
        if (joinBroken
            && next != null
            && r.getFieldCount() < header.size()
            && r.getFieldCount() + next.getFieldCount() - 1 == header.size()) {
          fields = joined(r, next);
          next = it.hasNext() ? it.next() : null;
        }
        if (fields.size() == header.size() + 1 && fields.get(header.size()).isEmpty())
          fields = fields.subList(0, header.size());
        if (utf8 && fields.stream().anyMatch(f -> f.indexOf('\uFFFD') >= 0)) {
          problems.add(
              file,
              (int) r.getStartingLineNumber(),
              null,
              "not UTF-8 text: a byte here is of another encoding (such as Latin-1's 'é');"
                  + " this dataset is published in UTF-8: save the file as UTF-8");
          continue;
        }
        if (fields.size() != header.size()) {
          problems.add(
              file,
              (int) r.getStartingLineNumber(),
              null,
              "expected "
                  + header.size()
                  + " fields, got "
                  + fields.size()
                  + (fields.size() < header.size() ? " (is the file cut short?)" : ""));
          continue;
        }
        row.accept(new Row((int) r.getStartingLineNumber(), fields));
        if ((++n & 4095) == 0) report();
      }
      report();
    } catch (CsvParseException e) {
      java.util.regex.Matcher line =
          java.util.regex.Pattern.compile("record starting at line (\\d+)").matcher(e.getMessage());
      problems.add(
          file,
          line.find() ? Integer.parseInt(line.group(1)) : 0,
          null,
          "not valid CSV: " + e.getMessage());
    } catch (UncheckedIOException e) {
      problems.add(file, 0, null, org.entwine.exchange.Unreadable.because(e.getCause()));
    }
    return n;
  }

  /**
   * A record cut by a line break inside its last field, put back together: that field runs on into
   * the next line.
   */
  private static List<String> joined(CsvRecord head, CsvRecord tail) {
    List<String> fields = new java.util.ArrayList<>(head.getFields());
    fields.set(fields.size() - 1, fields.get(fields.size() - 1) + "\n" + tail.getField(0));
    fields.addAll(tail.getFields().subList(1, tail.getFieldCount()));
    return fields;
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
    private final int line;
    private final List<String> fields;

    Row(int line, List<String> fields) {
      this.line = line;
      this.fields = fields;
    }

    public int line() {
      return line;
    }

    public String text(String column) {
      return fields.get(columns.get(column)).strip();
    }

    /** Every field, in the header's order (for wide layouts with a column per country). */
    public List<String> fields() {
      return fields;
    }

    /**
     * A count or a flow: a number of 0 or more, or null where the file says it has none (empty, NA,
     * N/A, or COW's -9). Any other negative number is an error, not a missing value: no count or
     * flow is negative, so the file is wrong.
     */
    public Double number(String column) {
      String t = text(column);
      if (MISSING.contains(t)) return null;
      try {
        double d = Double.parseDouble(t);
        if (!Double.isFinite(d)) throw new NumberFormatException();
        if (d == COW_MISSING) return null;
        if (d < 0) {
          problem(
              column,
              "expected a number of 0 or more (or a missing value: empty, NA, -9), got '"
                  + t
                  + "'");
          return null;
        }
        return d;
      } catch (NumberFormatException e) {
        problem(column, "expected a number, got '" + t + "'");
        return null;
      }
    }

    /**
     * A count: a whole number of 0 or more, or null where the file says it has none (as {@link
     * #number}); a fraction is a problem, since nothing is counted in halves.
     */
    public Double count(String column) {
      Double d = number(column);
      if (d != null && d != Math.rint(d)) {
        problem(column, "expected a count, a whole number, got '" + text(column) + "'");
        return null;
      }
      return d;
    }

    /**
     * A year, or null where the file has none (empty, NA); a year outside the plausible range is a
     * problem.
     */
    public Integer yearIfAny(String column) {
      return MISSING.contains(text(column)) ? null : year(column);
    }

    /** A year a dataset can hold: from {@value #FIRST_YEAR} to next year; else a problem. */
    public Integer year(String column) {
      String t = text(column);
      // a year written as a decimal (DESTA's 2003.0) is still a year
      Integer y =
          t.matches("-?\\d+\\.0+")
              ? Integer.valueOf(t.substring(0, t.indexOf('.')))
              : whole(column);
      if (y == null) return null;
      if (!plausibleYear(y)) {
        problem(column, "expected a year " + yearRange() + ", got '" + text(column) + "'");
        return null;
      }
      return y;
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
