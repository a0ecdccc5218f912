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
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new UserInputException(
          name + " expects a date as YYYY-MM-DD (or 'today'), got '" + text + "'");
    }
  }
}
