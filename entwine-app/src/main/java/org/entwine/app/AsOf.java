package org.entwine.app;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.entwine.input.UserInputException;

/** The day an answer is asked for, as the command line's --as-of and the API's asOf give it. */
public final class AsOf {
  private AsOf() {}

  /**
   * {@code today} (or nothing) or an ISO date, YYYY-MM-DD.
   *
   * @param name the option or parameter the text came from, for the message
   */
  public static LocalDate parse(String text, String name) {
    if (text == null || text.isBlank() || text.strip().equalsIgnoreCase("today"))
      return LocalDate.now();
    try {
      LocalDate day = LocalDate.parse(text.strip());
      // a year of four digits: ISO's far years (-999999999) overflow the years counted back from
      // the day
      if (day.getYear() >= 1000 && day.getYear() <= 9999) return day;
    } catch (DateTimeParseException e) {
      // said below
    }
    throw new UserInputException(
        name + " expects a date as YYYY-MM-DD (or 'today'), got '" + text + "'");
  }

  /**
   * The end of the day given (the start of the next, on this machine's clock): when something that
   * works "through" that day stops, as a token's expiry.
   */
  public static java.time.Instant endOf(String text, String name) {
    return parse(text, name).plusDays(1).atStartOfDay(java.time.ZoneId.systemDefault()).toInstant();
  }
}
