package org.entwine.datasets.events;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.entwine.events.CameoFamily;
import org.roaringbitmap.RoaringBitmap;

/**
 * Parses the whole lines of one stretch of a GDELT export, straight from its bytes, into an {@link
 * EventSink}. Only the eleven fields a relation-month needs are decoded; the fields between them
 * and the rest of the line are crossed eight bytes at a time (tabs and newlines found with word
 * arithmetic), counting tabs to check the field count. The bytes are a heap array: copying a mapped
 * stretch into one costs less than it saves on every byte read afterwards (measured). Numbers are
 * read without making strings; a decimal of up to 15 digits is one exact division, so it equals
 * {@link Double#parseDouble} (tested), and anything longer or stranger goes to parseDouble itself.
 * Rules and reasons are {@link GdeltRows}'s, the same as the plain reader's.
 */
final class GdeltChunk {
  private static final long TABS = 0x0909090909090909L;
  private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;
  private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGH = 0x8080808080808080L;
  private static final double[] POW10 = new double[23];

  static {
    POW10[0] = 1;
    for (int i = 1; i < POW10.length; i++) POW10[i] = POW10[i - 1] * 10;
  }

  private final byte[] b;

  /** The same bytes, read eight at a time. */
  private final ByteBuffer words;

  private final int limit;
  private final boolean[] known;

  private final Stretch tally;

  private int p;
  private int lineStart;
  // the fields of the row being read
  private long id;
  // packed YYYYMM as the row writes it: read per row, it goes into the table's key as it is
  private int month;
  private int actor;
  private int partner;
  private int quad;
  private int families;
  private double goldstein;
  private long mentions;
  private long sources;
  private long articles;
  private double tone;

  /** {@code bytes} holds whole lines from 0 to {@code length}, the last ending in a newline too. */
  GdeltChunk(byte[] bytes, int length, boolean[] knownCodes, Stretch tally) {
    this.tally = tally;
    this.b = bytes;
    this.words = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    this.limit = length;
    this.known = knownCodes;
  }

  /** Adds every relation to {@code table}, counting an event id once. */
  void read(EventSink table) {
    scan(table, null, null);
  }

  /**
   * Takes back from {@code table} the first counted row of each id in {@code again}: ids an earlier
   * stretch or an earlier load had already counted. {@code takenBack} spans the stretch's buffers.
   */
  void takeBack(EventSink table, RoaringBitmap again, RoaringBitmap takenBack) {
    scan(table, again, takenBack);
  }

  private void scan(EventSink table, RoaringBitmap again, RoaringBitmap takenBack) {
    p = 0;
    while (p < limit) {
      lineStart = p;
      if (again == null) tally.lines++;
      if (at(p) == '\n') {
        p++;
        continue;
      }
      String problem = row();
      if (again != null) {
        if (problem == null
            && actor != 0
            && again.contains((int) id)
            && takenBack.checkedAdd((int) id)) {
          table.add(
              RelationMonthTable.key(actor, partner, month),
              quad,
              families,
              goldstein,
              mentions,
              sources,
              articles,
              tone,
              -1);
        }
        continue;
      }
      tally.rows++;
      if (problem != null) {
        tally.quarantine(problem);
        continue;
      }
      if (actor == 0) continue; // not a relation
      if (!tally.ids.checkedAdd((int) id)) {
        tally.duplicates++;
        continue;
      }
      tally.relations++;
      table.add(
          RelationMonthTable.key(actor, partner, month),
          quad,
          families,
          goldstein,
          mentions,
          sources,
          articles,
          tone,
          1);
    }
  }

