package org.entwine.cli;

/** What the user asked for is not in the registry. */
final class NotFoundException extends RuntimeException {
  NotFoundException(String message) {
    super(message);
  }
}
