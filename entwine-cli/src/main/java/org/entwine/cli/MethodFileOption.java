package org.entwine.cli;

import java.nio.file.Path;
import org.entwine.app.DefaultMethod;
import org.entwine.exchange.MethodReader;
import org.entwine.method.Method;
import picocli.CommandLine.Option;

/**
 * {@code --method FILE}: the method a command scores with (without it, the bundled default,
 * data/methods/entwine-default.yaml). Alone for the commands that choose their own dates (changes,
 * serve); with {@code --year} in {@link MethodOption} for those that score one picture.
 */
final class MethodFileOption {
  @Option(
      names = "--method",
      paramLabel = "FILE",
      description = "A method file (default: the bundled entwine-default).")
  Path file;

  Method load() {
    return file != null ? MethodReader.read(file) : DefaultMethod.load();
  }
}
