package org.entwine.datasets.events;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.entwine.events.QuadClass;

/**
 * ICEWS event rows read as strings, by the columns a file's header names: what the ICEWS reader and
 * the Spark job call, so that both put aside the same rows for the same reasons. An event's
 * countries are ICEWS's names; its Goldstein score is ICEWS's intensity, and ICEWS has no mentions,
 * sources, articles or tone (0).
 */
public final class IcewsLine {
  /** The columns a file must have. */
  static final List<String> COLUMNS =
      List.of(
          "Event ID", "Event Date", "Source Country", "CAMEO Code", "Intensity", "Target Country");

  private static final Pattern ID = Pattern.compile("\\d{1,10}");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern CODE = Pattern.compile("\\d{3,4}");

  private final int fields;
  private final int id;
  private final int date;
  private final int source;
  private final int code;
  private final int intensity;
  private final int target;

  private IcewsLine(String[] header, Map<String, Integer> at) {
    this.fields = header.length;
    this.id = at.get("Event ID");
    this.date = at.get("Event Date");
    this.source = at.get("Source Country");
    this.code = at.get("CAMEO Code");
    this.intensity = at.get("Intensity");
    this.target = at.get("Target Country");
  }

  /**
   * The reader of a file whose first line is {@code header}; the columns missing from it (empty
   * when none) are in {@code absent}.
   */
  public static IcewsLine of(String header, List<String> absent) {
    String[] h = (header == null ? "" : header).split("\t", -1);
    Map<String, Integer> at = new HashMap<>();
    for (int i = 0; i < h.length; i++) at.put(h[i].strip(), i);
    COLUMNS.stream().filter(c -> !at.containsKey(c)).forEach(absent::add);
    return absent.isEmpty() ? new IcewsLine(h, at) : null;
  }

  /** What the file must have, in words, for a message. */
  public static String expected() {
    return "expected ICEWS's published layout with " + String.join(", ", COLUMNS);
  }

  /** Reads a non-empty row. */
  public GdeltLine.Read read(String line, boolean[] knownCodes) {
    String[] f = line.split("\t", -1);
    String problem = problem(f, knownCodes);
    if (problem != null) return new GdeltLine.Read(null, problem);
    String a = country(f[source]);
    String b = country(f[target]);
    if (a == null || b == null || a.equals(b)) return new GdeltLine.Read(null, null);
    String c = f[code];
    return new GdeltLine.Read(
        new GdeltLine.Event(
            Long.parseLong(f[id]),
            a,
            b,
            month(f[date]),
            c,
            QuadClass.ofRoot(Integer.parseInt(c.substring(0, 2))).number(),
            Double.parseDouble(f[intensity]),
            0,
            0,
            0,
            0),
        null);
  }

  private static String country(String name) {
    String n = name.strip();
    return n.isEmpty() || n.equals("NA") ? null : n;
  }

  private static boolean realDate(String d) {
    if (!DATE.matcher(d).matches()) return false;
    try {
      java.time.LocalDate.parse(d);
      return true;
    } catch (java.time.DateTimeException e) {
      return false;
    }
  }

  private static int month(String date) {
    return Integer.parseInt(date.substring(0, 4)) * 100 + Integer.parseInt(date.substring(5, 7));
  }

  private String problem(String[] f, boolean[] knownCodes) {
    if (f.length != fields)
      return "expected " + fields + " tab-separated fields, as the header has, got " + f.length;
    if (!ID.matcher(f[id]).matches() || Long.parseLong(f[id]) > 0xFFFFFFFFL) {
      return GdeltRows.notA("Event ID", "a whole number below 2^32", f[id]);
    }
    String d = f[date];
    if (!realDate(d) || !GdeltRows.validMonth(month(d))) {
      return GdeltRows.notA(
          "Event Date",
          "a real date YYYY-MM-DD from " + GdeltRows.FIRST_YEAR + " to " + GdeltRows.LAST_YEAR,
          d);
    }
    String c = f[code];
    if (!CODE.matcher(c).matches())
      return GdeltRows.notA("CAMEO Code", "a CAMEO code of three or four digits", c);
    int root = Integer.parseInt(c.substring(0, 2));
    if (root < 1 || root > 20)
      return GdeltRows.notA("CAMEO Code", "a CAMEO code with a root from 01 to 20", c);
    if (knownCodes != null && !knownCodes[c.length() * 10000 + Integer.parseInt(c)])
      return "CAMEO Code: " + c + " is not in the CAMEO codebook";
    double v = GdeltRows.number(f[intensity]);
    if (Double.isNaN(v) || v < -10 || v > 10)
      return GdeltRows.notA("Intensity", "a number from -10 to 10", f[intensity]);
    return null;
  }
}
