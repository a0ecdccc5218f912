package org.entwine.datasets.update;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import org.entwine.actor.Crosswalk;
import org.entwine.datasets.Progress;
import org.entwine.datasets.events.Arrivals;
import org.entwine.datasets.events.EventFiles;
import org.entwine.datasets.events.EventLoad;
import org.entwine.datasets.events.EventUpdate;
import org.entwine.datasets.events.MasterFileList;
import org.entwine.events.CameoCodebook;
import org.entwine.events.EventFile;
import org.entwine.events.EventStore;
import org.entwine.input.UserInputException;
import org.entwine.time.Month;

/**
 * Keeps the GDELT 2.0 event series current from its publisher: fetches the masterfilelist (again
 * only when it changed), picks the exports of the period not loaded before (known by name and MD5,
 * as {@link EventUpdate} knows them), fetches them several at once, each checked against the list's
 * size and MD5 as it arrives, and reads each zip as it arrives with the fast reader (no unzipping
 * to disk) while the rest are fetched. Then everything is stored in one transaction: the
 * relation-months, the files loaded, and the files the list names in the months the period cuts
 * that are not loaded (so that those months read as incomplete). A download that fails after its
 * retries stops the update and nothing is stored; the downloads that were whole and right stay in
 * the download folder, and the next run takes them from there rather than fetching them again.
 */
public final class GdeltUpdate {
  /** Where GDELT publishes: its list is {@code gdeltv2/masterfilelist.txt} under it. */
  public static final URI PUBLISHER = URI.create("http://data.gdeltproject.org/");

  static final String LIST = "gdeltv2/masterfilelist.txt";

  /**
   * How an update runs.
   *
   * @param base the publisher, or a mirror laid out as it is ({@code
   *     base/gdeltv2/masterfilelist.txt} and the files it lists, under the same paths)
   * @param downloads where the zips are fetched to
   * @param keep whether the zips stay there once loaded (else they are deleted)
   * @param threads threads reading the zips
   * @param allowMissing whether a file the list names that the server says is not there (404) is
   *     recorded as listed and not loaded (its month then reads as incomplete) while the rest load;
   *     else it stops the update, and nothing is stored
   */
  public record Settings(
      URI base,
      Path downloads,
      boolean keep,
      int threads,
      Path quarantine,
      String enteredBy,
      CameoCodebook codebook,
      boolean allowMissing) {
    public Settings {
      base = withSlash(base);
    }
  }

  /**
   * What an update will do.
   *
   * @param list the masterfilelist's address
   * @param copy the copy of it read (fetched anew, or kept and unchanged)
   * @param period the period of files asked for
   * @param listed the exports the list names within the period
   * @param loadedBefore of those, the ones loaded before
   * @param fetch the ones to fetch, in time order
   * @param ready the ones downloaded before and not loaded yet (a run that stopped, or {@code
   *     --keep}), checked against the list
   * @param checksums the MD5 of each of {@code ready}
   * @param unloaded exports the list names in the months the period cuts, outside it, and that the
   *     store does not know: recorded as listed, not loaded
   * @param bytes the bytes to fetch
   */
  public record Plan(
      URI list,
      HttpCache.Copy copy,
      Period period,
      int listed,
      int loadedBefore,
      List<MasterFileList.Listed> fetch,
      List<Path> ready,
      Map<Path, String> checksums,
      List<EventFile> unloaded,
      long bytes) {
    /** Whether the store is current with the list: nothing to fetch, read or record. */
    public boolean current() {
      return fetch.isEmpty() && ready.isEmpty() && unloaded.isEmpty();
    }
  }

  /**
   * What an update did.
   *
   * @param fetched the files fetched
   * @param bytes their bytes
   * @param load what the load stored
   * @param notServed the files the list names that the server said are not there, recorded as
   *     listed (with {@code allowMissing})
   */
  public record Result(
      Plan plan, int fetched, long bytes, EventLoad.Report load, List<EventFile> notServed) {}

  private final EventStore store;
  private final Crosswalk crosswalk;
  private final Fetcher fetcher;
  private final HttpCache cache;
  private final Settings settings;

  public GdeltUpdate(
      EventStore store, Crosswalk crosswalk, Fetcher fetcher, HttpCache cache, Settings settings) {
    this.store = store;
    this.crosswalk = crosswalk;
    this.fetcher = fetcher;
    this.cache = cache;
    this.settings = settings;
  }

  /** The masterfilelist's address. */
  public URI list() {
    return settings.base().resolve(LIST);
  }

  /**
   * Fetches the list (only if it changed since the copy kept) and plans the update of {@code
   * period}; a period without a first day starts at the month of the latest export loaded.
   *
   * @throws UserInputException when the period has no first day and no export is loaded yet
   */
  public Plan plan(Period period, LongConsumer progress) {
    Map<String, EventFile> recorded = store.eventFiles("gdelt");
    Period p = period.first() != null ? period : period.from(latestLoaded(recorded));
    HttpCache.Copy copy = cache.get(fetcher, list(), progress);
    List<MasterFileList.Listed> entries = MasterFileList.entries(copy.file());
    List<EventFile> within = new ArrayList<>();
    Map<String, MasterFileList.Listed> byName = new HashMap<>();
    Set<Month> cut = p.cutMonths();
    List<EventFile> unloaded = new ArrayList<>();
    for (MasterFileList.Listed e : entries) {
      Long stamp = Period.stamp(e.file());
      if (stamp == null) continue; // not a GDELT 2.0 export
      if (p.contains(stamp)) {
        within.add(e.file());
        byName.put(e.file().name(), e);
      } else if (cut.contains(e.file().month()) && !recorded.containsKey(e.file().name())) {
        unloaded.add(e.file());
      }
    }
    mkdirs(settings.downloads());
    EventUpdate.Plan planned =
        EventUpdate.ofListed(within, settings.downloads(), recorded, settings.threads(), false);
    List<MasterFileList.Listed> fetch =
        planned.missing().stream()
            .map(f -> byName.get(f.name()))
            .sorted(java.util.Comparator.comparing(l -> l.file().name()))
            .toList();
    return new Plan(
        list(),
        copy,
        p,
        planned.listed(),
        planned.loadedBefore().size(),
        fetch,
        planned.load(),
        planned.checksums(),
        unloaded,
        fetch.stream().mapToLong(l -> l.file().bytes()).sum());
  }

