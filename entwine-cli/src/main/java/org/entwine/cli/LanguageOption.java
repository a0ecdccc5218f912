package org.entwine.cli;

import org.entwine.report.Messages;
import picocli.CommandLine.Option;

/** The language of a command's words, as {@code assess} and {@code report} take it. */
final class LanguageOption {
  @Option(
      names = "--lang",
      paramLabel = "LANG",
      description =
          "en or vi: the language of the labels (levels, pillars, degrees, cells, flags) and"
              + " headings (default: en).")
  String lang = "en";

  /** The words of the language asked for; an unknown one refused, naming those there are. */
  Messages words() {
    return Messages.of(lang);
  }
}
