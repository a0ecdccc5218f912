package org.entwine.datasets.events;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.entwine.datasets.Progress;
import org.entwine.events.CameoCodebook;
import org.entwine.events.RelationMonth;
import org.entwine.exchange.ExchangeException;
import org.entwine.exchange.ExchangeProblem;
import org.entwine.input.UserInputException;
import org.roaringbitmap.RoaringBitmap;

/**
 * The fast GDELT reader: files are cut into stretches of whole lines, read in parallel straight
 * from memory-mapped bytes (zip entries are inflated block by block), into tables split by key
 * among the threads ({@link RelationMonthTables}). Memory holds the tables (one row per
 * relation-month), a bitmap of event ids and one block per thread, whatever the size of the input.
 *
 * <p>An event id counts once across the whole input and across earlier loads ({@code known}): each
 * stretch counts its own ids once as it reads; afterwards, in input order, ids a stretch shares
 * with what came before are taken back from the totals by reading that stretch again. GDELT rarely
 * repeats an id, so the second reading is rare; re-loading a file already loaded takes it all back.
 */
public final class GdeltScan {
  /** The size of a stretch of a plain file: the unit of work a thread takes. */
  static final int STRETCH = 16 << 20;

  /**
   * A thread parses a stretch in blocks copied from the mapped file into a buffer that stays in the
   * core's cache: parsing from the mapped file directly, or from whole stretches copied onto the
   * heap, was slower (measured: docs/benchmarks.md).
   */
  private static final int BLOCK = 256 << 10;

  /**
   * The most quarantined rows listed one by one; beyond, a stretch's count is given in one line.
   */
  private static final int MAX_LISTED = 100_000;

  /** The longest line accepted; GDELT's are under 2 KB. */
  private static final int LONGEST_LINE = 128 << 10;

  /**
   * What a read gave.
   *
   * @param ids every event id counted, this read's and {@code known}'s
   */
  public record Result(
      RelationMonthTables table,
      long rows,
      long relations,
      long duplicates,
      long quarantined,
      List<String> quarantine,
      RoaringBitmap ids,
      long bytes) {

    /**
     * The relation-months in order of actor, partner and month, with the CAMEO country codes as the
     * files write them.
     */
    public void forEach(Consumer<RelationMonth> each) {
      table.forEach(each);
    }

    /** The same as a list, for small inputs. */
    public List<RelationMonth> series() {
      List<RelationMonth> out = new ArrayList<>();
      table.forEach(out::add);
      return out;
    }
  }

  private GdeltScan() {}

  public static Result read(
      List<EventFiles.Input> inputs,
      RoaringBitmap known,
      CameoCodebook codebook,
      int threads,
      Progress progress) {
    return read(inputs, known, codebook, threads, progress, STRETCH, BLOCK);
  }

  /**
   * The same with other sizes of stretch and block: tests use small ones, to cut lines and files in
   * many places.
   */
  static Result read(
      List<EventFiles.Input> inputs,
      RoaringBitmap known,
      CameoCodebook codebook,
      int threads,
      Progress progress,
      int stretch,
      int block) {
    boolean[] knownCodes = GdeltRows.knownCodes(codebook);
    List<Stretch> stretches = new ArrayList<>();
    for (EventFiles.Input in : inputs) stretches.addAll(gdeltStretches(in, stretch));
    AtomicInteger next = new AtomicInteger();
    RelationMonthTables tables =
        scan(
            Math.max(1, Math.min(threads, stretches.size())),
            new Work() {
              @Override
              public Stretch next() {
                int i = next.getAndIncrement();
                return i < stretches.size() ? stretches.get(i) : null;
              }

              @Override
              public void failed(RuntimeException e) {
                // the others stop at the next stretch through Tasks.join's failure
              }
            },
            knownCodes,
            progress,
            block);
    return settle(stretches, tables, known, knownCodes, block);
  }

  /**
   * Reads files as they arrive (downloads), the threads taking each file's stretches as it comes;
   * repeated ids are settled in the files' input order, not their order of arrival, so the result
   * is that of {@link #read(List, RoaringBitmap, CameoCodebook, int, Progress)} on the same files
   * in that order. A failure of the arrivals (a download that failed) stops the read with it; a
   * failure of the read fails the arrivals, so that whoever still fetches stops.
   */
  public static Result read(
      Arrivals arrivals,
      RoaringBitmap known,
      CameoCodebook codebook,
      int threads,
      Progress progress) {
    return read(arrivals, known, codebook, threads, progress, STRETCH, BLOCK);
  }

  static Result read(
      Arrivals arrivals,
      RoaringBitmap known,
      CameoCodebook codebook,
      int threads,
      Progress progress,
      int stretch,
      int block) {
    boolean[] knownCodes = GdeltRows.knownCodes(codebook);
    Feed feed = new Feed(arrivals, stretch);
    RelationMonthTables tables = scan(Math.max(1, threads), feed, knownCodes, progress, block);
    return settle(feed.inOrder(), tables, known, knownCodes, block);
  }

