package org.entwine.time;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as precise as its source: {@code 2007}, {@code 2012-07}, {@code 2013-07-25}, or {@code by
 * 2013-08-30} (known only to have happened by then). Sources often give a year or a month; Entwine
 * keeps that precision rather than inventing a day.
 *
 * <p>For "as of" questions a partial date counts from the first day it can mean ({@link
 * #earliest()}); an upper bound counts from its own day.
 */
public record PartialDate(LocalDate earliest, DatePrecision precision)
    implements Comparable<PartialDate> {

  private static final Pattern FORM = Pattern.compile("(by )?(\\d{4})(?:-(\\d{2}))?(?:-(\\d{2}))?");

  public PartialDate {
    Objects.requireNonNull(earliest, "earliest");
    Objects.requireNonNull(precision, "precision");
    if (precision == DatePrecision.YEAR) {
      earliest = earliest.withDayOfYear(1);
    } else if (precision == DatePrecision.MONTH) {
      earliest = earliest.withDayOfMonth(1);
    }
  }

  public static PartialDate of(LocalDate day) {
    return new PartialDate(day, DatePrecision.DAY);
  }

  /**
   * Parses the forms above.
   *
   * @throws IllegalArgumentException with a message that says what was expected
   */
  public static PartialDate parse(String text) {
    String t = text == null ? "" : text.strip();
    Matcher m = FORM.matcher(t);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "expected a date as YYYY, YYYY-MM, YYYY-MM-DD or 'by YYYY-MM-DD', got '" + text + "'");
    }
    boolean bound = m.group(1) != null;
    try {
      int year = Integer.parseInt(m.group(2));
      if (m.group(3) == null) {
        requireNot(bound, text);
        return new PartialDate(LocalDate.of(year, 1, 1), DatePrecision.YEAR);
      }
      int month = Integer.parseInt(m.group(3));
      if (m.group(4) == null) {
        requireNot(bound, text);
        return new PartialDate(LocalDate.of(year, month, 1), DatePrecision.MONTH);
      }
      LocalDate day = LocalDate.parse(t.substring(bound ? 3 : 0));
      return new PartialDate(day, bound ? DatePrecision.NOT_AFTER : DatePrecision.DAY);
    } catch (java.time.DateTimeException e) {
      throw new IllegalArgumentException("'" + text + "' is not a real date", e);
    }
  }

  private static void requireNot(boolean bound, String text) {
    if (bound) {
      throw new IllegalArgumentException(
          "'by' takes a full day (by YYYY-MM-DD), got '" + text + "'");
    }
  }

  /** Whether the dated fact holds by {@code asOf}, counting a partial date from its first day. */
  public boolean isOnOrBefore(LocalDate asOf) {
    return !earliest.isAfter(asOf);
  }

  /**
   * The last day the date can mean: the year's or the month's last day; the day itself otherwise.
   */
  public LocalDate latest() {
    return switch (precision) {
      case YEAR -> earliest.withDayOfYear(earliest.lengthOfYear());
      case MONTH -> earliest.withDayOfMonth(earliest.lengthOfMonth());
      case DAY, NOT_AFTER -> earliest;
    };
  }

  /** The text form, the same that {@link #parse} reads. */
  @Override
  public String toString() {
    return switch (precision) {
      case YEAR -> String.valueOf(earliest.getYear());
      case MONTH -> earliest.toString().substring(0, 7);
      case DAY -> earliest.toString();
      case NOT_AFTER -> "by " + earliest;
    };
  }

  @Override
  public int compareTo(PartialDate o) {
    return earliest.compareTo(o.earliest);
  }
}
