package org.entwine.datasets.events;

import java.util.regex.Pattern;
import org.entwine.events.CameoCodebook;

/**
 * One GDELT export row read as a string, by {@link GdeltRows}'s rules, checked in the order the
 * fast reader checks them: what a reader that goes line by line calls (the test oracle, and the
 * Spark job, which must put aside the same rows for the same reasons as the fast reader).
 */
public final class GdeltLine {
  /**
   * A relation event: a row that keeps the rules, with two different countries. Its month stays
   * packed YYYYMM, as the row writes it: one per event, it keys the relation-month tables (and
   * Spark's columns) as an integer; a relation-month leaves them as a {@link
   * org.entwine.time.Month}.
   */
  public record Event(
      long id,
      String actor,
      String partner,
      int month,
      String code,
      int quad,
      double goldstein,
      long mentions,
      long sources,
      long articles,
      double tone) {}

  /**
   * What a row is: an event, or why it breaks the rules; both null for a row that keeps them but is
   * no relation (a country missing, or the same on both sides): passed over, not put aside.
   */
  public record Read(Event event, String problem) {}

  private static final Read NO_RELATION = new Read(null, null);

  // compiled once: a reader calls them millions of times
  private static final Pattern ID = Pattern.compile("\\d{1,10}");
  private static final Pattern MONTH = Pattern.compile("\\d{6}");
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{3}");
  private static final Pattern CODE = Pattern.compile("\\d{0,4}");
  private static final Pattern QUAD = Pattern.compile("[1-4]");
  private static final Pattern COUNT = Pattern.compile("\\d{1,18}");

  private GdeltLine() {}

  /** The codebook's codes as the rules check them; null without a codebook. */
  public static boolean[] knownCodes(CameoCodebook codebook) {
    return GdeltRows.knownCodes(codebook);
  }

  /** Reads a non-empty line, without its line end. */
  public static Read read(String line, boolean[] known) {
    String[] f = line.split("\t", -1); // one character: split takes it without a regex
    String problem = problem(f, known);
    if (problem != null) return new Read(null, problem);
    String a = f[GdeltRows.ACTOR1_COUNTRY];
    String b = f[GdeltRows.ACTOR2_COUNTRY];
    if (a.isEmpty() || b.isEmpty() || a.equals(b)) return NO_RELATION;
    return new Read(
        new Event(
            Long.parseLong(f[GdeltRows.ID]),
            a,
            b,
            Integer.parseInt(f[GdeltRows.MONTH]),
            f[GdeltRows.EVENT_CODE],
            Integer.parseInt(f[GdeltRows.QUAD]),
            Double.parseDouble(f[GdeltRows.GOLDSTEIN]),
            Long.parseLong(f[GdeltRows.MENTIONS]),
            Long.parseLong(f[GdeltRows.SOURCES]),
            Long.parseLong(f[GdeltRows.ARTICLES]),
            Double.parseDouble(f[GdeltRows.TONE])),
        null);
  }

  /** Why the row breaks the rules, or null if it keeps them. */
  private static String problem(String[] f, boolean[] known) {
    if (!GdeltRows.validFieldCount(f.length)) return GdeltRows.fieldCount(f.length);
    if (!ID.matcher(f[GdeltRows.ID]).matches() || Long.parseLong(f[GdeltRows.ID]) > 0xFFFFFFFFL) {
      return GdeltRows.notA("GLOBALEVENTID", "a whole number below 2^32", f[GdeltRows.ID]);
    }
    String month = f[GdeltRows.MONTH];
    if (!MONTH.matcher(month).matches() || !GdeltRows.validMonth(Integer.parseInt(month))) {
      return GdeltRows.notA("MonthYear", GdeltRows.month(), month);
    }
    String a = f[GdeltRows.ACTOR1_COUNTRY];
    if (!a.isEmpty() && !COUNTRY.matcher(a).matches())
      return GdeltRows.notA("Actor1CountryCode", "a three-letter CAMEO country code", a);
    if (a.isEmpty()) return null;
    String b = f[GdeltRows.ACTOR2_COUNTRY];
    if (!b.isEmpty() && !COUNTRY.matcher(b).matches())
      return GdeltRows.notA("Actor2CountryCode", "a three-letter CAMEO country code", b);
    if (b.isEmpty() || a.equals(b)) return null;
    String code = f[GdeltRows.EVENT_CODE];
    if (!CODE.matcher(code).matches())
      return GdeltRows.notA("EventCode", "a CAMEO code of three or four digits", code);
    String quad = f[GdeltRows.QUAD];
    if (!QUAD.matcher(quad).matches()) return GdeltRows.notA("QuadClass", "1, 2, 3 or 4", quad);
    int c = code.isEmpty() ? 0 : Integer.parseInt(code);
    if (!GdeltRows.eventCodeFits(c, code.length(), Integer.parseInt(quad), known)) {
      return GdeltRows.eventCodeProblem(c, code.length(), Integer.parseInt(quad), known, code);
    }
    double g = GdeltRows.number(f[GdeltRows.GOLDSTEIN]);
    if (Double.isNaN(g) || g < -10 || g > 10)
      return GdeltRows.notA("GoldsteinScale", "a number from -10 to 10", f[GdeltRows.GOLDSTEIN]);
    for (int i : new int[] {GdeltRows.MENTIONS, GdeltRows.SOURCES, GdeltRows.ARTICLES}) {
      if (!COUNT.matcher(f[i]).matches())
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
