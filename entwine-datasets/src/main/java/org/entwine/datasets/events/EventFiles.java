package org.entwine.datasets.events;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.entwine.exchange.ExchangeException;
import org.entwine.exchange.ExchangeProblem;

/**
 * Finds the event files a command names: files, directories (every file in them, in name order) or
 * glob patterns (for shells that do not expand them, or patterns in quotes), plain or zipped as
 * GDELT publishes them; and tells what each holds from its first line.
 */
public final class EventFiles {
  /** What an event file holds. */
  public enum Kind {
    GDELT,
    ICEWS
  }

  /** One file of events: a plain file, or one entry of a zip archive. */
  public record Input(Path file, String entry, Kind kind) {
    public String where() {
      return entry == null ? file.toString() : file + "!" + entry;
    }

    /** The file's bytes, or the entry's inflated; closing the stream closes the archive. */
    public InputStream open() throws IOException {
      if (entry == null) return Files.newInputStream(file);
      ZipFile zip = new ZipFile(file.toFile());
      try {
        return new java.io.FilterInputStream(zip.getInputStream(zip.getEntry(entry))) {
          @Override
          public void close() throws IOException {
            try {
              super.close();
            } finally {
              zip.close();
            }
          }
        };
      } catch (IOException | RuntimeException e) {
        zip.close();
        throw e;
      }
    }

    /** The bytes it takes on disk (compressed, for an entry), for progress. */
    public long size() throws IOException {
      if (entry == null) return Files.size(file);
      try (ZipFile zip = new ZipFile(file.toFile())) {
        return zip.getEntry(entry).getCompressedSize();
      }
    }
  }

  /** The first line of an ICEWS event file starts so. */
  static final String ICEWS_HEADER = "Event ID\tEvent Date\tSource Name";

  private EventFiles() {}

  /**
   * Expands {@code paths} into the files they name, in a stable order; a name that matches nothing
   * is an error.
   */
  public static List<Path> expand(List<String> paths) {
    List<Path> out = new ArrayList<>();
    for (String p : paths) {
      Path path = Path.of(p);
      if (p.matches(".*[*?\\[{].*")) {
        out.addAll(glob(p));
      } else if (Files.isDirectory(path)) {
        try (Stream<Path> s = Files.walk(path)) {
          s.filter(Files::isRegularFile)
              .filter(f -> !f.getFileName().toString().startsWith("."))
              .sorted()
              .forEach(out::add);
        } catch (IOException e) {
          throw new ExchangeException(
              new ExchangeProblem(path, 0, null, "cannot read the directory: " + e.getMessage()));
        }
      } else if (Files.isRegularFile(path)) {
        out.add(path);
      } else {
        throw new ExchangeException(
            new ExchangeProblem(path, 0, null, "no such file or directory"));
      }
    }
    return out;
  }

  private static List<Path> glob(String pattern) {
    String fixed = pattern.replaceAll("[*?\\[{].*$", "");
    int slash = fixed.lastIndexOf('/');
    Path base = slash < 0 ? Path.of(".") : Path.of(fixed.substring(0, slash + 1));
    PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
    List<Path> out = new ArrayList<>();
    if (Files.isDirectory(base)) {
      try (Stream<Path> s = Files.walk(base)) {
        s.filter(Files::isRegularFile)
            .filter(f -> m.matches(slash < 0 ? base.relativize(f) : f))
            .sorted()
            .forEach(out::add);
      } catch (IOException e) {
        throw new ExchangeException(
            new ExchangeProblem(base, 0, null, "cannot read the directory: " + e.getMessage()));
      }
    }
    if (out.isEmpty())
      throw new ExchangeException(
          new ExchangeProblem(Path.of(pattern), 0, null, "no file matches this pattern"));
    return out;
  }

  /**
   * The event files within {@code files}, each entry of a zip on its own; a file that is neither
   * kind is refused.
   */
  public static List<Input> inputs(List<Path> files) {
    List<Input> out = new ArrayList<>();
    for (Path f : files) {
      if (isZip(f)) {
        try (ZipFile zip = new ZipFile(f.toFile())) {
          Enumeration<? extends ZipEntry> entries = zip.entries();
          while (entries.hasMoreElements()) {
            ZipEntry e = entries.nextElement();
            if (e.isDirectory()) continue;
            try (InputStream in = zip.getInputStream(e)) {
              out.add(new Input(f, e.getName(), kind(f + "!" + e.getName(), firstLine(in))));
            }
          }
        } catch (IOException e) {
          throw new ExchangeException(
              new ExchangeProblem(f, 0, null, "cannot read the zip archive: " + e.getMessage()));
        }
      } else {
        try (InputStream in = Files.newInputStream(f)) {
          out.add(new Input(f, null, kind(f.toString(), firstLine(in))));
        } catch (IOException e) {
          throw new ExchangeException(
              new ExchangeProblem(f, 0, null, org.entwine.exchange.Unreadable.because(e)));
        }
      }
    }
    return out;
  }

  static boolean isZip(Path f) {
    try (InputStream in = Files.newInputStream(f)) {
      byte[] magic = in.readNBytes(4);
      return magic.length == 4
          && magic[0] == 'P'
          && magic[1] == 'K'
          && magic[2] == 3
          && magic[3] == 4;
    } catch (IOException e) {
      throw new ExchangeException(
          new ExchangeProblem(f, 0, null, org.entwine.exchange.Unreadable.because(e)));
    }
  }

  private static String firstLine(InputStream in) throws IOException {
    byte[] head = in.readNBytes(1 << 16);
    int end = 0;
    while (end < head.length && head[end] != '\n') end++;
    if (end > 0 && head[end - 1] == '\r') end--; // Windows line ends
    return new String(head, 0, end, StandardCharsets.UTF_8);
  }

  /** What a file holds, told from its first line; null when it is neither kind. */
  public static Kind kindOf(String firstLine) {
    if (firstLine.startsWith(ICEWS_HEADER)) return Kind.ICEWS;
    int fields = firstLine.split("\t", -1).length;
    if (GdeltRows.validFieldCount(fields) && firstLine.matches("\\d+\t.*")) return Kind.GDELT;
    return null;
  }

  private static Kind kind(String where, String firstLine) {
    Kind kind = kindOf(firstLine);
    if (kind != null) return kind;
    int fields = firstLine.split("\t", -1).length;
    throw new ExchangeException(
        new ExchangeProblem(
            Path.of(where),
            1,
            null,
            "not an event file: expected a GDELT export (57 or 58 tab-separated fields for GDELT"
                + " 1.0, 61 for 2.0, starting with GLOBALEVENTID) or an ICEWS event file (a"
                + " tab-separated header starting 'Event ID, Event Date, Source Name'); this line"
                + " has "
                + fields
                + " field"
                + (fields == 1 ? "" : "s")));
  }
}
