package org.entwine.app;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.SortedMap;
import org.entwine.events.EventFile;
import org.entwine.events.FileCoverage;
import org.entwine.storage.Store;
import org.entwine.time.Month;

/**
 * How current an event source is in the store, from the files it was loaded from: the latest one
 * loaded, when an update last loaded it, and the months between the first and the latest that are
 * not loaded whole. What {@code entwine update --status}, the web's admins and the reports show.
 *
 * @param dataset the event dataset ("gdelt", "icews")
 * @param latest the period of the latest file loaded, as a reader reads it ("2019-10-24 14:30 UTC",
 *     or a month "2019-10" for files named by their month), or null when none is loaded
 * @param latestStamp the same as YYYYMMDDHHMMSS (a month's last second for a month), for sorting
 *     and ages; null when none is loaded
 * @param updated when {@code entwine update} last stored files of it, or null (never: loaded by
 *     hand, or not at all)
 * @param files the files loaded
 * @param missing the months not loaded whole, "2019-10: incomplete: 3 of its 4 files loaded"
 */
public record Freshness(
    String dataset,
    String latest,
    Long latestStamp,
    Instant updated,
    int files,
    List<String> missing) {

  /** What an update's import log entry starts with, for a dataset: how its loads are known. */
  public static String updateOrigin(String dataset) {
    return "entwine update " + dataset;
  }

  /** How current each event dataset stored is, GDELT's always (the one an update fetches). */
  public static List<Freshness> all(Store store) {
    java.util.SortedSet<String> datasets = new java.util.TreeSet<>(store.eventDatasets().keySet());
    datasets.add("gdelt");
    return datasets.stream().map(d -> of(store, d)).toList();
  }

  /** How current {@code dataset} is in {@code store}. */
  public static Freshness of(Store store, String dataset) {
    Collection<EventFile> recorded = store.eventFiles(dataset).values();
    Long latest = latestStamp(recorded);
    int loaded = (int) recorded.stream().filter(EventFile::loaded).count();
    SortedMap<Month, FileCoverage.Files> coverage = FileCoverage.of(recorded);
    List<String> missing = new ArrayList<>();
    if (!coverage.isEmpty())
      FileCoverage.gaps(coverage, coverage.firstKey(), coverage.lastKey())
          .forEach((m, why) -> missing.add(m + ": " + why));
    return new Freshness(
        dataset,
        latest(recorded),
        latest,
        store.lastChange(updateOrigin(dataset)),
        loaded,
        List.copyOf(missing));
  }

  /**
   * The period of the latest of {@code files} loaded, as a reader reads it: "2019-10-24 14:30 UTC"
   * for GDELT 2.0's stamped files, a month "2019-10" for files named by their month; null when none
   * tells its period.
   */
  public static String latest(Collection<EventFile> files) {
    EventFile f = latestFile(files);
    if (f == null) return null;
    return f.stamp() != null ? EventFile.shown(f.stamp()) : f.month().toString();
  }

  /** Its time as YYYYMMDDHHMMSS, a file named by its month at its month's end, for ages. */
  static Long latestStamp(Collection<EventFile> files) {
    EventFile f = latestFile(files);
    return f == null ? null : sortable(f);
  }

  private static EventFile latestFile(Collection<EventFile> files) {
    EventFile latest = null;
    for (EventFile f : files) {
      if (!f.loaded() || sortable(f) == null) continue;
      if (latest == null || sortable(f) > sortable(latest)) latest = f;
    }
    return latest;
  }

  private static Long sortable(EventFile f) {
    if (f.stamp() != null) return f.stamp();
    if (f.month() == null) return null;
    // the last second of the month, YYYYMMDDHHMMSS
    return f.month().packed() * 100_000_000L
        + f.month().yearMonth().lengthOfMonth() * 1_000_000L
        + 235_959L;
  }
}
