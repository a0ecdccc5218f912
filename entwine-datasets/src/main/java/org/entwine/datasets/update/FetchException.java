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
  private final int status;

  public FetchException(URI url, String message) {
    this(url, message, 0);
  }

  /** A failure the server answered with {@code status} (such as 404). */
  public FetchException(URI url, String message, int status) {
    super(url + ": " + message);
    this.url = url;
    this.status = status;
  }

  /** Whether the server said the file is not there (404 or 410). */
  public boolean notFound() {
    return status == 404 || status == 410;
  }

  /** The address that failed. */
  public URI url() {
    return url;
  }
}
