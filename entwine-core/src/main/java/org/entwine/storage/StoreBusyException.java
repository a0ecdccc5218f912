package org.entwine.storage;

/**
 * The store is held for the task asked for by another run of it (an update running elsewhere):
 * nothing was done; the message says who holds it, where the store can tell.
 */
public final class StoreBusyException extends StoreException {
  private static final long serialVersionUID = 1L;

  public StoreBusyException(String message) {
    super(message, null);
  }
}
