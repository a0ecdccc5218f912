package org.entwine.cli;

import org.entwine.app.Scoring;
import org.entwine.method.Method;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * What the scoring commands share: {@code --method FILE} (without it, the bundled default,
 * data/methods/entwine-default.yaml) and {@code --year}.
 */
final class MethodOption {
  @Mixin MethodFileOption method;

  @Option(
      names = "--year",
      paramLabel = "YEAR",
      description =
          "A historical year's picture, as of its last day (default: the year of --as-of, or this"
              + " year; each indicator then takes its freshest value within its own lookback).")
  Integer year;

  @Option(
      names = "--include-illustrative",
      description = {
        "Let records that cite an illustrative source (made-up values written to show how the"
            + " ledgers work) enter the scores; the output then says so. Off by default."
      })
  boolean includeIllustrative;

  /** Loads the method and scores the actor's partners for the year. */
  Scoring score(org.entwine.storage.Store store, String actor) {
    return Scoring.of(store, load(), actor, year, null, includeIllustrative);
  }

  /** The same, {@code latest} the year scored unless --year says otherwise. */
  Scoring score(org.entwine.storage.Store store, String actor, int latest) {
    return Scoring.of(store, load(), actor, year, latest, includeIllustrative);
  }

  /** What every scored output must say when illustrative records exist: used, or left out. */
  static void notice(Scoring s, java.io.PrintWriter out, java.io.PrintWriter err, Format format) {
    String n = s.illustrative().notice();
    if (n == null) return;
    // Tables carry it in their text; json and csv stay one document, so it goes to stderr.
    (format == Format.TABLE ? out : err).println("note: " + n);
    (format == Format.TABLE ? out : err).flush();
  }

  Method load() {
    return method.load();
  }
}
