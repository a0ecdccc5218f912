package org.entwine.exchange;

import java.math.BigDecimal;
import org.entwine.input.UserInputException;

/** Number fields, with messages that say what was expected. */
final class Numbers {
  private Numbers() {}

  static Double finite(String text) {
    try {
      double d = Double.parseDouble(text.strip());
      if (Double.isFinite(d)) return d;
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UserInputException("expected a number, got '" + text + "'");
  }

  static Double positive(String text) {
    double d = finite(text);
    if (d <= 0) throw new UserInputException("expected a number above 0, got '" + text + "'");
    return d;
  }

  static Double nonNegative(String text) {
    double d = finite(text);
    if (d < 0) throw new UserInputException("expected a number of 0 or more, got '" + text + "'");
    return d;
  }

  /** A year of four digits. */
  static Integer year(String text) {
    String t = text.strip();
    if (!t.matches("\\d{4}"))
      throw new UserInputException("expected a year of four digits (YYYY), got '" + text + "'");
    return Integer.valueOf(t);
  }

  static Integer wholeNumber(String text) {
    try {
      return Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      throw new UserInputException("expected a whole number, got '" + text + "'");
    }
  }

  static BigDecimal decimal(String text) {
    try {
      return new BigDecimal(text.strip());
    } catch (NumberFormatException e) {
      throw new UserInputException("expected a number, got '" + text + "'");
    }
  }
}
