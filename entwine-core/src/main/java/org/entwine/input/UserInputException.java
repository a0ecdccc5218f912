package org.entwine.input;

/**
 * What a user gave (an option, a query parameter, a value in a file) cannot be used: their mistake,
 * with a message that says what was expected. Only this is reported as the user's mistake (exit
 * code 2, HTTP 400); any other {@link IllegalArgumentException} is a bug in Entwine and is reported
 * as one. It is an {@code IllegalArgumentException}, so that code which turns a bad value into a
 * located problem (a reader's line and field) keeps catching it.
 */
public class UserInputException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public UserInputException(String message) {
    super(message);
  }

  public UserInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