  /** The time stamp of the latest GDELT 2.0 export loaded, or null when none is. */
  static Long latestLoaded(Map<String, EventFile> recorded) {
    Long latest = null;
    for (EventFile f : recorded.values()) {
      Long s = f.loaded() ? Period.stamp(f) : null;
      if (s != null && (latest == null || s > latest)) latest = s;
    }
    return latest;
  }

  /**
   * Fetches, reads and stores what {@code plan} says, {@code progress} hearing the bytes fetched;
   * nothing is stored unless every file arrived whole and right and the store took them all.
   *
   * @throws FetchException when a file could not be fetched whole and right
   */
  public Result run(Plan plan, LongConsumer progress) {
    // each file's place in the input order: the list's (time) order
    Map<String, Integer> place = new TreeMap<>();
    plan.ready().forEach(f -> place.put(f.getFileName().toString(), 0));
    plan.fetch().forEach(l -> place.put(l.file().name(), 0));
    int i = 0;
    for (Map.Entry<String, Integer> e : place.entrySet()) e.setValue(i++);

    Map<Path, String> checksums = new ConcurrentHashMap<>(plan.checksums());
    Arrivals arrivals = new Arrivals();
    for (Path f : plan.ready()) arrivals.add(place.get(f.getFileName().toString()), inputs(f));
    AtomicInteger left = new AtomicInteger(plan.fetch().size());
    AtomicLong bytes = new AtomicLong();
    AtomicInteger fetched = new AtomicInteger();
    // the files not served, filled while the downloads run; the load reads it once the arrivals
    // have ended, that is once every download has ended
    List<EventFile> notServed = java.util.Collections.synchronizedList(new ArrayList<>());
    List<EventFile> listed = java.util.Collections.synchronizedList(new ArrayList<>());
    listed.addAll(plan.unloaded());
    if (left.get() == 0) arrivals.end();
    ExecutorService downloads =
        Executors.newFixedThreadPool(
            fetcher.settings().connections(),
            r -> {
              Thread t = new Thread(r, "gdelt-download");
              t.setDaemon(true);
              return t;
            });
    EventLoad.Report report;
    try {
      for (MasterFileList.Listed l : plan.fetch()) {
        downloads.execute(
            () -> {
              try {
                if (arrivals.failed()) return;
                Path target = settings.downloads().resolve(l.file().name());
                fetcher.fetch(
                    address(l),
                    target,
                    new Fetcher.Expected(l.file().bytes(), l.file().md5()),
                    Map.of(),
                    progress);
                bytes.addAndGet(l.file().bytes());
                fetched.incrementAndGet();
                checksums.put(target, l.file().md5());
                arrivals.add(place.get(l.file().name()), inputs(target));
              } catch (FetchException e) {
                if (settings.allowMissing() && e.notFound()) {
                  notServed.add(l.file());
                  listed.add(l.file());
                } else {
                  arrivals.fail(e);
                }
              } catch (RuntimeException e) {
                arrivals.fail(e);
              } finally {
                if (left.decrementAndGet() == 0) arrivals.end();
              }
            });
      }
      report =
          new EventLoad(store, crosswalk, settings.codebook(), settings.threads())
              .loadArriving(
                  arrivals,
                  settings.quarantine(),
                  settings.enteredBy(),
                  Progress.NONE,
                  checksums,
                  listed,
                  "entwine update gdelt: " + place.size() + " exports listed by " + plan.list());
    } finally {
      downloads.shutdownNow();
      try {
        downloads.awaitTermination(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (!settings.keep()) {
      for (String name : place.keySet()) deleteQuietly(settings.downloads().resolve(name));
    }
    return new Result(plan, fetched.get(), bytes.get(), report, List.copyOf(notServed));
  }

  /** Where a listed file is fetched from: where the list says, or the same path on the mirror. */
  URI address(MasterFileList.Listed l) {
    URI listed = URI.create(l.url());
    if (settings.base().equals(PUBLISHER)) return listed;
    String path = listed.getRawPath() == null ? l.file().name() : listed.getRawPath();
    return settings.base().resolve(path.replaceFirst("^/+", ""));
  }

  private static List<EventFiles.Input> inputs(Path zip) {
    return EventFiles.inputs(List.of(zip));
  }

  private static URI withSlash(URI u) {
    String s = u.toString();
    return s.endsWith("/") ? u : URI.create(s + "/");
  }

  private static void mkdirs(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UserInputException("cannot create the download folder " + dir + ": " + e);
    }
  }

  private static void deleteQuietly(Path f) {
    try {
      Files.deleteIfExists(f);
    } catch (IOException e) {
      // loaded and recorded: a zip left behind is only space, and the next run does not read it
    }
  }
}
