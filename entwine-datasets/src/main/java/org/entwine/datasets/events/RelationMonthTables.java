package org.entwine.datasets.events;

import java.util.Arrays;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.entwine.events.RelationMonth;

/**
 * The fast reader's relation-months, split by key into one table per thread, so that each
 * relation-month is held once (a table per thread of every key held most of them twice) and each
 * table is half as large to search. A thread does not write a table directly: it gathers its events
 * in an {@link Outbox} per table and adds them a batch at a time under that table's lock, waiting
 * only when a batch has grown large while another thread held the lock.
 */
public final class RelationMonthTables {
  private final RelationMonthTable[] parts;
  private final ReentrantLock[] locks;

  RelationMonthTables(int count) {
    parts = new RelationMonthTable[count];
    locks = new ReentrantLock[count];
    for (int i = 0; i < count; i++) {
      parts[i] = new RelationMonthTable();
      locks[i] = new ReentrantLock();
    }
  }

  /** The table a key belongs to: from other bits of the key's hash than the tables index by. */
  private int part(long key) {
    return (int) ((((key * 0xC2B2AE3D27D4EB4FL) >>> 32) * parts.length) >>> 32);
  }

  /** Adds straight to the tables: for one thread at a time, when no outbox is in use. */
  EventSink direct() {
    return (key, quad, families, goldstein, mentions, sources, articles, tone, sign) ->
        parts[part(key)].add(
            key, quad, families, goldstein, mentions, sources, articles, tone, sign);
  }

  Outbox outbox() {
    return new Outbox();
  }

  public int size() {
    int n = 0;
    for (RelationMonthTable t : parts) n += t.size();
    return n;
  }

  /** The relation-months of every table, in key order: actor, partner, month. */
  public void forEach(Consumer<RelationMonth> each) {
    long[] keys = new long[size()];
    int n = 0;
    for (RelationMonthTable t : parts) n = t.keys(keys, n);
    Arrays.sort(keys);
    for (long k : keys) parts[part(k)].visit(k, each);
  }

  /** A thread's batches of events, one per table. */
  final class Outbox implements EventSink {
    /**
     * Per event: key, quad and families (families × 256 + quad), Goldstein (bits), mentions,
     * sources, articles, tone (bits), sign.
     */
    private static final int EVENT = 8;

    private static final int BATCH = 4096;
    private static final int MOST = 4 * BATCH;
    private final long[][] batches = new long[parts.length][MOST * EVENT];
    private final int[] counts = new int[parts.length];

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
      int p = part(key);
      long[] b = batches[p];
      int at = counts[p]++ * EVENT;
      b[at] = key;
      b[at + 1] = (families << 8) | quad;
      b[at + 2] = Double.doubleToRawLongBits(goldstein);
      b[at + 3] = mentions;
      b[at + 4] = sources;
      b[at + 5] = articles;
      b[at + 6] = Double.doubleToRawLongBits(tone);
      b[at + 7] = sign;
      int n = counts[p];
      if (n >= BATCH && (n >= MOST || locks[p].tryLock())) {
        if (n >= MOST) locks[p].lock();
        try {
          deliver(p);
        } finally {
          locks[p].unlock();
        }
      }
    }

    /** Delivers what is left; the thread's last act. */
    void flush() {
      for (int p = 0; p < parts.length; p++) {
        locks[p].lock();
        try {
          deliver(p);
        } finally {
          locks[p].unlock();
        }
      }
    }

    private void deliver(int p) {
      long[] b = batches[p];
      RelationMonthTable t = parts[p];
      for (int i = 0, end = counts[p] * EVENT; i < end; i += EVENT) {
        t.add(
            b[i],
            (int) b[i + 1] & 0xFF,
            (int) b[i + 1] >>> 8,
            Double.longBitsToDouble(b[i + 2]),
            b[i + 3],
            b[i + 4],
            b[i + 5],
            Double.longBitsToDouble(b[i + 6]),
            (int) b[i + 7]);
      }
      counts[p] = 0;
    }
  }
}
