package org.entwine.events;

import java.util.Collection;
import java.util.SortedMap;
import java.util.TreeMap;

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
  public record Month(int month, int listed, int loaded) {
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
  public static SortedMap<Integer, Month> of(Collection<EventFile> files) {
    SortedMap<Integer, int[]> counts = new TreeMap<>();
    for (EventFile f : files) {
      Integer m = f.month();
      if (m == null) continue;
      int[] c = counts.computeIfAbsent(m, k -> new int[2]);
      c[0]++;
      if (f.loaded()) c[1]++;
    }
    SortedMap<Integer, Month> out = new TreeMap<>();
    if (counts.isEmpty()) return out;
    for (int m = counts.firstKey(); m <= counts.lastKey(); m = next(m)) {
      int[] c = counts.getOrDefault(m, new int[2]);
      out.put(m, new Month(m, c[0], c[1]));
    }
    return out;
  }

  /** The months of {@code coverage} within [from, to] that are missing, with why. */
  public static SortedMap<Integer, String> gaps(
      SortedMap<Integer, Month> coverage, int from, int to) {
    SortedMap<Integer, String> out = new TreeMap<>();
    coverage
        .subMap(from, to + 1)
        .forEach(
            (m, c) -> {
              if (!c.complete()) out.put(m, c.gap());
            });
    return out;
  }

  /**
   * The months within [from, to] of {@code dataset} as {@code store} records its files, with why.
   */
  public static SortedMap<Integer, String> gaps(
      EventStore store, String dataset, int from, int to) {
    return gaps(of(store.eventFiles(dataset).values()), from, to);
  }

  /** The month after {@code yyyymm}. */
  static int next(int yyyymm) {
    return yyyymm % 100 == 12 ? (yyyymm / 100 + 1) * 100 + 1 : yyyymm + 1;
  }
}
