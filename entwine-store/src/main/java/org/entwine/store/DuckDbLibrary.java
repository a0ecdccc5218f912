package org.entwine.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Properties;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.entwine.storage.StoreException;

/**
 * DuckDB's native library, kept as a file instead of unpacked anew on every start. The published
 * driver carries the library (71 MB for Linux x86-64, compressed) inside its jar and, when its jar
 * holds it, inflates it to a new temporary file each time it loads (0.7-0.8 s). A driver jar
 * without the library (the command line's {@code lib/} holds one, the published jar beside it in
 * {@code lib/duckdb-native/}) makes the driver load the file it names {@code
 * libduckdb_java.so_<os>_<arch>} from its jar's folder instead (duckdb-java's "nolib" loading,
 * since 1.4.2). This class keeps that file: written once from the published jar, checked at every
 * start against the size and CRC-32 the published jar records for it (17 ms for 71 MB), and written
 * again where it is missing or differs. A new copy is always written to a file of its own and moved
 * into place, never written over the old one, which a running process may have mapped; two
 * processes starting at once each move a whole, equal copy.
 */
public final class DuckDbLibrary {
  /** The folder beside the driver's jar that holds the published jar, the library's source. */
  static final String PUBLISHED_FOLDER = "duckdb-native";

  /** What {@link #keep} found. */
  enum Kept {
    /** The copy was there, of the published size and CRC-32. */
    CACHED,
    /** There was no copy: it was written. */
    WRITTEN,
    /** The copy differed from the published library (truncated, corrupted, another version). */
    REPLACED
  }

  private static boolean prepared;

  private DuckDbLibrary() {}

  /** A connection to DuckDB, its native library prepared first. */
  public static Connection connect(String url, Properties properties) throws SQLException {
    prepare();
    return DriverManager.getConnection(url, properties);
  }

  /** A connection to DuckDB, its native library prepared first. */
  public static Connection connect(String url) throws SQLException {
    return connect(url, new Properties());
  }

  /**
   * Makes sure the driver finds its library: nothing to do where the driver's jar carries it (it
   * unpacks it, as published), else the copy beside the driver's jar kept whole.
   */
  static synchronized void prepare() {
    if (prepared) return;
    String name = fileName();
    ClassLoader loader = DuckDbLibrary.class.getClassLoader();
    URL driver = loader.getResource("org/duckdb/DuckDBNative.class");
    if (loader.getResource(name) == null && driver != null && "jar".equals(driver.getProtocol())) {
      Path jar = jarOf(driver);
      Path published = jar.resolveSibling(PUBLISHED_FOLDER).resolve(jar.getFileName());
      if (!Files.isRegularFile(published))
        throw new StoreException(
            "DuckDB's driver "
                + jar
                + " holds no native library and the published driver "
                + published
                + " is not there to take it from: build Entwine again (./mvnw package)",
            null);
      keep(published, jar.getParent(), name);
    }
    prepared = true;
  }

  /**
   * Keeps {@code folder/name} equal to the entry {@code name} of the jar {@code published}: checks
   * its size and CRC-32 against the jar's record, and writes it anew where it is missing or
   * differs.
   */
  static Kept keep(Path published, Path folder, String name) {
    Path copy = folder.resolve(name);
    try (ZipFile zip = new ZipFile(published.toFile())) {
      ZipEntry entry = zip.getEntry(name);
      if (entry == null)
        throw new StoreException(
            published + " holds no DuckDB library for this platform (" + name + ")", null);
      boolean present = Files.isRegularFile(copy);
      if (present && Files.size(copy) == entry.getSize() && crc(copy) == entry.getCrc())
        return Kept.CACHED;
      Path fresh = Files.createTempFile(folder, "." + name, ".part");
      try {
        try (InputStream in = zip.getInputStream(entry)) {
          Files.copy(in, fresh, StandardCopyOption.REPLACE_EXISTING);
        }
        if (crc(fresh) != entry.getCrc())
          throw new StoreException(
              "the DuckDB library read from " + published + " is damaged", null);
        move(fresh, copy);
      } finally {
        Files.deleteIfExists(fresh);
      }
      return present ? Kept.REPLACED : Kept.WRITTEN;
    } catch (IOException e) {
      throw new StoreException(
          "cannot keep DuckDB's native library "
              + copy
              + " (from "
              + published
              + "): "
              + Failures.explain(e),
          e);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** The CRC-32 of a file, read through a mapping (the JDK computes it with the CPU's help). */
  static long crc(Path file) throws IOException {
    CRC32 crc = new CRC32();
    try (FileChannel ch = FileChannel.open(file)) {
      long size = ch.size();
      for (long at = 0; at < size; at += Integer.MAX_VALUE) {
        crc.update(
            ch.map(FileChannel.MapMode.READ_ONLY, at, Math.min(Integer.MAX_VALUE, size - at)));
      }
    }
    return crc.getValue();
  }

  /** The jar a class was read from. */
  private static Path jarOf(URL classUrl) {
    String spec = classUrl.getPath(); // file:/…/duckdb_jdbc-x.jar!/org/duckdb/DuckDBNative.class
    try {
      return Path.of(new URL(spec.substring(0, spec.indexOf("!/"))).toURI());
    } catch (IOException | URISyntaxException e) {
      throw new UncheckedIOException(new IOException("cannot locate DuckDB's driver: " + spec, e));
    }
  }

  /**
   * The library's name as the driver names it:
   * libduckdb_java.so_{linux,macos,windows}_{amd64,arm64}.
   */
  static String fileName() {
    String os = System.getProperty("os.name").toLowerCase(Locale.ROOT).trim();
    os =
        os.startsWith("windows")
            ? "windows"
            : os.startsWith("mac")
                ? "macos"
                : os.startsWith("linux") ? "linux" : os.replaceAll("[^a-z0-9_\\-.]", "");
    String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT).trim();
    arch =
        switch (arch) {
          case "x86_64", "amd64" -> "amd64";
          case "aarch64", "arm64" -> "arm64";
          default -> arch.replaceAll("[^a-z0-9_\\-.]", "");
        };
    return "libduckdb_java.so_" + os + "_" + arch;
  }
}
