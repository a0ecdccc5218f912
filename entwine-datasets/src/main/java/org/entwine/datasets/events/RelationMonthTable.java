package org.entwine.datasets.events;

import java.util.Arrays;
import java.util.function.Consumer;
import org.entwine.events.CameoFamily;
import org.entwine.events.RelationMonth;
import org.entwine.time.Month;

/**
 * Relation-month aggregates in primitive arrays, keyed by one long: the two three-letter CAMEO
 * country codes (5 bits a letter, so keys sort as the codes do) and the month. An open-addressing
 * index (keys and row numbers, small enough to stay in cache) points into dense rows where a
 * group's figures sit side by side, so adding an event costs one trip to memory. The fast reader
 * keeps one per thread and merges them. Memory grows with the number of relation-months (bounded by
 * countries² × months), never with the number of rows. The month is packed YYYYMM in the key, as
 * the readers parse it from each row: a relation-month leaves the table with its {@link Month}.
 */
final class RelationMonthTable implements EventSink {
  /** How many CAMEO families a row counts (values() copies its array on each call). */
  private static final int FAMILIES = CameoFamily.values().length;

  /**
   * Per row, 64 bytes (a cache line): events; verbal and material cooperation (two ints); verbal
   * and material conflict (two ints); mentions; sources; articles; Goldstein sum and tone sum (as
   * double bits).
   */
  private static final int ROW = 8;

  private static final int GOLDSTEIN = 6;
  private static final int TONE = 7;

  /**
   * Rows start 48 bytes into the array, past its 16-byte header, so that in a large array (which
   * the JVM places at the start of a heap region) each row fills exactly one cache line.
   */
  private static final int BASE = 6;

  /**
   * Per row, the counts by {@link CameoFamily} (seven, two to a long as the QuadClass counts are)
   * in 32 bytes of an array of their own, two rows to a cache line: only an event of a family
   * (about half of them) goes there, so the rows every event reaches stay one cache line each.
   */
  private static final int FAMILY_ROW = 4;

  private static final int FAMILY_BASE = 2;

  /** The index: key and row number side by side, so a probe reads one cache line. */
  private long[] index;

  private int mask;
  private long[] rows = new long[BASE + ROW * 1024];
  private long[] families = new long[FAMILY_BASE + FAMILY_ROW * 1024];
  private long[] rowKeys = new long[1024];
  private int size;

  RelationMonthTable() {
    index(1 << 14);
  }

  private void index(int capacity) {
    index = new long[2 * capacity];
    mask = capacity - 1;
    for (int r = 0; r < size; r++) {
      int i = hash(rowKeys[r]) & mask;
      while (index[2 * i] != 0) i = (i + 1) & mask;
      index[2 * i] = rowKeys[r];
      index[2 * i + 1] = r;
    }
  }

  /** A three-letter code of upper-case letters as 15 bits, or -1 when the bytes are not one. */
  static int pack(int a, int b, int c) {
    int x = a - 'A';
    int y = b - 'A';
    int z = c - 'A';
    if ((x | y | z) < 0 || x > 25 || y > 25 || z > 25) return -1;
    return ((x + 1) << 10) | ((y + 1) << 5) | (z + 1);
  }

  static String unpack(int code) {
    return new String(
        new char[] {
          (char) ('A' - 1 + (code >> 10)),
          (char) ('A' - 1 + ((code >> 5) & 31)),
          (char) ('A' - 1 + (code & 31))
        });
  }

  /** Never 0 (the empty slot), since a packed code is never 0. */
  static long key(int actor, int partner, int yyyymm) {
    return ((long) actor << 35) | ((long) partner << 20) | yyyymm;
  }

  private static int hash(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }

