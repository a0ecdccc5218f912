package org.entwine.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.entwine.json.DomainJson;

/**
 * An answer's {@code --format json}: the record the web API answers with, written by the API's own
 * mapping (every field there, an absent figure null), indented for reading. One mapping for both
 * faces, so that a script moves from the command line to the API without a second shape.
 */
final class ApiJson {
  /** The API's mapping, indented: every field there, an absent figure null (a table's rows too). */
  static final ObjectWriter WRITER = DomainJson.api().writerWithDefaultPrettyPrinter();

  private ApiJson() {}

  static void print(Object answer, PrintWriter out) {
    try {
      out.println(WRITER.writeValueAsString(answer));
      out.flush();
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
