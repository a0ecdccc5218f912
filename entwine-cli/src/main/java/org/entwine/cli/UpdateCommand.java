package org.entwine.cli;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.entwine.app.Freshness;
import org.entwine.datasets.update.FetchException;
import org.entwine.datasets.update.Fetcher;
import org.entwine.datasets.update.GdeltUpdate;
import org.entwine.datasets.update.HttpCache;
import org.entwine.datasets.update.Period;
import org.entwine.events.CameoCodebook;
import org.entwine.input.UserInputException;
import org.entwine.storage.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "update",
    mixinStandardHelpOptions = true,
    description = {
      "Keeps the evidence current from its publishers: fetches what they published since the last"
          + " update and loads it, each file checked against the publisher's list; running it"
          + " twice adds nothing. One update runs at a time on a store.",
      "gdelt: GDELT 2.0's masterfilelist (fetched again only when it changed), then the exports of"
          + " the period not loaded before, several at once, each checked against the list's size"
          + " and MD5 and read zipped as it arrives; stored in one transaction, or, if any file"
          + " cannot be fetched whole and right, not at all (the files that were whole wait in the"
          + " download folder, and the next run takes them from there).",
      "Not yet supported (see the user guide): un-votes, embassies, imf-trade, worldbank."
    })
final class UpdateCommand extends DatabaseCommand {
  /** The sources this command knows, and why those it does not fetch yet are not supported. */
  static final Map<String, String> NOT_YET =
      Map.of(
          "un-votes",
          "the UN Digital Library publishes its voting data as a dated file attached to a record"
              + " page, in a layout Entwine does not read yet (it reads the Voeten/unvotes layout):"
              + " load that with 'entwine load un-votes'",
          "embassies",
          "no recorded answer of Wikidata's query service for the embassies query was found to"
              + " test against: load the Database of Embassies file with 'entwine load embassies'",
          "imf-trade",
          "no recorded answer of the IMF's data API for trade by partner was found to test against",
          "worldbank",
          "no recorded answer of the World Bank's API covering every country was found to test"
              + " against, and Entwine has no size indicators for it to fill yet");

  @Parameters(
      paramLabel = "SOURCE",
      arity = "0..*",
      description = "The sources to update (default: gdelt, the one supported yet).")
  List<String> sources = new ArrayList<>();

  @Option(
      names = "--from",
      paramLabel = "D",
      description =
          "The first month (YYYY-MM) or day (YYYY-MM-DD) to fetch (default: the month of the latest"
              + " export loaded).")
  String from;

