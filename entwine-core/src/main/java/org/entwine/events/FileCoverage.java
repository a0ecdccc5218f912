package org.entwine.events;

import java.util.Collection;
import java.util.SortedMap;
import java.util.TreeMap;
import org.entwine.time.Month;

/**
 * How completely each month of a dataset is loaded, from its files: a month whose files are not all
 * loaded is incomplete, and a month between the first and the last file with no file loaded is
 * unloaded; either is missing from the series, never a month of fewer events (or of none). Only
 * files named by their period (GDELT's) tell a month; a dataset of other files has no coverage.
 */
public final class FileCoverage {
  /**
   * A month's files: those the publisher lists (or, without a list, those loaded) and those loaded.
   */
  public record Files(Month month, int listed, int loaded) {
    public boolean complete() {
      return loaded > 0 && loaded >= listed;
    }

    /** Why the month is missing, in words; null when it is complete. */
    public String gap() {
      if (complete()) return null;
      String files = listed == 1 ? "1 file" : listed + " files";
      return loaded == 0
          ? (listed == 0 ? "no file loaded" : "none of its " + files + " loaded")
          : "incomplete: " + loaded + " of its " + files + " loaded";
    }
  }

  private FileCoverage() {}

  /**
   * Every month from the first to the last that a file names, with its files; empty when no file
   * names its month.
   */
  public static SortedMap<Month, Files> of(Collection<EventFile> files) {
    SortedMap<Month, int[]> counts = new TreeMap<>();
    for (EventFile f : files) {
      Month m = f.month();
      if (m == null) continue;
      int[] c = counts.computeIfAbsent(m, k -> new int[2]);
      c[0]++;
      if (f.loaded()) c[1]++;
    }
    SortedMap<Month, Files> out = new TreeMap<>();
    if (counts.isEmpty()) return out;
    for (Month m = counts.firstKey(); !m.isAfter(counts.lastKey()); m = m.next()) {
      int[] c = counts.getOrDefault(m, new int[2]);
      out.put(m, new Files(m, c[0], c[1]));
    }
    return out;
  }

  /** The months of {@code coverage} within [from, to] that are missing, with why. */
  public static SortedMap<Month, String> gaps(
      SortedMap<Month, Files> coverage, Month from, Month to) {
    SortedMap<Month, String> out = new TreeMap<>();
    if (from.isAfter(to)) return out;
    coverage
        .subMap(from, to.next())
        .forEach(
            (m, c) -> {
              if (!c.complete()) out.put(m, c.gap());
            });
    return out;
  }

  /**
   * The months within [from, to] of {@code dataset} as {@code store} records its files, with why.
   */
  public static SortedMap<Month, String> gaps(
      EventStore store, String dataset, Month from, Month to) {
    return gaps(of(store.eventFiles(dataset).values()), from, to);
  }
}
