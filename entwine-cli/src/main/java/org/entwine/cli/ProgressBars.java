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
}
