package org.entwine.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A folder laid out as GDELT's server is ({@code gdeltv2/masterfilelist.txt} and the files it
 * lists), for {@link LocalPublisher} to serve: the committed excerpts of two real GDELT 2.0 exports
 * (see excerpts/README.md), each zipped alone under its published name as GDELT zips them, and a
 * masterfilelist in GDELT's form giving their real sizes and MD5s, between real lines of GDELT's
 * own list (its first three, and three of 2020-12-29, as recorded by jdrumgoole/gdelttools: files
 * this mirror does not hold, as a real list names far more than anyone fetches).
 */
public final class GdeltMirror {
  /** The exports the mirror holds, in time order. */
  public static final List<String> EXPORTS =
      List.of("20180326044500.export.CSV.zip", "20191024143000.export.CSV.zip");

  private static final List<String> EXCERPTS =
      List.of(
          "gdelt/epournaras+DIAS-GDELT/20180326044500.export.CSV",
          "gdelt/arekziobrowski+gdelt-big-data/20191024143000.export.CSV");

  private GdeltMirror() {}

  /** Writes the mirror into {@code dir}; returns {@code dir}. */
  public static Path write(Path dir) {
    try {
      Path v2 = Files.createDirectories(dir.resolve("gdeltv2"));
      List<String> list = new ArrayList<>();
      list.addAll(lines("gdelt/jdrumgoole+gdelttools/masterfilelist-first.txt"));
      for (int i = 0; i < EXPORTS.size(); i++) {
        byte[] zip = zipped(SharedData.excerpt(EXCERPTS.get(i)));
        Files.write(v2.resolve(EXPORTS.get(i)), zip);
        list.add(
            zip.length
                + " "
                + HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(zip))
                + " http://data.gdeltproject.org/gdeltv2/"
                + EXPORTS.get(i));
      }
      list.addAll(
          lines("gdelt/jdrumgoole+gdelttools/gdelt_incremental-file-12-29-2020-08-54-04.txt"));
      Files.write(v2.resolve("masterfilelist.txt"), list, StandardCharsets.UTF_8);
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An export zipped alone, its entry named as GDELT names it (the zip's name less .zip). */
  static byte[] zipped(Path export) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(bytes)) {
      ZipEntry e = new ZipEntry(export.getFileName().toString());
      e.setTime(0); // the same bytes, and MD5, every time
      z.putNextEntry(e);
      Files.copy(export, z);
    }
    return bytes.toByteArray();
  }

  private static List<String> lines(String excerpt) throws IOException {
    return Files.readAllLines(SharedData.excerpt(excerpt), StandardCharsets.UTF_8);
  }
}
