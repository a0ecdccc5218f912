package org.entwine.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * A calendar month, the period event series count by: written {@code 2019-10}, and packed {@code
 * 201910} (YYYYMM) where GDELT writes it, a store's column holds it and the event readers' tables
 * key by it. The calendar itself (the months after, a month's days) is {@link YearMonth}'s.
 */
public record Month(int year, int month) implements Comparable<Month> {
  /** Before any month with events: an open start of a period. */
  public static final Month MIN = new Month(0, 1);

  /** After any month with events: an open end of a period. */
  public static final Month MAX = new Month(9999, 12);

  public Month {
    if (year < 0 || year > 9999)
      throw new IllegalArgumentException("a month's year is 0 to 9999, got " + year);
    if (month < 1 || month > 12)
      throw new IllegalArgumentException("a month is 1 to 12, got " + month);
  }

  public static Month of(int year, int month) {
    return new Month(year, month);
  }

  public static Month of(YearMonth m) {
    return new Month(m.getYear(), m.getMonthValue());
  }

  /** The month of a day. */
  public static Month of(LocalDate day) {
    return new Month(day.getYear(), day.getMonthValue());
  }

  /** January of {@code year}. */
  public static Month first(int year) {
    return new Month(year, 1);
  }

  /** December of {@code year}. */
  public static Month last(int year) {
    return new Month(year, 12);
  }

  /**
   * A month written YYYY-MM.
   *
   * @throws IllegalArgumentException saying what was expected
   */
  public static Month parse(String text) {
    if (text != null && text.matches("\\d{4}-\\d{2}")) {
      try {
        return of(YearMonth.parse(text));
      } catch (DateTimeParseException e) {
        // said below
      }
    }
    throw new IllegalArgumentException("expected a month YYYY-MM, got '" + text + "'");
  }

  /**
   * A month packed YYYYMM (201910), as GDELT writes it and a store's column holds it.
   *
   * @throws IllegalArgumentException when it names no month
   */
  public static Month ofPacked(int yyyymm) {
    if (yyyymm < 0) throw new IllegalArgumentException("not a month YYYYMM: " + yyyymm);
    return new Month(yyyymm / 100, yyyymm % 100);
  }

  /** The month packed YYYYMM (201910). */
  public int packed() {
    return year * 100 + month;
  }

  public YearMonth yearMonth() {
    return YearMonth.of(year, month);
  }

  /** The month {@code months} later (earlier if negative). */
  public Month plus(long months) {
    try {
      return of(yearMonth().plusMonths(months));
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(this + " plus " + months + " months is no month", e);
    }
  }

  /** The month after. */
  public Month next() {
    return plus(1);
  }

  public boolean isBefore(Month other) {
    return compareTo(other) < 0;
  }

  public boolean isAfter(Month other) {
    return compareTo(other) > 0;
  }

  /** Whether the month lies within [from, to]. */
  public boolean within(Month from, Month to) {
    return !isBefore(from) && !isAfter(to);
  }

  @Override
  public int compareTo(Month other) {
    return Integer.compare(packed(), other.packed());
  }

  /** YYYY-MM, as the month is read and written. */
  @Override
  public String toString() {
    return yearMonth().toString();
  }
}