  /** Where the threads take their stretches from; told when one of them fails. */
  private interface Work {
    /** The next stretch to read, or null when there is none left. */
    Stretch next() throws InterruptedException;

    void failed(RuntimeException e);
  }

  /** The stretches of the files as they arrive, each file's taken by the thread that took it. */
  private static final class Feed implements Work {
    private final Arrivals arrivals;
    private final int stretch;
    private final ArrayDeque<Stretch> pending = new ArrayDeque<>();
    private final List<Arrivals.Arrival> placed = new ArrayList<>();
    private final java.util.Map<Arrivals.Arrival, List<Stretch>> cut = new java.util.HashMap<>();

    Feed(Arrivals arrivals, int stretch) {
      this.arrivals = arrivals;
      this.stretch = stretch;
    }

    @Override
    public Stretch next() throws InterruptedException {
      synchronized (this) {
        if (!pending.isEmpty()) return pending.poll();
      }
      Arrivals.Arrival a = arrivals.take();
      if (a == null) {
        synchronized (this) {
          return pending.poll(); // another thread may still be cutting the last file
        }
      }
      List<Stretch> s = new ArrayList<>();
      for (EventFiles.Input in : a.inputs()) s.addAll(gdeltStretches(in, stretch));
      synchronized (this) {
        placed.add(a);
        cut.put(a, s);
        if (!s.isEmpty()) {
          pending.addAll(s.subList(1, s.size()));
          return s.get(0);
        }
      }
      return next(); // an empty file: nothing to read in it
    }

    @Override
    public void failed(RuntimeException e) {
      arrivals.fail(e);
    }

    /** Every stretch read, in the input order of the files. */
    synchronized List<Stretch> inOrder() {
      List<Stretch> out = new ArrayList<>();
      placed.stream()
          .sorted(java.util.Comparator.comparingInt(Arrivals.Arrival::place))
          .forEach(a -> out.addAll(cut.get(a)));
      return out;
    }
  }

  /** The stretches of a GDELT input; an input of another kind is refused. */
  private static List<Stretch> gdeltStretches(EventFiles.Input in, int stretch) {
    if (in.kind() != EventFiles.Kind.GDELT)
      throw new UserInputException(in.where() + " is not a GDELT export");
    return stretches(in, stretch);
  }

  /** Reads every stretch {@code work} hands out, on {@code workers} threads. */
  private static RelationMonthTables scan(
      int workers, Work work, boolean[] knownCodes, Progress progress, int block) {
    RelationMonthTables tables = new RelationMonthTables(workers);
    ExecutorService pool =
        Executors.newFixedThreadPool(
            workers,
            r -> {
              Thread t = new Thread(r, "gdelt-reader");
              t.setDaemon(true);
              return t;
            });
    try {
      List<Future<Object>> futures = new ArrayList<>();
      for (int w = 0; w < workers; w++) {
        futures.add(
            pool.submit(
                () -> {
                  try {
                    RelationMonthTables.Outbox table = tables.outbox();
                    byte[] buffer = new byte[block + LONGEST_LINE + 1];
                    for (Stretch s; (s = work.next()) != null; ) {
                      Stretch read = s;
                      eachBuffer(
                          read,
                          buffer,
                          (buf, length) ->
                              new GdeltChunk(buf, length, knownCodes, read).read(table));
                      progress.advance(read.length);
                    }
                    table.flush();
                    return null;
                  } catch (RuntimeException e) {
                    work.failed(e);
                    throw e;
                  }
                }));
      }
      Tasks.join(futures);
    } finally {
      pool.shutdownNow();
    }
    return tables;
  }

  /**
   * Takes back ids counted before (in an earlier stretch or load), and numbers the quarantined
   * lines within their files.
   */
  private static Result settle(
      List<Stretch> stretches,
      RelationMonthTables total,
      RoaringBitmap known,
      boolean[] knownCodes,
      int block) {
    RoaringBitmap seen = known == null ? new RoaringBitmap() : known.clone();
    long bytes = 0;
    for (Stretch s : stretches) bytes += s.length;
    long rows = 0;
    long relations = 0;
    long duplicates = 0;
    long quarantined = 0;
    List<String> quarantine = new ArrayList<>();
    String file = null;
    long base = 0;
    byte[] work = null;
    for (Stretch s : stretches) {
      RoaringBitmap again = RoaringBitmap.and(s.ids, seen);
      if (!again.isEmpty()) {
        RoaringBitmap takenBack = new RoaringBitmap();
        if (work == null) work = new byte[block + LONGEST_LINE + 1];
        eachBuffer(
            s,
            work,
            (buf, length) ->
                new GdeltChunk(buf, length, knownCodes, s)
                    .takeBack(total.direct(), again, takenBack));
        s.duplicates += again.getLongCardinality();
        s.relations -= again.getLongCardinality();
      }
      seen.or(s.ids);
      if (!s.where().equals(file)) {
        file = s.where();
        base = 0;
      }
      int listed = 0;
      for (Stretch.Problem p : s.problems) {
        if (quarantine.size() >= MAX_LISTED) break;
        quarantine.add(file + ":" + (base + p.line()) + ": " + p.reason());
        listed++;
      }
      long unlisted = s.unlisted + s.problems.size() - listed;
      if (unlisted > 0) {
        quarantine.add(
            file
                + ": "
                + unlisted
                + " more bad rows between lines "
                + (base + 1)
                + " and "
                + (base + s.lines)
                + " are not listed");
      }
      base += s.lines;
      rows += s.rows;
      relations += s.relations;
      duplicates += s.duplicates;
      quarantined += s.problems.size() + s.unlisted;
    }
    return new Result(total, rows, relations, duplicates, quarantined, quarantine, seen, bytes);
  }

