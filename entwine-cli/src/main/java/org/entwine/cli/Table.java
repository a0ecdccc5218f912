package org.entwine.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A command's result as named columns and rows, printed as an aligned text table, CSV, or a JSON
 * array of objects (one per row, keyed by column name). One shape for all three formats, so they
 * never disagree.
 */
final class Table {
  private static final int MAX_CELL = 60;
  private final List<String> columns;
  private final List<List<Object>> rows = new ArrayList<>();

  Table(String... columns) {
    this.columns = List.of(columns);
  }

  Table row(Object... values) {
    if (values.length != columns.size())
      throw new IllegalStateException("row width " + values.length);
    rows.add(java.util.Arrays.asList(values));
    return this;
  }

  /**
   * A row given column by column, by name, in any order: every column once and none unknown, so
   * that a table of many columns cannot put a value under the wrong one.
   */
  Table row(java.util.Map<String, ?> byColumn) {
    if (!byColumn.keySet().equals(new java.util.HashSet<>(columns))) {
      var missing = new java.util.TreeSet<>(columns);
      missing.removeAll(byColumn.keySet());
      var unknown = new java.util.TreeSet<>(byColumn.keySet());
      columns.forEach(unknown::remove);
      throw new IllegalStateException("row columns: missing " + missing + ", unknown " + unknown);
    }
    rows.add(
        columns.stream()
            .<Object>map(byColumn::get)
            .toList()); // Stream.toList keeps the nulls of absent figures
    return this;
  }

  boolean isEmpty() {
    return rows.isEmpty();
  }

  void print(Format format, PrintWriter out) {
    switch (format) {
      case JSON -> out.println(json());
      case CSV -> out.print(csv());
      case TABLE -> out.print(text());
    }
    out.flush();
  }

  String json() {
    List<Map<String, Object>> objects = new ArrayList<>();
    for (List<Object> r : rows) {
      Map<String, Object> o = new LinkedHashMap<>();
      for (int i = 0; i < columns.size(); i++) o.put(columns.get(i), r.get(i));
      objects.add(o);
    }
    try {
      // every row object carries every column, null when empty: the API's mapping
      return ApiJson.WRITER.writeValueAsString(objects);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  String csv() {
    StringWriter w = new StringWriter();
    try (CsvWriter csv =
        CsvWriter.builder().lineDelimiter(de.siegmar.fastcsv.writer.LineDelimiter.LF).build(w)) {
      csv.writeRecord(columns);
      for (List<Object> r : rows) csv.writeRecord(r.stream().map(Table::cell).toList());
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
    return w.toString();
  }

  String text() {
    List<List<String>> cells = new ArrayList<>();
    cells.add(columns);
    for (List<Object> r : rows) {
      cells.add(r.stream().map(v -> shortened(cell(v))).toList());
    }
    int[] width = new int[columns.size()];
    for (List<String> r : cells) {
      for (int i = 0; i < width.length; i++) width[i] = Math.max(width[i], r.get(i).length());
    }
    StringBuilder b = new StringBuilder();
    for (int n = 0; n < cells.size(); n++) {
      List<String> r = cells.get(n);
      for (int i = 0; i < width.length; i++) {
        b.append(
            i == width.length - 1 ? r.get(i) : String.format("%-" + width[i] + "s  ", r.get(i)));
      }
      b.append('\n');
      if (n == 0) {
        for (int i = 0; i < width.length; i++) {
          b.append("-".repeat(width[i])).append(i == width.length - 1 ? "" : "  ");
        }
        b.append('\n');
      }
    }
    return b.toString();
  }

  /** A cell's text as a text table shows it: cut short, with an ellipsis, past its width. */
  static String shortened(String s) {
    return s.length() > MAX_CELL ? s.substring(0, MAX_CELL - 1) + "…" : s;
  }

  /** A value as one text cell: lists joined with "; ", nothing as empty. */
  static String cell(Object v) {
    if (v == null) return "";
    if (v instanceof Collection<?> c)
      return c.stream().map(Table::cell).collect(Collectors.joining("; "));
    if (v instanceof Double d) return String.format(java.util.Locale.ROOT, "%.3f", d);
    return v.toString();
  }
}