  /** The offset of the key's row, added if new. */
  private int row(long key) {
    int i = hash(key) & mask;
    while (true) {
      long k = index[2 * i];
      if (k == key) return BASE + (int) index[2 * i + 1] * ROW;
      if (k == 0) break;
      i = (i + 1) & mask;
    }
    if (size == rowKeys.length) {
      rowKeys = Arrays.copyOf(rowKeys, size * 2);
      rows = Arrays.copyOf(rows, BASE + size * 2 * ROW);
      families = Arrays.copyOf(families, FAMILY_BASE + size * 2 * FAMILY_ROW);
    }
    index[2 * i] = key;
    index[2 * i + 1] = size;
    rowKeys[size] = key;
    int at = BASE + size++ * ROW;
    if (size * 2 > mask + 1) index((mask + 1) * 2);
    return at;
  }

  private int find(long key) {
    for (int i = hash(key) & mask; ; i = (i + 1) & mask) {
      if (index[2 * i] == key) return BASE + (int) index[2 * i + 1] * ROW;
    }
  }

  @Override
  public void add(
      long key,
      int quad,
      int families,
      double goldstein,
      long mentions,
      long sources,
      long articles,
      double tone,
      int sign) {
    int s = row(key);
    if (families != 0) addFamilies(s, families, sign);
    long[] a = rows;
    a[s] += sign;
    // quad 1, 2 in the low and high halves of the second long; 3, 4 of the third
    a[s + 1 + ((quad - 1) >> 1)] += (quad & 1) == 1 ? sign : (long) sign << 32;
    a[s + 3] += sign * mentions;
    a[s + 4] += sign * sources;
    a[s + 5] += sign * articles;
    a[s + GOLDSTEIN] =
        Double.doubleToRawLongBits(Double.longBitsToDouble(a[s + GOLDSTEIN]) + sign * goldstein);
    a[s + TONE] = Double.doubleToRawLongBits(Double.longBitsToDouble(a[s + TONE]) + sign * tone);
  }

  private void addFamilies(int row, int mask, int sign) {
    int f = familyRow(row);
    for (int m = mask; m != 0; m &= m - 1) {
      int i = Integer.numberOfTrailingZeros(m);
      families[f + (i >> 1)] += (i & 1) == 0 ? sign : (long) sign << 32;
    }
  }

  /** Where the family counts of the row at {@code row} (an offset into rows) start. */
  private static int familyRow(int row) {
    return FAMILY_BASE + (row - BASE) / ROW * FAMILY_ROW;
  }

  int size() {
    return size;
  }

  /**
   * Two counts in one long, as low + high × 2³²: adding to either is adding to the long, and both
   * are whole and below 2³² once all events are in (a relation-month with four billion events is
   * not news).
   */
  private static long low(long two) {
    return two & 0xFFFFFFFFL;
  }

  private static long high(long two) {
    return two >>> 32;
  }

  /** Copies the keys into {@code into} from {@code at}; returns where the next goes. */
  int keys(long[] into, int at) {
    System.arraycopy(rowKeys, 0, into, at, size);
    return at + size;
  }

  /**
   * Hands the relation-month of {@code key} to {@code each}, with the raw CAMEO codes; a group
   * taken back to no events is left out.
   */
  void visit(long key, Consumer<RelationMonth> each) {
    int s = find(key);
    if (rows[s] == 0) return;
    long[] counts = new long[FAMILIES];
    int f = familyRow(s);
    for (int i = 0; i < counts.length; i++)
      counts[i] = (i & 1) == 0 ? low(families[f + (i >> 1)]) : high(families[f + (i >> 1)]);
    each.accept(
        new RelationMonth(
            unpack((int) (key >>> 35)),
            unpack((int) (key >>> 20) & 0x7FFF),
            Month.ofPacked((int) (key & 0xFFFFF)),
            rows[s],
            new long[] {low(rows[s + 1]), high(rows[s + 1]), low(rows[s + 2]), high(rows[s + 2])},
            Double.longBitsToDouble(rows[s + GOLDSTEIN]),
            rows[s + 3],
            rows[s + 4],
            rows[s + 5],
            Double.longBitsToDouble(rows[s + TONE]),
            counts));
  }
}
