package org.entwine.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The run the launcher lists the classes of for its class-data archive (once per build, {@code
 * -XX:DumpLoadedClassList}, then {@code -Xshare:dump}): the short commands people type at the
 * terminal, each once, in one JVM, on the bundled example in a temporary folder, so that one
 * archive holds the classes every one of them loads. Not a command: the launcher starts it by its
 * class name.
 */
final class ClassDataTraining {
  private ClassDataTraining() {}

  public static void main(String[] args) throws IOException {
    Path dir = Files.createTempDirectory("entwine-training");
    try {
      Map<String, Integer> codes = train(dir);
      codes.forEach((command, code) -> System.out.println(code + " " + command));
      System.exit(codes.values().stream().allMatch(c -> c == 0) ? 0 : 1);
    } finally {
      delete(dir);
    }
  }

  /** Runs the short commands on a new database in {@code dir}; each command's exit code. */
  static Map<String, Integer> train(Path dir) {
    String db = dir.resolve("training.duckdb").toString();
    String out = dir.resolve("export").toString();
    List<List<String>> commands =
        List.of(
            List.of("init", "--db", db),
            List.of("portfolio", "VNM", "--db", db),
            List.of("portfolio", "VNM", "--db", db, "--format", "json"),
            List.of("timeline", "VNM", "CHN", "--db", db),
            List.of("brief", "VNM", "CHN", "--db", db),
            List.of("score", "VNM", "--db", db),
            List.of("explain", "VNM", "CHN", "--db", db),
            List.of("assess", "VNM", "--db", db),
            List.of("indicators", "VNM", "--partner", "CHN", "--db", db),
            List.of("export", "--db", db, "-o", out),
            List.of("report", "VNM", "--partner", "JPN", "--db", db, "--out", out + ".pdf"));
    PrintWriter nowhere = new PrintWriter(OutputStream.nullOutputStream(), true);
    Map<String, Integer> codes = new LinkedHashMap<>();
    for (List<String> c : commands) {
      codes.put(String.join(" ", c), Main.run(c.toArray(String[]::new), nowhere, nowhere));
    }
    return codes;
  }

  private static void delete(Path dir) throws IOException {
    List<Path> all = new ArrayList<>();
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(all::add);
    }
    for (Path p : all) {
      try {
        Files.deleteIfExists(p);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
