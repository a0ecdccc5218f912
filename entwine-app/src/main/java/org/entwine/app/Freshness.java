package org.entwine.app;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.SortedMap;
import org.entwine.events.EventFile;
import org.entwine.events.FileCoverage;
import org.entwine.storage.Store;

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
    Long latest = null;
    Integer latestMonth = null;
    int loaded = 0;
    for (EventFile f : recorded) {
      if (!f.loaded()) continue;
      loaded++;
      Long stamp = f.stamp();
      Integer month = f.month();
      if (stamp != null && (latest == null || stamp > latest)) latest = stamp;
      if (month != null && (latestMonth == null || month > latestMonth)) latestMonth = month;
    }
    Long sortable = latest;
    String shown = latest == null ? null : EventFile.shown(latest);
    if (latest == null && latestMonth != null) {
      shown = EventSeries.monthText(latestMonth);
      sortable = latestMonth * 100_000_000L + 31_235_959L;
    }
    SortedMap<Integer, FileCoverage.Month> coverage = FileCoverage.of(recorded);
    List<String> missing = new ArrayList<>();
    if (!coverage.isEmpty())
      FileCoverage.gaps(coverage, coverage.firstKey(), coverage.lastKey())
          .forEach((m, why) -> missing.add(EventSeries.monthText(m) + ": " + why));
    return new Freshness(
        dataset,
        shown,
        sortable,
        store.lastChange(updateOrigin(dataset)),
        loaded,
        List.copyOf(missing));
  }
}
