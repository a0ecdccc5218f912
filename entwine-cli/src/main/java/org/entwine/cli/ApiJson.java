package org.entwine.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.entwine.json.DomainJson;

/**
 * An answer's {@code --format json}: the record the web API answers with, written by the API's own
 * mapping (every field there, an absent figure null), indented for reading. One mapping for both
 * faces, so that a script moves from the command line to the API without a second shape.
 */
final class ApiJson {
  private ApiJson() {}

  static void print(Object answer, PrintWriter out) {
    try {
      out.println(DomainJson.api().writerWithDefaultPrettyPrinter().writeValueAsString(answer));
      out.flush();
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
