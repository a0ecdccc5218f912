package org.entwine.datasets.events;

import org.entwine.events.CameoCodebook;
import org.entwine.events.QuadClass;

/**
 * The rules a GDELT event row must meet, shared by both readers so they quarantine the same rows
 * for the same reasons. A row is checked in column order and only as far as needed:
 *
 * <ol>
 *   <li>57 or 58 (GDELT 1.0) or 61 (GDELT 2.0) tab-separated fields;
 *   <li>GLOBALEVENTID a whole number; MonthYear a YYYYMM month from {@value #FIRST_YEAR} to next
 *       year;
 *   <li>Actor1CountryCode and Actor2CountryCode empty or three upper-case letters; a row without
 *       both, or with the same country on both sides, is not a relation and is passed over;
 *   <li>EventCode three or four digits whose root (01-20) gives the row's QuadClass (and, when a
 *       codebook is given, a code it lists); Goldstein within -10..10; NumMentions, NumSources and
 *       NumArticles whole numbers; AvgTone a number from -100 to 100 (a share of words, less
 *       another).
 * </ol>
 */
final class GdeltRows {
  static final int ID = 0;
  static final int MONTH = 2;
  static final int ACTOR1_COUNTRY = 7;
  static final int ACTOR2_COUNTRY = 17;
  static final int EVENT_CODE = 26;
  static final int QUAD = 29;
  static final int GOLDSTEIN = 30;
  static final int MENTIONS = 31;
  static final int SOURCES = 32;
  static final int ARTICLES = 33;
  static final int TONE = 34;

  /** GDELT's events start in 1979; its back file dates some a few years earlier. */
  static final int FIRST_YEAR = 1900;

  /**
   * The last year an event may be dated, read once: next year (a file may hold tomorrow's time
   * zone).
   */
  static final int LAST_YEAR = java.time.LocalDate.now().getYear() + 1;

  private GdeltRows() {}

  /** Whether YYYYMM is a month an event can be dated in. */
  static boolean validMonth(int yyyymm) {
    int month = yyyymm % 100;
    int year = yyyymm / 100;
    return month >= 1 && month <= 12 && year >= FIRST_YEAR && year <= LAST_YEAR;
  }

  static String month() {
    return "a month YYYYMM from " + FIRST_YEAR + " to " + LAST_YEAR;
  }

  /**
   * Whether a tone is one GDELT can give: a percentage of positive words less one of negative
   * words.
   */
  static boolean validTone(double tone) {
    return tone >= -100 && tone <= 100;
  }

  static boolean validFieldCount(int fields) {
    return fields == 57 || fields == 58 || fields == 61;
  }

  static String fieldCount(int fields) {
    return "expected 57, 58 or 61 tab-separated fields, got " + fields;
  }

  static String notA(String column, String expected, String got) {
    return column
        + ": expected "
        + expected
        + ", got '"
        + (got.length() > 40 ? got.substring(0, 40) + "…" : got)
        + "'";
  }

  /**
   * Codes by digits and length (so "010" and "10" differ), for a check without strings on the hot
   * path.
   */
  static boolean[] knownCodes(CameoCodebook codebook) {
    if (codebook == null) return null;
    boolean[] known = new boolean[5 * 10000];
    codebook
        .codes()
        .forEach(
            c -> {
              if (c.code().matches("\\d{1,4}"))
                known[c.code().length() * 10000 + Integer.parseInt(c.code())] = true;
            });
    return known;
  }

  /**
   * A decimal as GDELT writes it, or NaN: plain digits with an optional sign, point and exponent;
   * no NaN, Infinity or suffixes.
   */
  static double number(String t) {
    if (t.isEmpty() || !Character.isDigit(t.charAt(t.length() - 1))) return Double.NaN;
    try {
      double v = Double.parseDouble(t);
      return Double.isFinite(v) ? v : Double.NaN;
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  static boolean eventCodeFits(int code, int digits, int quad, boolean[] known) {
    if (digits < 3) return false;
    int root = digits == 3 ? code / 10 : code / 100;
    return root >= 1
        && root <= 20
        && (known == null || known[digits * 10000 + code])
        && QuadClass.ofRoot(root).number() == quad;
  }

  /** Why an event code does not fit the row's QuadClass or the codebook, or null when it does. */
  static String eventCodeProblem(
      int code, int digits, int quad, boolean[] known, String asWritten) {
    if (digits < 3) return notA("EventCode", "a CAMEO code of three or four digits", asWritten);
    int root = digits == 3 ? code / 10 : code / 100;
    if (root < 1 || root > 20)
      return notA("EventCode", "a CAMEO code with a root from 01 to 20", asWritten);
    if (known != null && !known[digits * 10000 + code])
      return "EventCode: " + asWritten + " is not in the CAMEO codebook";
    QuadClass expected = QuadClass.ofRoot(root);
    if (expected.number() != quad) {
      return "QuadClass: "
          + quad
          + " does not match EventCode "
          + asWritten
          + " (root "
          + String.format("%02d", root)
          + " is "
          + expected.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
          + ", "
          + expected.number()
          + ")";
    }
    return null;
  }
}
