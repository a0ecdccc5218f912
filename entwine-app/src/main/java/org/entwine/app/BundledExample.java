package org.entwine.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.entwine.exchange.Importer;
import org.entwine.registry.RegistryStore;

/**
 * The bundled example (data/example in the repository, shipped in the jar): the registry of states,
 * the level vocabulary, and Vietnam's portfolio and ledgers as the papers and later joint statements
 * give them.
 */
public final class BundledExample {
  private static final String ROOT = "/org/entwine/example/";

  private BundledExample() {}

  /** The example's files, in the order they load (from files.txt). */
  public static List<String> files() {
    try (InputStream in = BundledExample.class.getResourceAsStream(ROOT + "files.txt")) {
      if (in == null) throw new IllegalStateException("the bundled example is missing from the build");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies the example out of the jar into {@code dir}; returns the files. */
  public static List<Path> extract(Path dir) throws IOException {
    List<Path> out = new ArrayList<>();
    for (String name : files()) {
      try (InputStream in = BundledExample.class.getResourceAsStream(ROOT + name)) {
        if (in == null) throw new IllegalStateException("the bundled example lacks " + name);
        Path p = dir.resolve(name);
        Files.copy(in, p);
        out.add(p);
      }
    }
    return out;
  }

  /** Imports the example into {@code store}; returns the number of records. */
  public static int load(RegistryStore store) {
    try {
      Path dir = Files.createTempDirectory("entwine-example");
      try {
        return new Importer(store).importFiles(extract(dir), "entwine bundled example");
      } finally {
        try (var s = Files.walk(dir)) {
          s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
