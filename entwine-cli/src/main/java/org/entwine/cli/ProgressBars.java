package org.entwine.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.entwine.datasets.Progress;

/**
 * A progress bar on stderr for long reads, measured in megabytes of input; none when not on a
 * terminal.
 */
final class ProgressBars {
  private ProgressBars() {}

  static ProgressBar open(String task, List<Path> files) {
    if (System.console() == null) return null;
    long total =
        files.stream()
            .mapToLong(
                f -> {
                  try {
                    return Files.size(f);
                  } catch (java.io.IOException e) {
                    return 0;
                  }
                })
            .sum();
    return new ProgressBarBuilder()
        .setTaskName(task)
        .setInitialMax(total)
        .setUnit(" MB", 1 << 20)
        .setStyle(ProgressBarStyle.ASCII)
        .setUpdateIntervalMillis(200)
        .continuousUpdate()
        .build();
  }

  static Progress of(ProgressBar bar) {
    return bar == null ? Progress.NONE : bar::stepBy;
  }

  static void close(ProgressBar bar, PrintWriter err) {
    if (bar != null) bar.close();
    err.flush();
  }

  /**
   * The progress of a transfer of {@code total} bytes: on a terminal a bar with its rate and the
   * time left; in a log (no terminal) a plain line every ten seconds, saying the same.
   */
  static Transfer transfer(String task, long total, PrintWriter err) {
    if (System.console() != null) {
      ProgressBar bar =
          new ProgressBarBuilder()
              .setTaskName(task)
              .setInitialMax(Math.max(total, 1))
              .setUnit(" MB", 1 << 20)
              .setStyle(ProgressBarStyle.ASCII)
              .setUpdateIntervalMillis(200)
              .showSpeed()
              .continuousUpdate()
              .build();
      return new Transfer() {
        @Override
        public void accept(long bytes) {
          bar.stepBy(bytes);
        }

        @Override
        public void close() {
          bar.close();
          err.flush();
        }
      };
    }
    return lines(task, total, err);
  }

  /** The same as plain lines, wherever it runs (a server's log). */
  static Transfer lines(String task, long total, PrintWriter err) {
    return new PlainTransfer(task, total, err);
  }

  /** Bytes as they arrive, shown; closing it ends the bar. */
  interface Transfer extends java.util.function.LongConsumer, AutoCloseable {
    @Override
    void close();
  }

  /** A line every ten seconds: what arrived of what is expected, at what rate, how long left. */
  private static final class PlainTransfer implements Transfer {
    private static final long EVERY = 10_000_000_000L;
    private final String task;
    private final long total;
    private final PrintWriter err;
    private final long start = System.nanoTime();
    private final java.util.concurrent.atomic.AtomicLong done =
        new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong said =
        new java.util.concurrent.atomic.AtomicLong(start);

    PlainTransfer(String task, long total, PrintWriter err) {
      this.task = task;
      this.total = total;
      this.err = err;
    }

    @Override
    public void accept(long bytes) {
      long now = System.nanoTime();
      long n = done.addAndGet(bytes);
      long last = said.get();
      if (now - last < EVERY || !said.compareAndSet(last, now)) return;
      double seconds = (now - start) / 1e9;
      double rate = n / seconds;
      err.printf(
          java.util.Locale.ROOT,
          "%s: %.1f of %.1f MB (%d%%), %.1f MB/s, about %s left%n",
          task,
          n / 1e6,
          total / 1e6,
          total == 0 ? 100 : Math.round(100.0 * n / total),
          rate / 1e6,
          rate <= 0 ? "?" : Math.round(Math.max(0, total - n) / rate) + " s");
      err.flush();
    }

    @Override
    public void close() {
      err.flush();
    }
  }
}
