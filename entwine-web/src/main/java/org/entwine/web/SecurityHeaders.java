package org.entwine.web;

import io.javalin.http.Context;

/**
 * The headers every answer carries, pages, scripts, API answers and errors alike: scripts only from
 * this server (no inline script, so a value that slipped into a page as HTML still runs nothing),
 * no framing by another site, no content-type guessing, no referrer sent elsewhere.
 */
final class SecurityHeaders {
  /** The pages load their scripts, styles and chart library from this server only. */
  static final String CONTENT_SECURITY_POLICY =
      String.join(
          "; ",
          "default-src 'self'",
          "script-src 'self'",
          "style-src 'self'",
          "img-src 'self' data:",
          "connect-src 'self'",
          "object-src 'none'",
          "base-uri 'none'",
          "form-action 'self'",
          "frame-ancestors 'none'");

  /** The largest request body the server reads (a JSON or YAML batch of records); larger is 413. */
  static final long MAX_REQUEST_BYTES = 4L << 20;

  private SecurityHeaders() {}

  static void add(Context ctx) {
    ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("Cross-Origin-Opener-Policy", "same-origin");
  }
}
