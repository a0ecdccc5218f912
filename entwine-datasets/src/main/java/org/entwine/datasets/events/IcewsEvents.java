package org.entwine.datasets.events;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entwine.datasets.Progress;
import org.entwine.events.CameoCodebook;
import org.entwine.events.QuadClass;
import org.entwine.events.RelationMonths;
import org.entwine.exchange.ExchangeException;
import org.entwine.exchange.ExchangeProblem;
import org.roaringbitmap.RoaringBitmap;

/**
 * Reads ICEWS event files as the Harvard Dataverse publishes them (tab-separated, a header row,
 * "Event ID", "Event Date", "Source Country", "CAMEO Code", "Intensity", "Target Country" among
 * their columns, NA or nothing for a missing value) into relation-month series between the
 * countries, by name. The intensity is ICEWS's Goldstein-scale score of the event; ICEWS has no
 * mentions, sources, articles or tone, so those stay 0. Rows are checked as GDELT's are: a bad id,
 * date, code or intensity puts the row in quarantine; a row without both countries is passed over.
 */
public final class IcewsEvents {
  private static final List<String> COLUMNS =
      List.of(
          "Event ID", "Event Date", "Source Country", "CAMEO Code", "Intensity", "Target Country");

  /** What a read gave: the series with country names as the files write them. */
  public record Result(
      RelationMonths series,
      long rows,
      long relations,
      long duplicates,
      List<String> quarantine,
      RoaringBitmap ids) {}

  private IcewsEvents() {}

  public static Result read(
      List<EventFiles.Input> inputs,
      RoaringBitmap known,
      CameoCodebook codebook,
      Progress progress) {
    boolean[] knownCodes = GdeltRows.knownCodes(codebook);
    RoaringBitmap seen = known == null ? new RoaringBitmap() : known.clone();
    RelationMonths series = new RelationMonths();
    List<String> quarantine = new ArrayList<>();
    long[] counts = new long[3];
    for (EventFiles.Input in : inputs) {
      try (InputStream s = in.open()) {
        readLines(in.where(), s, knownCodes, seen, series, quarantine, counts);
        progress.advance(in.size());
      } catch (IOException e) {
        throw new ExchangeException(
            new ExchangeProblem(in.file(), 0, null, org.entwine.exchange.Unreadable.because(e)));
      }
    }
    return new Result(series, counts[0], counts[1], counts[2], quarantine, seen);
  }

  private static void readLines(
      String where,
      InputStream s,
      boolean[] knownCodes,
      RoaringBitmap seen,
      RelationMonths series,
      List<String> quarantine,
      long[] counts)
      throws IOException {
    TextLines r = new TextLines(s);
    String first = r.next();
    String[] header = (first == null ? "" : first).split("\t", -1);
    Map<String, Integer> at = new HashMap<>();
    for (int i = 0; i < header.length; i++) at.put(header[i].strip(), i);
    List<String> absent = COLUMNS.stream().filter(c -> !at.containsKey(c)).toList();
    if (!absent.isEmpty()) {
      throw new ExchangeException(
          new ExchangeProblem(
              java.nio.file.Path.of(where),
              1,
              "header",
              "missing column"
                  + (absent.size() == 1 ? " " : "s ")
                  + String.join(", ", absent)
                  + ": expected ICEWS's published layout with "
                  + String.join(", ", COLUMNS)));
    }
    int id = at.get("Event ID");
    int date = at.get("Event Date");
    int source = at.get("Source Country");
    int code = at.get("CAMEO Code");
    int intensity = at.get("Intensity");
    int target = at.get("Target Country");
    String line;
    int n = 1;
    while ((line = r.next()) != null) {
      n++;
      if (line.isEmpty()) continue;
      counts[0]++;
      String[] f = line.split("\t", -1);
      String problem = problem(f, header.length, id, date, code, intensity, knownCodes);
      if (problem != null) {
        quarantine.add(where + ":" + n + ": " + problem);
        continue;
      }
      String a = country(f[source]);
      String b = country(f[target]);
      if (a == null || b == null || a.equals(b)) continue;
      if (!seen.checkedAdd((int) Long.parseLong(f[id]))) {
        counts[2]++;
        continue;
      }
      String c = f[code];
      int root = Integer.parseInt(c.substring(0, 2));
      series.add(
          a,
          b,
          month(f[date]),
          c,
          QuadClass.ofRoot(root),
          Double.parseDouble(f[intensity]),
          0,
          0,
          0,
          0);
      counts[1]++;
    }
  }

  private static String country(String name) {
    String n = name.strip();
    return n.isEmpty() || n.equals("NA") ? null : n;
  }

  private static boolean realDate(String d) {
    if (!d.matches("\\d{4}-\\d{2}-\\d{2}")) return false;
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

  private static String problem(
      String[] f, int fields, int id, int date, int code, int intensity, boolean[] knownCodes) {
    if (f.length != fields)
      return "expected " + fields + " tab-separated fields, as the header has, got " + f.length;
    if (!f[id].matches("\\d{1,10}") || Long.parseLong(f[id]) > 0xFFFFFFFFL) {
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
    if (!c.matches("\\d{3,4}"))
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
