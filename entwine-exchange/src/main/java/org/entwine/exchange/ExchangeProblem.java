package org.entwine.exchange;

import java.nio.file.Path;

/**
 * One thing wrong with an input file, located: {@code file:line: field: message}.
 *
 * @param line 1-based; 0 when the problem concerns the whole file
 * @param field the path of the field in the exchange format ({@code frameworks[3].changes[1].date})
 */
public record ExchangeProblem(Path file, int line, String field, String message) {
  /**
   * The longest message kept whole: a broken file (an unclosed quote) can make a message of
   * megabytes.
   */
  static final int LONGEST = 400;

  public ExchangeProblem {
    if (message != null && message.length() > LONGEST) {
      message =
          message.substring(0, LONGEST)
              + "… ("
              + String.format("%,d", message.length() - LONGEST)
              + " more characters)";
    }
  }

  @Override
  public String toString() {
    String where = file + (line > 0 ? ":" + line : "");
    return where + ": " + (field == null || field.isEmpty() ? "" : field + ": ") + message;
  }
}
