package org.entwine.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.duckdb.DuckDBDriver;
import org.entwine.storage.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** DuckDB's native library kept beside a driver jar that holds none, checked by its CRC-32. */
class DuckDbLibraryTest {
  @TempDir Path dir;

  /** The published driver the build uses (the test's class path holds it). */
  static Path published() throws URISyntaxException {
    return Path.of(DuckDBDriver.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  @Test
  void theFirstStartWritesTheLibraryAndTheNextUsesItUnchanged() throws Exception {
    String name = DuckDbLibrary.fileName();
    Path copy = dir.resolve(name);
    assertThat(DuckDbLibrary.keep(published(), dir, name)).isEqualTo(DuckDbLibrary.Kept.WRITTEN);
    long crc;
    try (ZipFile zip = new ZipFile(published().toFile())) {
      ZipEntry e = zip.getEntry(name);
      assertThat(Files.size(copy)).isEqualTo(e.getSize());
      crc = e.getCrc();
    }
    assertThat(DuckDbLibrary.crc(copy)).isEqualTo(crc);
    Files.setLastModifiedTime(copy, FileTime.fromMillis(1_000_000_000_000L));
    Object inode = Files.readAttributes(copy, "unix:ino").get("ino");

    assertThat(DuckDbLibrary.keep(published(), dir, name)).isEqualTo(DuckDbLibrary.Kept.CACHED);
    assertThat(Files.getLastModifiedTime(copy).toMillis()).isEqualTo(1_000_000_000_000L);
    assertThat(Files.readAttributes(copy, "unix:ino").get("ino")).isEqualTo(inode);
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void aCopyDamagedInPlaceIsFoundByItsCrcAndReplacedByANewFile() throws Exception {
    String name = DuckDbLibrary.fileName();
    Path copy = dir.resolve(name);
    DuckDbLibrary.keep(published(), dir, name);
    long good = DuckDbLibrary.crc(copy);
    Object inode = Files.readAttributes(copy, "unix:ino").get("ino");
    // one byte flipped in the middle: the size stays, only the checksum can tell
    try (FileChannel ch =
        FileChannel.open(copy, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
      ByteBuffer b = ByteBuffer.allocate(1);
      long at = ch.size() / 2;
      ch.read(b, at);
      b.put(0, (byte) ~b.get(0)).rewind();
      ch.write(b, at);
    }
    assertThat(DuckDbLibrary.crc(copy)).isNotEqualTo(good);

    assertThat(DuckDbLibrary.keep(published(), dir, name)).isEqualTo(DuckDbLibrary.Kept.REPLACED);
    assertThat(DuckDbLibrary.crc(copy)).isEqualTo(good);
    // a new file moved into place: a process that mapped the old one keeps its pages
    assertThat(Files.readAttributes(copy, "unix:ino").get("ino")).isNotEqualTo(inode);
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void aTruncatedCopyIsReplaced() throws Exception {
    String name = DuckDbLibrary.fileName();
    Path copy = dir.resolve(name);
    DuckDbLibrary.keep(published(), dir, name);
    long good = DuckDbLibrary.crc(copy);
    try (FileChannel ch = FileChannel.open(copy, StandardOpenOption.WRITE)) {
      ch.truncate(1 << 20); // as a copy stopped half way would be
    }
    assertThat(DuckDbLibrary.keep(published(), dir, name)).isEqualTo(DuckDbLibrary.Kept.REPLACED);
    assertThat(DuckDbLibrary.crc(copy)).isEqualTo(good);
  }

  @Test
  void aJarWithoutTheLibraryIsRefusedWithItsName() throws Exception {
    Path empty = dir.resolve("empty.jar");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(empty))) {
      out.putNextEntry(new ZipEntry("nothing.txt"));
    }
    try {
      DuckDbLibrary.keep(empty, dir, DuckDbLibrary.fileName());
      throw new AssertionError("a jar without the library was taken");
    } catch (StoreException e) {
      assertThat(e.getMessage()).contains("empty.jar").contains(DuckDbLibrary.fileName());
    }
  }

  /**
   * End to end, in a JVM of its own with the command line's layout: a driver jar without the
   * library, the published jar in duckdb-native/. The first start writes the copy beside the driver
   * and the driver maps that file; the second maps the same file, unchanged; neither unpacks a
   * temporary copy.
   */
  @Test
  @EnabledOnOs(OS.LINUX) // reads what the process mapped from /proc/self/maps
  void theDriverLoadsTheKeptCopyAndUnpacksNothing() throws Exception {
    String name = DuckDbLibrary.fileName();
    Path lib = Files.createDirectories(dir.resolve("lib"));
    Path driver = lib.resolve(published().getFileName());
    stripped(published(), driver);
    Files.createDirectories(lib.resolve(DuckDbLibrary.PUBLISHED_FOLDER));
    Files.copy(
        published(), lib.resolve(DuckDbLibrary.PUBLISHED_FOLDER).resolve(driver.getFileName()));
    Path tmp = Files.createDirectories(dir.resolve("tmp"));

    List<String> first = child(driver, tmp);
    assertThat(first).contains("42");
    Path copy = lib.resolve(name);
    assertThat(first).contains("mapped " + copy.toRealPath());
    FileTime written = Files.getLastModifiedTime(copy);

    List<String> second = child(driver, tmp);
    assertThat(second).contains("42").contains("mapped " + copy.toRealPath());
    assertThat(Files.getLastModifiedTime(copy)).isEqualTo(written);
    try (var unpacked = Files.list(tmp)) {
      assertThat(unpacked.map(Path::toString).filter(f -> f.contains("duckdb"))).isEmpty();
    }
  }

  /** A JVM that opens DuckDB through {@link DuckDbLibrary} and says which library it mapped. */
  public static final class Child {
    public static void main(String[] args) throws Exception {
      try (Connection c = DuckDbLibrary.connect("jdbc:duckdb:");
          Statement s = c.createStatement();
          ResultSet r = s.executeQuery("SELECT 42")) {
        r.next();
        System.out.println(r.getInt(1));
      }
      for (String line : Files.readAllLines(Path.of("/proc/self/maps"))) {
        if (line.contains("duckdb_java")) {
          System.out.println("mapped " + line.substring(line.indexOf('/')));
        }
      }
    }
  }

  private static List<String> child(Path driver, Path tmp) throws Exception {
    String cp =
        String.join(
            java.io.File.pathSeparator,
            driver.toString(),
            location(DuckDbLibrary.class),
            location(StoreException.class),
            location(DuckDbLibraryTest.class));
    Path out = Files.createTempFile(tmp.getParent(), "child", ".txt");
    Process p =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + tmp,
                "-cp",
                cp,
                Child.class.getName())
            .redirectErrorStream(true)
            .redirectOutput(out.toFile())
            .start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    List<String> lines = Files.readAllLines(out);
    assertThat(p.exitValue()).as(String.join("\n", lines)).isZero();
    return lines.stream().distinct().collect(Collectors.toList());
  }

  private static String location(Class<?> c) throws URISyntaxException {
    return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
  }

  /** The published driver without its native libraries, as the build writes lib/'s. */
  private static void stripped(Path from, Path to) throws IOException {
    try (ZipFile zip = new ZipFile(from.toFile());
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
      for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements(); ) {
        ZipEntry e = en.nextElement();
        if (e.getName().startsWith("libduckdb_java.so_")) continue;
        out.putNextEntry(new ZipEntry(e.getName()));
        try (var in = zip.getInputStream(e)) {
          in.transferTo(out);
        }
        out.closeEntry();
      }
    }
  }

  private List<Path> leftovers() throws IOException {
    List<Path> found = new ArrayList<>();
    try (var files = Files.list(dir)) {
      files.filter(f -> f.getFileName().toString().endsWith(".part")).forEach(found::add);
    }
    return found;
  }
}