  /**
   * Reads the row at {@code p} and leaves {@code p} at the next line. Returns why the row is bad,
   * or null; {@code actor} is 0 when the row is not a relation.
   */
  private String row() {
    actor = 0;
    int c;
    int start = p;
    long n = 0;
    while ((c = at(p)) >= '0' && c <= '9') {
      n = n * 10 + (c - '0');
      p++;
    }
    if (c != '\t' || p == start || p - start > 10 || n > 0xFFFFFFFFL) {
      // ids are kept as unsigned 32-bit numbers; GDELT's run to about 1.3 billion so far
      return bad(GdeltRows.notA("GLOBALEVENTID", "a whole number below 2^32", text(start)));
    }
    id = n;
    p++;
    if (!skip(1)) return bad(null);
    start = p;
    int m = 0;
    while ((c = at(p)) >= '0' && c <= '9') {
      m = m * 10 + (c - '0');
      p++;
    }
    if (c != '\t' || p - start != 6 || !GdeltRows.validMonth(m))
      return bad(GdeltRows.notA("MonthYear", GdeltRows.month(), text(start)));
    month = m;
    p++;
    if (!skip(4)) return bad(null);
    int a = country();
    if (a < 0)
      return bad(GdeltRows.notA("Actor1CountryCode", "a three-letter CAMEO country code", text(p)));
    if (a == 0) return pass(GdeltRows.ACTOR1_COUNTRY + 1);
    if (!skip(9)) return bad(null);
    int z = country();
    if (z < 0)
      return bad(GdeltRows.notA("Actor2CountryCode", "a three-letter CAMEO country code", text(p)));
    if (z == 0 || z == a) return pass(GdeltRows.ACTOR2_COUNTRY + 1);
    if (!skip(8)) return bad(null);
    start = p;
    int code = 0;
    while ((c = at(p)) >= '0' && c <= '9' && p - start < 4) {
      code = code * 10 + (c - '0');
      p++;
    }
    if (c != '\t')
      return bad(GdeltRows.notA("EventCode", "a CAMEO code of three or four digits", text(start)));
    int digits = p - start;
    int codeStart = start;
    p++;
    if (!skip(2)) return bad(null);
    start = p;
    c = at(p);
    if (c < '1' || c > '4' || at(p + 1) != '\t')
      return bad(GdeltRows.notA("QuadClass", "1, 2, 3 or 4", text(start)));
    quad = c - '0';
    p += 2;
    if (!GdeltRows.eventCodeFits(code, digits, quad, known)) {
      return bad(GdeltRows.eventCodeProblem(code, digits, quad, known, text(codeStart)));
    }
    families = CameoFamily.mask(code, digits);
    start = p;
    goldstein = decimal();
    if (Double.isNaN(goldstein) || goldstein < -10 || goldstein > 10)
      return bad(GdeltRows.notA("GoldsteinScale", "a number from -10 to 10", text(start)));
    start = p;
    mentions = whole();
    if (mentions < 0) return bad(GdeltRows.notA("NumMentions", "a whole number", text(start)));
    start = p;
    sources = whole();
    if (sources < 0) return bad(GdeltRows.notA("NumSources", "a whole number", text(start)));
    start = p;
    articles = whole();
    if (articles < 0) return bad(GdeltRows.notA("NumArticles", "a whole number", text(start)));
    start = p;
    tone = decimal();
    if (Double.isNaN(tone) || !GdeltRows.validTone(tone))
      return bad(GdeltRows.notA("AvgTone", "a number from -100 to 100", text(start)));
    int fields = fields(GdeltRows.TONE + 1);
    if (!GdeltRows.validFieldCount(fields)) return GdeltRows.fieldCount(fields);
    actor = a;
    partner = z;
    return null;
  }

  /**
   * A row that is not a relation: only its field count is checked. {@code tabs} have been crossed.
   */
  private String pass(int tabs) {
    int fields = fields(tabs);
    return GdeltRows.validFieldCount(fields) ? null : GdeltRows.fieldCount(fields);
  }

  /**
   * The row is bad; a wrong field count is the reason given first, as the plain reader gives it.
   */
  private String bad(String reason) {
    int fields = 1;
    int q = lineStart;
    int c;
    while ((c = at(q)) != '\n') {
      if (c == '\t') fields++;
      q++;
    }
    p = q + 1;
    if (!GdeltRows.validFieldCount(fields) || reason == null) return GdeltRows.fieldCount(fields);
    return reason;
  }

  private byte at(int i) {
    return b[i];
  }

  /**
   * Crosses {@code n} fields, a word at a time (runs of empty fields cost one word); false if the
   * line ends first.
   */
  private boolean skip(int n) {
    while (p + 8 <= limit) {
      long w = words.getLong(p);
      long tabs = zeroBytes(w ^ TABS);
      long newline = zeroBytes(w ^ NEWLINES);
      if (newline != 0) tabs &= newline - 1; // only the tabs before the newline
      int count = Long.bitCount(tabs);
      if (count >= n) {
        for (int i = 1; i < n; i++) tabs &= tabs - 1;
        p += (Long.numberOfTrailingZeros(tabs) >>> 3) + 1;
        return true;
      }
      if (newline != 0) {
        p += Long.numberOfTrailingZeros(newline) >>> 3;
        return false;
      }
      n -= count;
      p += 8;
    }
    for (int i = 0; i < n; i++) {
      int c;
      while (((c = b[p++]) & 0xFF) > '\n') {
        // a field's bytes
      }
      if (c != '\t') {
        p--;
        return false;
      }
    }
    return true;
  }

  /**
   * A three-letter code, packed; 0 for an empty field, -1 for anything else. Leaves p after the
   * tab.
   */
  private int country() {
    if (at(p) == '\t') {
      p++;
      return 0;
    }
    if (p + 3 >= limit || at(p + 3) != '\t') return -1;
    int code = RelationMonthTable.pack(at(p), at(p + 1), at(p + 2));
    if (code > 0) p += 4;
    return code;
  }

