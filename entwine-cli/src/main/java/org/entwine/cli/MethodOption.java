package org.entwine.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.entwine.exchange.MethodReader;
import org.entwine.method.Method;
import picocli.CommandLine.Option;

/** {@code --method FILE}: the scoring method; without it, the bundled default (data/methods/entwine-default.yaml). */
final class MethodOption {
  static final String DEFAULT = "/org/entwine/methods/entwine-default.yaml";

  @Option(names = "--method", paramLabel = "FILE", description = "A method file (default: the bundled entwine-default).")
  Path file;

  Method load() {
    if (file != null) return MethodReader.read(file);
    try (InputStream in = MethodOption.class.getResourceAsStream(DEFAULT)) {
      if (in == null) throw new IllegalStateException("the default method is missing from the build");
      return MethodReader.read(Path.of("entwine-default.yaml"), in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
