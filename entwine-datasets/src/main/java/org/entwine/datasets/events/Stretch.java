package org.entwine.datasets.events;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.roaringbitmap.RoaringBitmap;

/**
 * One piece of the input the fast reader hands to a thread: a byte range of a plain file, or a
 * whole zip entry. It keeps what reading it gave, so that line numbers and repeated event ids can
 * be settled across pieces once all are read.
 */
final class Stretch {
  /**
   * At most this many problems are listed per stretch, so a file of nothing but bad rows cannot
   * fill the heap.
   */
  static final int MAX_LISTED = 10_000;

  /** A quarantined row: its line within the stretch (1-based) and why. */
  record Problem(long line, String reason) {}

  final Path file;

  /** The zip entry, or null for a plain file. */
  final String entry;

  final long offset;
  final long length;

  long lines;
  long rows;
  long relations;
  long duplicates;
  long unlisted;
  final List<Problem> problems = new ArrayList<>();

  /** The ids of the relations counted here (each once). */
  final RoaringBitmap ids = new RoaringBitmap();

  Stretch(Path file, String entry, long offset, long length) {
    this.file = file;
    this.entry = entry;
    this.offset = offset;
    this.length = length;
  }

  void quarantine(String reason) {
    if (problems.size() < MAX_LISTED) problems.add(new Problem(lines, reason));
    else unlisted++;
  }

  /** The file as a message names it: with the zip entry, if any. */
  String where() {
    return entry == null ? file.toString() : file + "!" + entry;
  }
}
