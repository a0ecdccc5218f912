package org.entwine.cli;

import java.time.LocalDate;
import org.entwine.app.AsOf;
import picocli.CommandLine.Option;

/** The --as-of option of the commands that answer for one day. */
final class AsOfOption {
  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description = "YYYY-MM-DD or 'today' (the default).")
  String text = "today";

  LocalDate day() {
    return AsOf.parse(text, "--as-of");
  }
}
