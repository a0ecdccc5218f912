package org.entwine.datasets.update;

import java.net.URI;

/**
 * A publisher's file could not be fetched, or what was fetched failed its check (its size or MD5
 * against the publisher's list): after the retries, with what went wrong in plain words. Nothing
 * from it was stored.
 */
public final class FetchException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient URI url;

  public FetchException(URI url, String message) {
    super(url + ": " + message);
    this.url = url;
  }

  /** The address that failed. */
  public URI url() {
    return url;
  }
}