  /** A whole number followed by a tab, or -1. */
  private long whole() {
    int start = p;
    long n = 0;
    int c;
    while ((c = at(p)) >= '0' && c <= '9') {
      n = n * 10 + (c - '0');
      p++;
    }
    if (c != '\t' || p == start || p - start > 18) return -1;
    p++;
    return n;
  }

  /** A decimal followed by a tab, or NaN. */
  private double decimal() {
    int start = p;
    boolean negative = at(p) == '-';
    if (negative) p++;
    long mantissa = 0;
    int digits = 0;
    int fraction = -1;
    int c;
    while (true) {
      c = at(p);
      if (c >= '0' && c <= '9') {
        mantissa = mantissa * 10 + (c - '0');
        digits++;
        if (fraction >= 0) fraction++;
      } else if (c == '.' && fraction < 0) {
        fraction = 0;
      } else {
        break;
      }
      p++;
    }
    if (c == '\t' && digits > 0 && digits <= 15 && fraction != 0) {
      p++;
      // both operands are exact doubles, so the one division is correctly rounded, as parseDouble
      // is
      double v = fraction <= 0 ? mantissa : mantissa / POW10[fraction];
      return negative ? -v : v;
    }
    while ((c = at(p)) != '\t' && c != '\n') p++;
    if (c != '\t') return Double.NaN;
    String t = new String(b, start, p - start, StandardCharsets.UTF_8);
    p++;
    return GdeltRows.number(t);
  }

  /** The line's field count, given the tabs crossed so far; crosses the rest of it. */
  private int fields(int tabsCrossed) {
    return tabsCrossed + restOfLine() + 1;
  }

  /** Crosses the rest of the line; returns the tabs crossed. */
  private int restOfLine() {
    long r = TAIL.scan(b, words, p, limit);
    p = (int) r;
    return (int) (r >>> 32);
  }

  /**
   * Crosses a line's tail: returns the tabs crossed (high 32 bits) and the start of the next line
   * (low 32 bits). The tail is most of a line and most of the reader's time; where the JDK's vector
   * module is enabled, {@link VectorTail} does it 32 bytes at a time, else {@link #scalarTail}
   * eight.
   */
  interface Tail {
    long scan(byte[] b, ByteBuffer words, int p, int limit);
  }

  static final Tail TAIL = vectorModule() ? VectorTail.create() : GdeltChunk::scalarTail;

  /**
   * Whether the JDK's vector module is enabled in this JVM (checked without loading a class that
   * needs it).
   */
  static boolean vectorModule() {
    return ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()
        && !Boolean.getBoolean("entwine.scalar");
  }

  static long scalarTail(byte[] b, ByteBuffer words, int p, int limit) {
    long tabs = 0;
    // two words a turn while neither holds the newline: most of a line's tail
    while (p + 16 <= limit) {
      long w1 = words.getLong(p);
      long w2 = words.getLong(p + 8);
      long x1 = w1 ^ NEWLINES;
      long x2 = w2 ^ NEWLINES;
      if (((((x1 - ONES) & ~x1) | ((x2 - ONES) & ~x2)) & HIGH) != 0) break;
      tabs += Long.bitCount(zeroBytes(w1 ^ TABS)) + Long.bitCount(zeroBytes(w2 ^ TABS));
      p += 16;
    }
    while (p + 8 <= limit) {
      long w = words.getLong(p);
      long x = w ^ NEWLINES;
      // the short test finds whether a word holds a newline, and the lowest one exactly
      long newline = (x - ONES) & ~x & HIGH;
      if (newline != 0) {
        int i = Long.numberOfTrailingZeros(newline) >>> 3;
        tabs += Long.bitCount(zeroBytes(w ^ TABS) & ((1L << (i << 3)) - 1));
        return (tabs << 32) | (p + i + 1);
      }
      tabs += Long.bitCount(zeroBytes(w ^ TABS));
      p += 8;
    }
    return (tabs << 32) | bytewiseTail(b, p, tabs);
  }

  /**
   * The last bytes of a tail, one at a time; returns the next line's start, with {@code tabs} added
   * in the high bits.
   */
  static long bytewiseTail(byte[] b, int p, long tabs) {
    int c;
    while ((c = b[p++]) != '\n') {
      if (c == '\t') tabs++;
    }
    return (tabs << 32) | p;
  }

  /**
   * 0x80 in each byte of {@code x} that is zero, exactly (no false positives, unlike the shorter
   * trick).
   */
  static long zeroBytes(long x) {
    long t = (x & LOW7) + LOW7;
    return ~(t | x | LOW7);
  }

  /** The field starting at {@code from}, as written, for a message. */
  private String text(int from) {
    int q = from;
    int c;
    while ((c = at(q)) != '\t' && c != '\n' && q - from < 41) q++;
    return new String(b, from, q - from, StandardCharsets.UTF_8);
  }
}
