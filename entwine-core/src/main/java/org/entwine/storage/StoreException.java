package org.entwine.storage;

/** The store could not do what was asked; the message says why in words a user can act on. */
public class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
