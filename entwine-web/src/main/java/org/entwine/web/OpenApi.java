package org.entwine.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The OpenAPI document of the JSON API, written by hand beside the routes it describes
 * (openapi.json).
 */
final class OpenApi {
  private static final String DOCUMENT = read();

  private OpenApi() {}

  static String document() {
    return DOCUMENT;
  }

  private static String read() {
    try (InputStream in = OpenApi.class.getResourceAsStream("/org/entwine/web/openapi.json")) {
      if (in == null)
        throw new IllegalStateException("the OpenAPI document is missing from the build");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
