package org.entwine.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real datasets in ../shared/data, read in place: the one place every module's tests find them
 * (the build's entwine.shared.data, else a folder shared/ beside any parent of the working folder).
 * Tests that need them skip where they are absent, except under CI (CI=true), where a missing
 * dataset is a failure. Small excerpts of the published files (whole rows, unchanged; see
 * excerpts/README.md) travel with the tests, so that the readers are tested in any clone (those
 * whose terms allow an excerpt). A test requires a file in itself or its {@code @BeforeEach}: a
 * skip in a {@code @BeforeAll} is counted by Surefire as no tests, not as skipped ones.
 */
public final class SharedData {
  private static Path excerpts;

  private SharedData() {}

  /**
   * The committed excerpt of the published file {@code relative} to ../shared/data, under the same
   * relative path in a temporary folder (its name is the published one, which some readers read the
   * layout from). Never skips.
   */
  public static synchronized Path excerpt(String relative) {
    try {
      if (excerpts == null) {
        excerpts = Files.createTempDirectory("entwine-excerpts");
        excerpts.toFile().deleteOnExit();
      }
      Path file = excerpts.resolve(relative);
      if (!Files.exists(file)) {
        try (InputStream in = SharedData.class.getResourceAsStream("excerpts/" + relative)) {
          if (in == null) throw new AssertionError("no committed excerpt of " + relative);
          Files.createDirectories(file.getParent());
          Files.copy(in, file);
        }
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The file or folder {@code relative} to ../shared/data; skips the test (fails it under CI) where
   * it is absent.
   */
  public static Path require(String relative) {
    Path file = locate(relative);
    if (ci() && (file == null || !Files.exists(file))) {
      throw new AssertionError(
          "CI=true but the real dataset ../shared/data/"
              + relative
              + " is missing: CI runs with ../shared beside the clone");
    }
    assumeTrue(
        file != null && Files.exists(file),
        "skipped: the real dataset ../shared/data/"
            + relative
            + " is not here (tests read it in place)");
    return file;
  }

  /**
   * The published file {@code relative} to ../shared/data where it is (and always under CI, where
   * its absence fails), else its committed excerpt: for the tests whose assertions hold on both.
   */
  public static Path fullOrExcerpt(String relative) {
    return isHere(relative) ? require(relative) : excerpt(relative);
  }

  /**
   * Whether the full file {@code relative} to ../shared/data is here, or CI runs (where {@link
   * #require} fails if it is not): whether a test on the full file is to run at all.
   */
  public static boolean isHere(String relative) {
    Path file = locate(relative);
    return ci() || (file != null && Files.exists(file));
  }

  private static boolean ci() {
    return "true".equals(System.getenv("CI"));
  }

  private static Path locate(String relative) {
    String prop = System.getProperty("entwine.shared.data");
    Path base = prop != null ? Path.of(prop) : null;
    if (base == null || !Files.isDirectory(base)) {
      for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
        if (Files.isDirectory(p.resolveSibling("shared").resolve("data"))) {
          base = p.resolveSibling("shared").resolve("data");
          break;
        }
      }
    }
    return base == null ? null : base.resolve(relative);
  }
}
