package org.entwine.cli;

import picocli.CommandLine.Option;

/** The {@code --format} option every command that prints a table shares. */
final class FormatOption {
  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "table, json or csv (default: table).")
  Format format = Format.TABLE;
}
