package org.entwine.datasets.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entwine.events.EventFile;
import org.entwine.exchange.ExchangeException;
import org.entwine.exchange.ExchangeProblem;

/**
 * GDELT's list of the files it publishes (masterfilelist.txt, and the translation list): a line per
 * file, "SIZE MD5 URL". Only the event exports are read (their names end in .export.CSV.zip); the
 * mentions and knowledge-graph files the list names too are skipped.
 */
public final class MasterFileList {
  private static final Pattern LINE = Pattern.compile("^(\\d+) ([0-9a-fA-F]{32}) (\\S+)$");

  private MasterFileList() {}

  /** Whether {@code file} reads as such a list: its first line is "SIZE MD5 URL". */
  public static boolean is(Path file) {
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String first = r.readLine();
      return first != null && LINE.matcher(first.strip()).matches();
    } catch (IOException | java.io.UncheckedIOException e) {
      return false; // not text: not a list
    }
  }

  /** An export the list names: the file, as not loaded yet, and the address it is published at. */
  public record Listed(EventFile file, String url) {}

  /**
   * The event exports the list names, as files not loaded (yet); a line that is not "SIZE MD5 URL"
   * is an error naming the file and line.
   */
  public static List<EventFile> exports(Path file) {
    return entries(file).stream().map(Listed::file).toList();
  }

  /** The same, with the address of each. */
  public static List<Listed> entries(Path file) {
    List<Listed> out = new ArrayList<>();
    List<ExchangeProblem> problems = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int n = 0;
      for (String line; (line = r.readLine()) != null; ) {
        n++;
        if (line.isBlank()) continue;
        Matcher m = LINE.matcher(line.strip());
        if (!m.matches()) {
          if (problems.size() < 20)
            problems.add(
                new ExchangeProblem(
                    file,
                    n,
                    null,
                    "expected 'SIZE MD5 URL' (a size in bytes, 32 hex digits, an address), got '"
                        + (line.length() > 80 ? line.substring(0, 80) + "…" : line)
                        + "'"));
          continue;
        }
        String url = m.group(3);
        String name = url.substring(url.lastIndexOf('/') + 1);
        if (!name.endsWith(".export.CSV.zip")) continue;
        out.add(
            new Listed(
                new EventFile(
                    name,
                    m.group(2).toLowerCase(java.util.Locale.ROOT),
                    Long.parseLong(m.group(1)),
                    false),
                url));
      }
    } catch (IOException e) {
      throw new ExchangeException(
          new ExchangeProblem(file, 0, null, org.entwine.exchange.Unreadable.because(e)));
    }
    if (!problems.isEmpty()) throw new ExchangeException(problems);
    return out;
  }
}
