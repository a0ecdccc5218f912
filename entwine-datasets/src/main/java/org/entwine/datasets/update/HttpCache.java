package org.entwine.datasets.update;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.function.LongConsumer;
import org.entwine.input.UserInputException;

/**
 * Copies of the files a publisher changes in place (GDELT's masterfilelist), kept in a folder with
 * what the server said of each (its ETag and Last-Modified) in a small properties file beside it,
 * so that an unchanged file is not fetched again: the server answers a conditional request 304. The
 * validators sit beside the copy they describe, not in the store: they are worth nothing without
 * the copy, which is a file on this machine (the masterfilelist is hundreds of megabytes).
 */
public final class HttpCache {
  private final Path folder;

  public HttpCache(Path folder) {
    this.folder = folder;
  }

  /**
   * A copy kept.
   *
   * @param file the copy
   * @param changed whether it was fetched anew by this request (false: the server said it is
   *     current)
   * @param fetched when its bytes were fetched
   * @param checked when the server was last asked about it
   */
  public record Copy(Path file, boolean changed, Instant fetched, Instant checked) {}

  /** The copy of {@code url}, brought up to date with the server. */
  public Copy get(Fetcher fetcher, URI url, LongConsumer progress) {
    Path file = fileOf(url);
    Path meta = file.resolveSibling(file.getFileName() + ".http");
    Properties known = read(meta);
    Map<String, String> conditions = new LinkedHashMap<>();
    if (Files.isRegularFile(file)) {
      if (known.getProperty("etag") != null)
        conditions.put("If-None-Match", known.getProperty("etag"));
      if (known.getProperty("last-modified") != null)
        conditions.put("If-Modified-Since", known.getProperty("last-modified"));
    }
    try {
      Files.createDirectories(file.getParent());
    } catch (IOException e) {
      throw new UserInputException("cannot create " + file.getParent() + ": " + e.getMessage());
    }
    Fetcher.Fetched got = fetcher.fetch(url, file, Fetcher.Expected.ANY, conditions, progress);
    Instant now = Instant.now();
    Properties p = new Properties();
    p.setProperty("url", url.toString());
    if (got.changed()) {
      if (got.etag() != null) p.setProperty("etag", got.etag());
      if (got.lastModified() != null) p.setProperty("last-modified", got.lastModified());
      p.setProperty("fetched", now.toString());
    } else {
      known.stringPropertyNames().forEach(k -> p.setProperty(k, known.getProperty(k)));
    }
    p.setProperty("checked", now.toString());
    write(meta, p);
    return new Copy(
        file, got.changed(), Instant.parse(p.getProperty("fetched", now.toString())), now);
  }

  /** The copy of {@code url} as last fetched, without asking the server; null when none is kept. */
  public Copy kept(URI url) {
    Path file = fileOf(url);
    Properties p = read(file.resolveSibling(file.getFileName() + ".http"));
    if (!Files.isRegularFile(file) || p.getProperty("checked") == null) return null;
    return new Copy(
        file,
        false,
        Instant.parse(p.getProperty("fetched", p.getProperty("checked"))),
        Instant.parse(p.getProperty("checked")));
  }

  /** Where the copy of {@code url} is kept: under its host and path. */
  Path fileOf(URI url) {
    String host = url.getHost() + (url.getPort() > 0 ? "_" + url.getPort() : "");
    String path = url.getPath() == null || url.getPath().isEmpty() ? "/index" : url.getPath();
    Path p = folder.resolve(host);
    for (String part : path.split("/")) {
      if (part.isEmpty() || part.equals(".") || part.equals("..")) continue;
      p = p.resolve(part);
    }
    return p;
  }

  private static Properties read(Path meta) {
    Properties p = new Properties();
    if (!Files.isRegularFile(meta)) return p;
    try (Reader r = Files.newBufferedReader(meta, StandardCharsets.UTF_8)) {
      p.load(r);
    } catch (IOException | IllegalArgumentException e) {
      return new Properties(); // unreadable: fetched again whole
    }
    return p;
  }

  private static void write(Path meta, Properties p) {
    Path part = meta.resolveSibling(meta.getFileName() + ".new");
    try {
      try (Writer w = Files.newBufferedWriter(part, StandardCharsets.UTF_8)) {
        p.store(w, "what the server said of the file beside; written by entwine update");
      }
      Files.move(part, meta, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UserInputException("cannot write " + meta + ": " + e.getMessage());
    }
  }
}
