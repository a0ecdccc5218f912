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
 * the level vocabulary, and Vietnam's portfolio and ledgers as the papers and later joint
 * statements give them.
 */
public final class BundledExample {
  private static final String ROOT = "/org/entwine/example/";

  private BundledExample() {}

  /**
   * The example's files, in the order they load (from files.txt); a line {@code @DIR/files.txt}
   * brings in that list, its names relative to DIR (the extract of the published datasets).
   */
  public static List<String> files() {
    List<String> out = new ArrayList<>();
    for (String line : lines("files.txt")) {
      if (!line.startsWith("@")) {
        out.add(line);
        continue;
      }
      String list = line.substring(1);
      String dir = list.contains("/") ? list.substring(0, list.lastIndexOf('/') + 1) : "";
      lines(list).forEach(f -> out.add(dir + f));
    }
    return out;
  }

  /** The registry files alone (no extract of datasets): actors, frameworks, ledgers, sources. */
  public static List<String> registryFiles() {
    return lines("files.txt").stream().filter(l -> !l.startsWith("@")).toList();
  }

  private static List<String> lines(String name) {
    try (InputStream in = BundledExample.class.getResourceAsStream(ROOT + name)) {
      if (in == null)
        throw new IllegalStateException(
            "the bundled example lacks " + name + " (is the build complete?)");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The example's registry, read without a database (to map codes, say). */
  public static org.entwine.registry.Registry registry() {
    try {
      Path dir = Files.createTempDirectory("entwine-example");
      try {
        List<Path> files = copy(dir, registryFiles());
        return new org.entwine.exchange.RegistryReader(
                new org.entwine.framework.LevelVocabulary(List.of()),
                new org.entwine.source.Provenance(
                    "entwine bundled example", java.time.Instant.EPOCH))
            .read(files)
            .registry();
      } finally {
        delete(dir);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies the example out of the jar into {@code dir}; returns the files. */
  public static List<Path> extract(Path dir) throws IOException {
    return copy(dir, files());
  }

  private static List<Path> copy(Path dir, List<String> names) throws IOException {
    List<Path> out = new ArrayList<>();
    for (String name : names) {
      try (InputStream in = BundledExample.class.getResourceAsStream(ROOT + name)) {
        if (in == null) throw new IllegalStateException("the bundled example lacks " + name);
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.copy(in, p);
        out.add(p);
      }
    }
    return out;
  }

  private static void delete(Path dir) throws IOException {
    try (var s = Files.walk(dir)) {
      s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  /** Imports the example into {@code store}; returns the number of records. */
  public static int load(RegistryStore store) {
    return load(store, files());
  }

  /** Imports the registry and ledgers alone, without the extract of the datasets. */
  public static int loadRegistry(RegistryStore store) {
    return load(store, registryFiles());
  }

  private static int load(RegistryStore store, List<String> names) {
    try {
      Path dir = Files.createTempDirectory("entwine-example");
      try {
        // read from a copy of the jar's resources; logged as the files a reader of the repository
        // finds
        return new Importer(store)
            .importFiles(
                copy(dir, names),
                "entwine bundled example",
                names.stream()
                    .map(n -> "data/example/" + n)
                    .collect(java.util.stream.Collectors.joining(", ")));
      } finally {
        delete(dir);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
