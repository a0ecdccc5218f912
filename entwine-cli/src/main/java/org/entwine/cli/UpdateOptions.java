package org.entwine.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Properties;
import org.entwine.datasets.update.Fetcher;
import org.entwine.datasets.update.GdeltUpdate;
import org.entwine.datasets.update.HttpCache;
import org.entwine.input.UserInputException;
import org.entwine.storage.Store;
import picocli.CommandLine.Option;

/**
 * How updates fetch, as {@code entwine update} and {@code entwine serve --update} take it: where
 * from (the publisher or a mirror: the option, $ENTWINE_GDELT_MIRROR, the configuration file),
 * where downloads wait, how many at once, how often tried and how long waited for.
 */
final class UpdateOptions {
  @Option(
      names = "--mirror",
      paramLabel = "URL",
      description =
          "A server laid out as the publisher's (for GDELT: URL/gdeltv2/masterfilelist.txt and the"
              + " files it lists); default: $ENTWINE_GDELT_MIRROR, else gdelt.mirror in"
              + " $XDG_CONFIG_HOME/entwine/entwine.properties, else http://data.gdeltproject.org/.")
  String mirror;

  @Option(
      names = "--keep",
      paramLabel = "DIR",
      description =
          "Keep the zips fetched in DIR (where zips fetched before are taken from too); by default"
              + " they wait in the cache folder only until they are loaded.")
  Path keep;

  @Option(
      names = "--cache",
      paramLabel = "DIR",
      description =
          "Where the publisher's list is kept and downloads wait (default:"
              + " $XDG_CACHE_HOME/entwine, else ~/.cache/entwine).")
  Path cache;

  @Option(
      names = "--connections",
      paramLabel = "N",
      description = "Files fetched at once (default: 4; be polite to the publisher).")
  int connections = 4;

  @Option(
      names = "--retries",
      paramLabel = "N",
      description =
          "Tries after the first for a file that fails, after waits that double from 1 s"
              + " (default: 3).")
  int retries = 3;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      description =
          "How long to wait for a connection or an answer, and the time a transfer must move at"
              + " least 1 KB in (default: 30).")
  int timeout = 30;

  @Option(
      names = "--allow-missing",
      description =
          "A file the publisher lists but does not serve (404) is recorded as listed and not"
              + " loaded, so that its month reads as incomplete, and the rest load; by default it"
              + " stops the update and nothing is stored.")
  boolean allowMissing;

  /** The publisher or a mirror: the option, the environment, the config file, GDELT's server. */
  URI gdeltBase() {
    String given = mirror;
    if (given == null) given = DatabaseOptions.env.get("ENTWINE_GDELT_MIRROR");
    if (given == null || given.isBlank()) given = config().getProperty("gdelt.mirror");
    if (given == null || given.isBlank()) return GdeltUpdate.PUBLISHER;
    try {
      URI u = new URI(given.strip().endsWith("/") ? given.strip() : given.strip() + "/");
      if (u.getHost() == null
          || !("http".equalsIgnoreCase(u.getScheme()) || "https".equalsIgnoreCase(u.getScheme())))
        throw new URISyntaxException(given, "not an http(s) address");
      return u;
    } catch (URISyntaxException e) {
      throw new UserInputException(
          "--mirror expects an http(s) address such as http://mirror.example/gdelt/, got '"
              + given
              + "'");
    }
  }

  /** The list's address at the publisher or the mirror asked for. */
  URI gdeltList() {
    return gdeltBase().resolve("gdeltv2/masterfilelist.txt");
  }

  /** $XDG_CONFIG_HOME/entwine/entwine.properties, where present. */
  private static Properties config() {
    Map<String, String> env = DatabaseOptions.env;
    String xdg = env.get("XDG_CONFIG_HOME");
    String home = env.getOrDefault("HOME", System.getProperty("user.home"));
    Path file =
        (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".config"))
            .resolve("entwine")
            .resolve("entwine.properties");
    Properties p = new Properties();
    if (Files.isRegularFile(file)) {
      try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        p.load(r);
      } catch (IOException | IllegalArgumentException e) {
        throw new UserInputException("cannot read the configuration " + file + ": " + e);
      }
    }
    return p;
  }

  /** Where the list is kept and downloads wait. */
  Path cacheFolder() {
    if (cache != null) return cache;
    Map<String, String> env = DatabaseOptions.env;
    String xdg = env.get("XDG_CACHE_HOME");
    String home = env.getOrDefault("HOME", System.getProperty("user.home"));
    return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".cache"))
        .resolve("entwine");
  }

  /** The copies of the publishers' lists. */
  HttpCache httpCache() {
    return new HttpCache(cacheFolder().resolve("http"));
  }

  /** Where the store's GDELT downloads wait: --keep, or a folder of the store's own. */
  Path gdeltDownloads(Store store) {
    if (keep != null) return keep;
    String where = store.location();
    String name = where.replaceAll(".*[/@]", "").replaceAll("[^A-Za-z0-9._-]", "_");
    try {
      byte[] h =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(where.getBytes(StandardCharsets.UTF_8));
      // two stores' downloads never meet
      return cacheFolder()
          .resolve("downloads")
          .resolve(name + "-" + HexFormat.of().formatHex(h, 0, 4))
          .resolve("gdelt");
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A fetcher as asked, its retries told to {@code notes}. */
  Fetcher fetcher(PrintWriter notes) {
    return new Fetcher(
        new Fetcher.Settings(
            connections,
            retries,
            Duration.ofSeconds(timeout),
            Duration.ofSeconds(1),
            userAgent(),
            DatabaseOptions.env),
        note -> {
          notes.println("entwine: " + note);
          notes.flush();
        });
  }

  /** Entwine's name and version, as publishers see it. */
  static String userAgent() {
    String v = Main.class.getPackage().getImplementationVersion();
    return "Entwine/" + (v == null ? "dev" : v) + " (entwine update; Java HttpClient)";
  }
}
