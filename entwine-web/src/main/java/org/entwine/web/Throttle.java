package org.entwine.web;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed sign-ins counted by a key (an account, an address, a browser) over {@link #WINDOW}: after
 * {@code free} failures the next attempt waits a second after the last failure, after one more two
 * seconds, then four…, at most {@link #LONGEST_WAIT}. A slow-down, never a lock: the wait does not
 * outgrow a minute, and a right password after it signs in.
 */
final class Throttle {
  static final Duration WINDOW = Duration.ofMinutes(15);
  static final Duration LONGEST_WAIT = Duration.ofMinutes(1);

  /** Beyond this many keys, those with no failure in the window are dropped. */
  private static final int KEYS = 100_000;

  private final int free;
  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

  Throttle(int free) {
    this.free = free;
  }

  /** How long the next attempt for {@code key} must still wait at {@code now} (zero: none). */
  Duration waitFor(String key, Instant now) {
    Deque<Instant> d = failures.get(key);
    if (d == null) return Duration.ZERO;
    synchronized (d) {
      prune(d, now);
      if (d.size() < free) return Duration.ZERO;
      int over = d.size() - free + 1;
      Duration wait =
          over > 6 ? LONGEST_WAIT : min(Duration.ofSeconds(1L << (over - 1)), LONGEST_WAIT);
      Duration left = Duration.between(now, d.peekLast().plus(wait));
      return left.isNegative() ? Duration.ZERO : left;
    }
  }

  /** The failures for {@code key} in the window. */
  int failures(String key, Instant now) {
    Deque<Instant> d = failures.get(key);
    if (d == null) return 0;
    synchronized (d) {
      prune(d, now);
      return d.size();
    }
  }

  void failed(String key, Instant now) {
    if (failures.size() > KEYS)
      failures.values().removeIf(d -> failuresIn(d, now) == 0); // an attacker's many names
    Deque<Instant> d = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
    synchronized (d) {
      d.addLast(now);
    }
  }

  void clear(String key) {
    failures.remove(key);
  }

  private static int failuresIn(Deque<Instant> d, Instant now) {
    synchronized (d) {
      prune(d, now);
      return d.size();
    }
  }

  private static void prune(Deque<Instant> d, Instant now) {
    while (!d.isEmpty() && d.peekFirst().isBefore(now.minus(WINDOW))) d.pollFirst();
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
