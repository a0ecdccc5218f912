package org.entwine.datasets.readers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.entwine.actor.CodeSystem;
import org.entwine.actor.Crosswalk;
import org.entwine.datasets.CsvRows;
import org.entwine.datasets.Dataset;
import org.entwine.datasets.Progress;
import org.entwine.datasets.Unmapped;
import org.entwine.evidence.Contact;
import org.entwine.evidence.Observation;
import org.entwine.exchange.Problems;
import org.entwine.time.PartialDate;

/**
 * One read of a dataset's files, owned by {@link DatasetReader}: the loop over each file's rows
 * (header checked, rows that are not whole reported, each problem located by file, line and field
 * and all thrown when the file is read), the codes mapped through the crosswalk with those that map
 * to none counted, the counters of the result (rows read, values missing, notes, the years seen),
 * and the observations sent on. A reader calls it with what a row means.
 */
final class Reading {
  private final Definitions definitions;
  private final Crosswalk crosswalk;
  private final Consumer<Observation> sink;
  private final Progress progress;
  private final String source;
  private final Problems problems = new Problems();
  private final Unmapped unmapped;
  private final Years years = new Years();
  private final Map<String, Long> notes = new LinkedHashMap<>();
  private final List<Contact> contacts = new ArrayList<>();
  private final Map<Integer, PartialDate> periods = new HashMap<>();
  private PairYears sums;
  private long rows;
  private long missing;
  private Integer coverFrom;
  private Integer coverTo;

  Reading(
      Definitions definitions, Crosswalk crosswalk, Consumer<Observation> sink, Progress progress) {
    this.definitions = definitions;
    this.crosswalk = crosswalk;
    this.sink = sink;
    this.progress = progress;
    this.source = definitions.source().id();
    this.unmapped = new Unmapped(crosswalk);
  }

  // The loop

  /**
   * Reads every data row of {@code file} (a CSV file whose header names every one of {@code
   * columns}), counting it as read and giving it to {@code mapping}; then throws the problems found
   * so far, if any.
   */
  void rows(Path file, List<String> columns, Consumer<CsvRows.Row> mapping) {
    rows(file, columns, CsvRows.Layout.CSV, mapping);
  }

  /** The same, for a file of another layout (separator, encoding, broken records). */
  void rows(Path file, List<String> columns, CsvRows.Layout layout, Consumer<CsvRows.Row> mapping) {
    rows += loop(file, columns, layout, mapping);
  }

  /**
   * The same, without counting the rows as read: a file the data rows are read against (national
   * totals, roll calls), or rows the reader counts itself ({@link #counted}).
   */
  void rowsAside(Path file, List<String> columns, Consumer<CsvRows.Row> mapping) {
    loop(file, columns, CsvRows.Layout.CSV, mapping);
  }

  /** The loop: the rows given to {@code mapping}, then the problems thrown; how many rows. */
  private long loop(
      Path file, List<String> columns, CsvRows.Layout layout, Consumer<CsvRows.Row> mapping) {
    try (CsvRows csv = CsvRows.open(file, columns, problems, progress, layout)) {
      long n = csv.forEach(mapping);
      csv.finish();
      return n;
    }
  }

  /**
   * The header of {@code file}, checked to name every one of {@code required}: to tell a dataset's
   * files apart, or to read columns a layout names by country.
   */
  List<String> header(Path file, List<String> required) {
    try (CsvRows probe = CsvRows.open(file, required, problems, Progress.NONE)) {
      return probe.header();
    }
  }

  /** Counts {@code n} rows as read, for a reader that counts its own ({@link #rowsAside}). */
  void counted(long n) {
    rows += n;
  }

  /** The rows counted as read so far. */
  long rowsRead() {
    return rows;
  }

  // Codes to actors, those that map to none counted

  Optional<String> actor(CodeSystem system, String code) {
    return unmapped.actor(system, code, 1);
  }

  Optional<String> byName(String name) {
    return unmapped.byName(name, 1);
  }

  /** An actor by name, counting {@code rows} against the name when it maps to none. */
  Optional<String> byName(String name, long rows) {
    return unmapped.byName(name, rows);
  }

  /** Counts a row left out for a reason other than an unknown code (beside the unmapped codes). */
  void leftOut(String what) {
    unmapped.note(what);
  }

  /** The rows left out so far, by the code, name or reason that left them out. */
  Map<String, Long> unmapped() {
    return unmapped.counts();
  }

  Crosswalk crosswalk() {
    return crosswalk;
  }

  // The counters of the result

  /** Counts a value the file marks as missing. */
  void missing() {
    missing++;
  }

  /** Counts a row or value the reader noted (skipped for a stated reason, read as something). */
  void note(String what) {
    note(what, 1);
  }

  void note(String what, long n) {
    notes.merge(what, n, Long::sum);
  }

  /** Notes something said once, however often it is met (a header repaired). */
  void noteOnce(String what) {
    notes.put(what, 1L);
  }

  /** Widens the span of years the data covers to {@code year}. */
  void see(int year) {
    years.see(year);
  }

  /** Sets the span of years the data covers, whatever years the rows gave. */
  void cover(int from, int to) {
    coverFrom = from;
    coverTo = to;
  }

  /** A contact record the data gave, stored with the dataset's records. */
  void contact(Contact contact) {
    contacts.add(contact);
  }

  // Problems

  /** A problem not of a row: a file's name, a file missing from a set. */
  void problem(Path file, int line, String field, String message) {
    problems.add(file, line, field, message);
  }

  void throwIfAny() {
    problems.throwIfAny();
  }

  // Observations

  /** The dataset's source: what its observations cite. */
  String source() {
    return source;
  }

  PartialDate period(int year) {
    return periods.computeIfAbsent(year, y -> PartialDate.parse(String.valueOf(y)));
  }

  /** Sends on an observation citing the dataset's source. */
  void observe(String indicator, String actor, String partner, PartialDate period, double value) {
    observe(indicator, actor, partner, period, value, source);
  }

  /** Sends on an observation citing {@code source}, one of the dataset's sources. */
  void observe(
      String indicator,
      String actor,
      String partner,
      PartialDate period,
      double value,
      String source) {
    sink.accept(new Observation(indicator, actor, partner, period, value, source));
  }

  /**
   * Values summed per indicator, pair and year, sent on as observations when the reading ends; the
   * years they fall in are the years seen.
   */
  PairYears sums() {
    if (sums == null) sums = new PairYears(years);
    return sums;
  }

  /** Ends the reading: the sums sent on, every problem thrown, or the result. */
  Dataset.Result result() {
    problems.throwIfAny();
    if (sums != null) sums.emit(sink, source);
    Integer from = coverFrom != null ? coverFrom : years.from;
    Integer to = coverFrom != null ? coverTo : years.to;
    return new Dataset.Result(
        definitions.records(from, to, contacts), rows, unmapped.counts(), missing, notes);
  }
}
