package org.entwine.datasets.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.entwine.events.CameoCodebook;
import org.entwine.events.QuadClass;
import org.entwine.events.RelationMonths;
import org.entwine.exchange.ExchangeException;
import org.entwine.exchange.ExchangeProblem;

/**
 * The plain GDELT reader, a test oracle: line by line, field by field, with strings. It is the
 * reference the fast reader ({@link GdeltScan}) is checked against (entwine-bench checks the fast
 * reader against DuckDB SQL too); the rules a row must meet are {@link GdeltRows}'s.
 */
public final class GdeltEvents {
  /**
   * What a read gave: the series (CAMEO country codes as written), and the rows put aside as
   * file:line: reason.
   */
  public record Result(
      RelationMonths series, long rows, long relationEvents, List<String> quarantine) {}

  private GdeltEvents() {}

  public static Result read(List<EventFiles.Input> inputs, CameoCodebook codebook) {
    boolean[] known = GdeltRows.knownCodes(codebook);
    RelationMonths series = new RelationMonths();
    List<String> quarantine = new ArrayList<>();
    long[] counts = new long[2];
    for (EventFiles.Input in : inputs) {
      try (InputStream s = in.open()) {
        readLines(in.where(), s, known, series, quarantine, counts);
      } catch (IOException e) {
        throw new ExchangeException(
            new ExchangeProblem(in.file(), 0, null, org.entwine.exchange.Unreadable.because(e)));
      }
    }
    return new Result(series, counts[0], counts[1], quarantine);
  }

  private static void readLines(
      String where,
      InputStream s,
      boolean[] known,
      RelationMonths series,
      List<String> quarantine,
      long[] counts)
      throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(s, StandardCharsets.UTF_8));
    String line;
    int n = 0;
    while ((line = r.readLine()) != null) {
      n++;
      if (line.isEmpty()) continue;
      counts[0]++;
      String[] f = line.split("\t", -1);
      String problem = problem(f, known);
      if (problem != null) {
        quarantine.add(where + ":" + n + ": " + problem);
        continue;
      }
      String a = f[GdeltRows.ACTOR1_COUNTRY];
      String b = f[GdeltRows.ACTOR2_COUNTRY];
      if (a.isEmpty() || b.isEmpty() || a.equals(b)) continue;
      if (series.add(
          Long.parseLong(f[GdeltRows.ID]),
          a,
          b,
          Integer.parseInt(f[GdeltRows.MONTH]),
          f[GdeltRows.EVENT_CODE],
          QuadClass.values()[Integer.parseInt(f[GdeltRows.QUAD]) - 1],
          Double.parseDouble(f[GdeltRows.GOLDSTEIN]),
          Long.parseLong(f[GdeltRows.MENTIONS]),
          Long.parseLong(f[GdeltRows.SOURCES]),
          Long.parseLong(f[GdeltRows.ARTICLES]),
          Double.parseDouble(f[GdeltRows.TONE]))) {
        counts[1]++;
      }
    }
  }

  /**
   * Why the row breaks {@link GdeltRows}'s rules, checked in the same order as the fast reader
   * checks them; null if it keeps them.
   */
  private static String problem(String[] f, boolean[] known) {
    if (!GdeltRows.validFieldCount(f.length)) return GdeltRows.fieldCount(f.length);
    if (!f[GdeltRows.ID].matches("\\d{1,10}") || Long.parseLong(f[GdeltRows.ID]) > 0xFFFFFFFFL) {
      return GdeltRows.notA("GLOBALEVENTID", "a whole number below 2^32", f[GdeltRows.ID]);
    }
    String month = f[GdeltRows.MONTH];
    if (!month.matches("\\d{6}") || !GdeltRows.validMonth(Integer.parseInt(month))) {
      return GdeltRows.notA("MonthYear", GdeltRows.month(), month);
    }
    String a = f[GdeltRows.ACTOR1_COUNTRY];
    if (!a.isEmpty() && !a.matches("[A-Z]{3}"))
      return GdeltRows.notA("Actor1CountryCode", "a three-letter CAMEO country code", a);
    if (a.isEmpty()) return null;
    String b = f[GdeltRows.ACTOR2_COUNTRY];
    if (!b.isEmpty() && !b.matches("[A-Z]{3}"))
      return GdeltRows.notA("Actor2CountryCode", "a three-letter CAMEO country code", b);
    if (b.isEmpty() || a.equals(b)) return null;
    String code = f[GdeltRows.EVENT_CODE];
    if (!code.matches("\\d{0,4}"))
      return GdeltRows.notA("EventCode", "a CAMEO code of three or four digits", code);
    String quad = f[GdeltRows.QUAD];
    if (!quad.matches("[1-4]")) return GdeltRows.notA("QuadClass", "1, 2, 3 or 4", quad);
    int c = code.isEmpty() ? 0 : Integer.parseInt(code);
    if (!GdeltRows.eventCodeFits(c, code.length(), Integer.parseInt(quad), known)) {
      return GdeltRows.eventCodeProblem(c, code.length(), Integer.parseInt(quad), known, code);
    }
    double g = GdeltRows.number(f[GdeltRows.GOLDSTEIN]);
    if (Double.isNaN(g) || g < -10 || g > 10)
      return GdeltRows.notA("GoldsteinScale", "a number from -10 to 10", f[GdeltRows.GOLDSTEIN]);
    for (int i : new int[] {GdeltRows.MENTIONS, GdeltRows.SOURCES, GdeltRows.ARTICLES}) {
      if (!f[i].matches("\\d{1,18}"))
        return GdeltRows.notA(
            new String[] {"NumMentions", "NumSources", "NumArticles"}[i - GdeltRows.MENTIONS],
            "a whole number",
            f[i]);
    }
    double tone = GdeltRows.number(f[GdeltRows.TONE]);
    if (Double.isNaN(tone) || !GdeltRows.validTone(tone))
      return GdeltRows.notA("AvgTone", "a number from -100 to 100", f[GdeltRows.TONE]);
    return null;
  }
}
