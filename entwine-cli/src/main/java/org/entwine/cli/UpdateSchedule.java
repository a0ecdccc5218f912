package org.entwine.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entwine.datasets.update.Period;
import org.entwine.input.UserInputException;
import org.entwine.storage.StoreBusyException;
import org.entwine.web.WebApp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code entwine serve --update EVERY}: an update every so often beside the server, its words in
 * the server's log ({@code entwine.update}). A run that stored something has the server compute its
 * kept answers again; a run that failed (it stored nothing) is logged and tried again after ten
 * minutes, then twenty, and so on up to the interval; a run that finds another update holding the
 * store waits for the next.
 */
final class UpdateSchedule implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger("entwine.update");
  private static final Pattern EVERY = Pattern.compile("(\\d+)\\s*([smhd])");
  private static final Duration FIRST_RETRY = Duration.ofMinutes(10);

  private final Duration every;
  private final Callable<Boolean> update;
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "entwine-update");
            t.setDaemon(true);
            return t;
          });
  private int failures;

  /** Updates by {@code update} (true: it stored something) every {@code every}. */
  UpdateSchedule(Duration every, Callable<Boolean> update) {
    this.every = every;
    this.update = update;
  }

  /**
   * GDELT's updates beside {@code served}, in its turns on the store, from the month of the latest
   * export loaded; not started yet.
   */
  static UpdateSchedule gdelt(WebApp.Served served, Duration every, GdeltRun run) {
    return new UpdateSchedule(
        every,
        () -> {
          try (PrintWriter log = log(false);
              PrintWriter warnings = log(true)) {
            return run.run(served.inTurns(), Period.of(null, null), false, log, warnings);
          }
        });
  }

  /** The interval typed: hourly, daily, or a number of minutes, hours or days (90m, 6h, 2d). */
  static Duration every(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    if (t.equals("hourly")) return Duration.ofHours(1);
    if (t.equals("daily")) return Duration.ofDays(1);
    Matcher m = EVERY.matcher(t);
    if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      Duration d =
          switch (m.group(2)) {
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
          };
      if (!d.isZero()) return d;
    }
    throw new UserInputException(
        "--update expects hourly, daily, or a number of minutes, hours or days (90m, 6h, 2d), got '"
            + text
            + "'");
  }

  /** Starts: the first run after {@code first}. */
  void start(Duration first) {
    LOG.info("the store is updated every {}, the first run in {}", words(every), words(first));
    timer.schedule(this::runOnce, first.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void runOnce() {
    Duration next = every;
    try {
      boolean stored = update.call();
      failures = 0;
      if (stored) LOG.info("update stored; the server's answers are computed again from it");
    } catch (StoreBusyException e) {
      LOG.warn("{}; trying again in {}", e.getMessage(), words(every));
    } catch (Exception e) {
      failures++;
      Duration retry = FIRST_RETRY.multipliedBy(1L << Math.min(failures - 1, 20));
      next = retry.compareTo(every) < 0 ? retry : every;
      LOG.error(
          "update failed, nothing was stored: {}; trying again in {}",
          e.getMessage() == null ? e.toString() : e.getMessage(),
          words(next));
      LOG.debug("its cause", e);
    } finally {
      // whatever happened, the server keeps updating
      if (!timer.isShutdown())
        timer.schedule(this::runOnce, next.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  private static String words(Duration d) {
    if (d.toDays() > 0 && d.equals(Duration.ofDays(d.toDays())))
      return d.toDays() == 1 ? "day" : d.toDays() + " days";
    if (d.toHours() > 0 && d.equals(Duration.ofHours(d.toHours())))
      return d.toHours() == 1 ? "hour" : d.toHours() + " hours";
    if (d.toMinutes() > 0 && d.equals(Duration.ofMinutes(d.toMinutes())))
      return d.toMinutes() + " min";
    return d.toSeconds() + " s";
  }

  /** Lines written to it go to the update's log, each at {@code info} or as a warning. */
  static PrintWriter log(boolean warning) {
    return new PrintWriter(
        new Writer() {
          private final StringBuilder line = new StringBuilder();

          @Override
          public synchronized void write(char[] chars, int off, int len) {
            for (int i = off; i < off + len; i++) {
              if (chars[i] == '\n') flushLine();
              else line.append(chars[i]);
            }
          }

          private void flushLine() {
            if (line.length() == 0) return;
            String text = line.toString().replaceFirst("^entwine: ", "");
            if (warning) LOG.warn(text);
            else LOG.info(text);
            line.setLength(0);
          }

          @Override
          public synchronized void flush() {
            // a line is logged when it ends
          }

          @Override
          public synchronized void close() {
            flushLine();
          }
        },
        true);
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
