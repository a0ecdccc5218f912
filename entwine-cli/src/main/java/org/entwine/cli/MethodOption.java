package org.entwine.cli;

import java.nio.file.Path;
import org.entwine.app.DefaultMethod;
import org.entwine.app.Scoring;
import org.entwine.exchange.MethodReader;
import org.entwine.method.Method;
import picocli.CommandLine.Option;

/**
 * What the scoring commands share: {@code --method FILE} (without it, the bundled default,
 * data/methods/entwine-default.yaml) and {@code --year}.
 */
final class MethodOption {
  @Option(names = "--method", paramLabel = "FILE", description = "A method file (default: the bundled entwine-default).")
  Path file;

  @Option(names = "--year", paramLabel = "YEAR", description = "The year (default: the latest year of the loaded data).")
  Integer year;

  /** Loads the method and scores the actor's partners for the year. */
  Scoring score(org.entwine.store.DuckDbStore store, String actor) {
    return new Scoring(store, load(), actor, year);
  }

  /** The same, the default year no later than {@code latest}. */
  Scoring score(org.entwine.store.DuckDbStore store, String actor, int latest) {
    return new Scoring(store, load(), actor, year, latest);
  }

  Method load() {
    return file != null ? MethodReader.read(file) : DefaultMethod.load();
  }
}