  @Option(
      names = "--to",
      paramLabel = "D",
      description = "The last month or day to fetch (default: the latest the publisher lists).")
  String to;

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
      names = "--status",
      description =
          "Show how current each source is (the latest period loaded, when an update loaded it,"
              + " the months not loaded whole); fetch nothing.")
  boolean status;

  @Option(
      names = "--dry-run",
      description = "Fetch the publisher's list and say what would be fetched; store nothing.")
  boolean dryRun;

  @Mixin EventLoadOptions loading;
  @Mixin FormatOption format;

  @Override
  int run(Store store) {
    Set<String> asked = sources(sources);
    if (status) return status(store, asked);
    if (format.format != Format.TABLE) throw new UserInputException("--format goes with --status");
    Store.Hold hold = store.hold("update");
    try {
      return gdelt(store);
    } finally {
      hold.close();
    }
  }

  /** The sources named (gdelt when none is); an unknown or unsupported one is refused. */
  static Set<String> sources(List<String> named) {
    Set<String> out = new LinkedHashSet<>();
    for (String n : named.isEmpty() ? List.of("gdelt") : named) {
      String s = n.toLowerCase(java.util.Locale.ROOT);
      if (NOT_YET.containsKey(s))
        throw new UserInputException(
            s + " is not yet supported by entwine update: " + NOT_YET.get(s));
      if (!s.equals("gdelt"))
        throw new UserInputException(
            "no source '"
                + n
                + "': entwine update knows gdelt (and, not yet supported, "
                + String.join(", ", new java.util.TreeSet<>(NOT_YET.keySet()))
                + ")");
      out.add(s);
    }
    return out;
  }

  private int status(Store store, Set<String> asked) {
    Table t = new Table("source", "latest", "updated", "files", "monthsMissing", "missing");
    Instant now = Instant.now();
    for (String source : asked) {
      Freshness f = Freshness.of(store, source);
      t.row(
          source,
          f.latest() == null ? "nothing loaded" : f.latest() + ago(f.latestStamp(), now),
          f.updated() == null
              ? null
              : f.updated()
                  .atZone(ZoneId.systemDefault())
                  .truncatedTo(ChronoUnit.SECONDS)
                  .toLocalDateTime()
                  .toString(),
          f.files(),
          f.missing().size(),
          f.missing().isEmpty()
              ? null
              : String.join("; ", f.missing().subList(0, Math.min(3, f.missing().size())))
                  + (f.missing().size() > 3 ? "; …" : ""));
    }
    t.print(format.format, out());
    if (format.format == Format.TABLE) {
      HttpCache.Copy list = new HttpCache(cacheFolder().resolve("http")).kept(gdeltList());
      if (list != null)
        out()
            .printf(
                "gdelt's list %s was last checked %s (on this machine)%n",
                gdeltList(),
                list.checked().atZone(ZoneId.systemDefault()).truncatedTo(ChronoUnit.SECONDS));
      NOT_YET.keySet().stream()
          .sorted()
          .forEach(s -> out().printf("%s: not yet supported (%s)%n", s, NOT_YET.get(s)));
    }
    return ExitCodes.OK;
  }

  /** " (3 days before now)", for a stamp YYYYMMDDHHMMSS in UTC. */
  private static String ago(Long stamp, Instant now) {
    if (stamp == null) return "";
    String s = Long.toString(stamp);
    Instant at =
        java.time.LocalDateTime.parse(
                s.substring(0, 4)
                    + "-"
                    + s.substring(4, 6)
                    + "-"
                    + s.substring(6, 8)
                    + "T"
                    + s.substring(8, 10)
                    + ":"
                    + s.substring(10, 12)
                    + ":"
                    + s.substring(12, 14))
            .toInstant(java.time.ZoneOffset.UTC);
    long hours = Duration.between(at, now).toHours();
    if (hours < 0) return "";
    return hours < 48 ? " (" + hours + " hours ago)" : " (" + hours / 24 + " days ago)";
  }

  private int gdelt(Store store) {
    long start = System.nanoTime();
    Path downloads =
        keep != null
            ? keep
            : cacheFolder().resolve("downloads").resolve(storeKey(store)).resolve("gdelt");
    CameoCodebook codebook = loading.codebook();
    Fetcher fetcher =
        new Fetcher(
            new Fetcher.Settings(
                connections,
                retries,
                Duration.ofSeconds(timeout),
                Duration.ofSeconds(1),
                userAgent(),
                DatabaseOptions.env),
            note -> {
              err().println("entwine: " + note);
              err().flush();
            });
    GdeltUpdate update =
        new GdeltUpdate(
            store,
            store.load().crosswalk(),
            fetcher,
            new HttpCache(cacheFolder().resolve("http")),
            new GdeltUpdate.Settings(
                gdeltBase(),
                downloads,
                keep != null,
                loading.threads,
                loading.quarantine,
                loading.enteredBy,
                codebook));
    GdeltUpdate.Plan plan = update.plan(Period.of(from, to), n -> {});
    out()
        .printf(
            "gdelt: %s (%s): %,d exports from %s; %,d loaded before, %,d to fetch (%s)%s%n",
            plan.list(),
            plan.copy().changed()
                ? "fetched now"
                : "unchanged since "
                    + plan.copy()
                        .fetched()
                        .atZone(ZoneId.systemDefault())
                        .truncatedTo(ChronoUnit.SECONDS),
            plan.listed(),
            plan.period().text(),
            plan.loadedBefore(),
            plan.fetch().size(),
            megabytes(plan.bytes()),
            plan.ready().isEmpty()
                ? ""
                : ", " + plan.ready().size() + " fetched before and waiting in " + downloads);
    if (!plan.unloaded().isEmpty())
      out()
          .printf(
              "  %,d exports of the months the period cuts lie outside it: recorded as listed,"
                  + " so those months read as incomplete%n",
              plan.unloaded().size());
    if (dryRun) {
      out().println("dry run: nothing fetched or stored");
      return ExitCodes.OK;
    }
    if (plan.current()) {
      out().println("nothing to fetch: the store is current with " + plan.list());
      EventsUpdateCommand.gaps(store, out());
      return ExitCodes.OK;
    }
    GdeltUpdate.Result result;
    long fetchStart = System.nanoTime();
    try (ProgressBars.Transfer bar = ProgressBars.transfer("gdelt", plan.bytes(), err())) {
      result = update.run(plan, bar);
    } catch (FetchException e) {
      err()
          .printf(
              "entwine: the files fetched whole and checked wait in %s: the next run takes them"
                  + " from there%n",
              downloads);
      throw e;
    }
    double seconds = (System.nanoTime() - fetchStart) / 1e9;
    out()
        .printf(
            "fetched %,d files, %s, and read them as they arrived: %.1f s (%s/s)%n",
            result.fetched(),
            megabytes(result.bytes()),
            seconds,
            megabytes((long) (result.bytes() / Math.max(seconds, 1e-3))));
    loading.print(List.of(result.load()), codebook, out());
    if (keep != null) out().printf("the zips are kept in %s%n", keep);
    EventsUpdateCommand.gaps(store, out());
    out().printf("took %.1f s%n", (System.nanoTime() - start) / 1e9);
    return ExitCodes.OK;
  }

  private static String megabytes(long bytes) {
    return bytes < 1_000_000
        ? String.format(java.util.Locale.ROOT, "%.1f kB", bytes / 1e3)
        : String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1e6);
  }

  /** The list's address at the publisher or the mirror asked for. */
  private URI gdeltList() {
    return gdeltBase().resolve("gdeltv2/masterfilelist.txt");
  }

  /** The publisher or a mirror: the option, the environment, the config file, GDELT's server. */
  private URI gdeltBase() {
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

  private Path cacheFolder() {
    if (cache != null) return cache;
    Map<String, String> env = DatabaseOptions.env;
    String xdg = env.get("XDG_CACHE_HOME");
    String home = env.getOrDefault("HOME", System.getProperty("user.home"));
    return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".cache"))
        .resolve("entwine");
  }

  /** A folder name of the store's own, so that two stores' downloads never meet. */
  private static String storeKey(Store store) {
    String where = store.location();
    String name = where.replaceAll(".*[/@]", "").replaceAll("[^A-Za-z0-9._-]", "_");
    try {
      byte[] h =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(where.getBytes(StandardCharsets.UTF_8));
      return name + "-" + HexFormat.of().formatHex(h, 0, 4);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Entwine's name and version, as publishers see it. */
  static String userAgent() {
    String v = Main.class.getPackage().getImplementationVersion();
    return "Entwine/" + (v == null ? "dev" : v) + " (entwine update; Java HttpClient)";
  }
}