  /** Cuts a plain file into stretches that end at line ends; a zip entry is one stretch. */
  private static List<Stretch> stretches(EventFiles.Input in, int stretch) {
    Path f = in.file();
    List<Stretch> out = new ArrayList<>();
    if (in.entry() != null) {
      try {
        out.add(new Stretch(f, in.entry(), 0, in.size()));
      } catch (IOException e) {
        throw cannotRead(f, e);
      }
      return out;
    }
    try (FileChannel ch = FileChannel.open(f, StandardOpenOption.READ)) {
      long size = ch.size();
      long start = 0;
      while (start < size) {
        long stop = Math.min(size, start + stretch);
        if (stop < size) stop = afterNextNewline(ch, f, stop - 1);
        out.add(new Stretch(f, null, start, stop - start));
        start = stop;
      }
    } catch (IOException e) {
      throw cannotRead(f, e);
    }
    return out;
  }

  private static long afterNextNewline(FileChannel ch, Path f, long from) throws IOException {
    ByteBuffer look = ByteBuffer.allocate(LONGEST_LINE);
    ch.read(look, from);
    for (int i = 0; i < look.position(); i++) {
      if (look.get(i) == '\n') return from + i + 1;
    }
    if (from + look.position() >= ch.size()) return ch.size();
    throw new ExchangeException(
        new ExchangeProblem(
            f,
            0,
            null,
            "a line near byte "
                + from
                + " is longer than "
                + (LONGEST_LINE >> 10)
                + " KB: not a GDELT export"));
  }

  private interface BufferReader {
    void read(byte[] bytes, int length);
  }

  /**
   * Where a stretch's bytes come from, a block at a time: the mapped file, or the inflating zip
   * entry.
   */
  private interface Source {
    /**
     * Reads up to {@code length} bytes into {@code into} at {@code offset}; fewer only at the end.
     */
    int read(byte[] into, int offset, int length) throws IOException;
  }

  /**
   * Hands the stretch's bytes to {@code reader} in {@code work}, as runs of whole lines each ending
   * in a newline.
   */
  private static void eachBuffer(Stretch s, byte[] work, BufferReader reader) {
    try {
      if (s.entry != null) {
        try (InputStream in = new EventFiles.Input(s.file, s.entry, EventFiles.Kind.GDELT).open()) {
          inBlocks(in::readNBytes, s, work, reader);
        }
        return;
      }
      try (FileChannel ch = FileChannel.open(s.file, StandardOpenOption.READ)) {
        ByteBuffer mapped = ch.map(FileChannel.MapMode.READ_ONLY, s.offset, s.length);
        inBlocks(
            (into, offset, length) -> {
              int n = Math.min(length, mapped.remaining());
              mapped.get(into, offset, n);
              return n;
            },
            s,
            work,
            reader);
      }
    } catch (IOException e) {
      throw cannotRead(s.file, e);
    }
  }

  /**
   * Fills {@code block} from {@code source}, hands over the whole lines, and carries the start of
   * the last one over. The block holds a run of bytes, the longest line and one newline more.
   */
  private static void inBlocks(Source source, Stretch s, byte[] block, BufferReader reader)
      throws IOException {
    int run = block.length - LONGEST_LINE - 1;
    int filled = 0;
    while (true) {
      int room = Math.min(run, block.length - 1 - filled);
      int n = source.read(block, filled, room);
      filled += n;
      boolean end = n < room;
      int cut = filled;
      while (cut > 0 && block[cut - 1] != '\n') cut--;
      if (end && cut < filled) {
        block[filled++] = '\n'; // the file's last line had none
        cut = filled;
      }
      if (cut == 0 && filled >= block.length - 1) {
        throw new ExchangeException(
            new ExchangeProblem(
                s.file,
                0,
                null,
                "a line in "
                    + s.where()
                    + " is longer than "
                    + (LONGEST_LINE >> 10)
                    + " KB: not a GDELT export"));
      }
      if (cut > 0) reader.read(block, cut);
      System.arraycopy(block, cut, block, 0, filled - cut);
      filled -= cut;
      if (end) return;
    }
  }

  private static ExchangeException cannotRead(Path f, IOException e) {
    return new ExchangeException(
        new ExchangeProblem(f, 0, null, org.entwine.exchange.Unreadable.because(e)));
  }
}
