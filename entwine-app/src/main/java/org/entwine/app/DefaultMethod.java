package org.entwine.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.entwine.exchange.MethodReader;
import org.entwine.method.Method;

/**
 * The bundled default method, data/methods/entwine-default.yaml in the repository, shipped in the
 * jar.
 */
public final class DefaultMethod {
  public static final String RESOURCE = "/org/entwine/methods/entwine-default.yaml";

  private DefaultMethod() {}

  public static Method load() {
    try (InputStream in = DefaultMethod.class.getResourceAsStream(RESOURCE)) {
      if (in == null)
        throw new IllegalStateException("the default method is missing from the build");
      return MethodReader.read(Path.of("entwine-default.yaml"), in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
