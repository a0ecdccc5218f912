package org.entwine.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.entwine.datasets.update.FetchException;
import org.entwine.datasets.update.Fetcher;
import org.entwine.datasets.update.GdeltUpdate;
import org.entwine.datasets.update.Period;
import org.entwine.events.CameoCodebook;
import org.entwine.events.EventFile;
import org.entwine.storage.Store;

/**
 * One update of the GDELT series, as {@code entwine update gdelt} and the server's scheduled
 * updates run it, under the store's update hold: the plan said, then the files fetched, read and
 * stored, and the months left incomplete.
 */
final class GdeltRun {
  private final UpdateOptions options;
  private final EventLoadOptions loading;
  private final boolean bar;

  /** {@code bar}: a progress bar where there is a terminal (else, as in a log, plain lines). */
  GdeltRun(UpdateOptions options, EventLoadOptions loading, boolean bar) {
    this.options = options;
    this.loading = loading;
    this.bar = bar;
  }

  /**
   * Updates {@code period} of the series in {@code store}; with {@code dryRun}, says what it would
   * fetch. Returns whether anything was stored.
   *
   * @throws FetchException when a file could not be fetched whole and right: nothing was stored
   * @throws org.entwine.storage.StoreBusyException when another update holds the store
   */
  boolean run(Store store, Period period, boolean dryRun, PrintWriter out, PrintWriter err) {
    Store.Hold hold = store.hold("update");
    try {
      return update(store, period, dryRun, out, err);
    } finally {
      hold.close();
    }
  }

  private boolean update(
      Store store, Period period, boolean dryRun, PrintWriter out, PrintWriter err) {
    try (Fetcher fetcher = options.fetcher(err)) {
      return update(store, period, dryRun, fetcher, out, err);
    }
  }

  private boolean update(
      Store store,
      Period period,
      boolean dryRun,
      Fetcher fetcher,
      PrintWriter out,
      PrintWriter err) {
    long start = System.nanoTime();
    Path downloads = options.gdeltDownloads(store);
    CameoCodebook codebook = loading.codebook();
    GdeltUpdate update =
        new GdeltUpdate(
            store,
            store.load().crosswalk(),
            fetcher,
            options.httpCache(),
            new GdeltUpdate.Settings(
                options.gdeltBase(),
                downloads,
                options.keep != null,
                loading.threads,
                loading.quarantine,
                loading.enteredBy,
                codebook,
                options.allowMissing));
    GdeltUpdate.Plan plan = update.plan(period, n -> {});
    out.printf(
        "gdelt: %s (%s): %,d exports from %s; %,d loaded before, %,d to fetch (%s)%s%n",
        plan.list(),
        plan.copy().changed()
            ? "fetched now"
            : "unchanged since "
                + plan.copy()
                    .fetched()
                    .atZone(ZoneId.systemDefault())
                    .truncatedTo(ChronoUnit.SECONDS),
        plan.listed(),
        plan.period().text(),
        plan.loadedBefore(),
        plan.fetch().size(),
        size(plan.bytes()),
        plan.ready().isEmpty()
            ? ""
            : ", " + plan.ready().size() + " fetched before and waiting in " + downloads);
    if (!plan.unloaded().isEmpty())
      out.printf(
          "  %,d exports of the months the period cuts lie outside it: recorded as listed, so"
              + " those months read as incomplete%n",
          plan.unloaded().size());
    if (dryRun) {
      out.println("dry run: nothing fetched or stored");
      return false;
    }
    if (plan.current()) {
      out.println("nothing to fetch: the store is current with " + plan.list());
      EventsUpdateCommand.gaps(store, out);
      return false;
    }
    GdeltUpdate.Result result;
    long fetchStart = System.nanoTime();
    try (ProgressBars.Transfer progress =
        bar
            ? ProgressBars.transfer("gdelt", plan.bytes(), err)
            : ProgressBars.lines("gdelt", plan.bytes(), err)) {
      result = update.run(plan, progress);
    } catch (FetchException e) {
      err.printf(
          "entwine: the files fetched whole and checked wait in %s: the next run takes them from"
              + " there%n",
          downloads);
      throw e;
    }
    double seconds = (System.nanoTime() - fetchStart) / 1e9;
    if (result.fetched() > 0)
      out.printf(
          "fetched %,d file%s, %s, and read %s as %s arrived: %.1f s (%s/s)%n",
          result.fetched(),
          result.fetched() == 1 ? "" : "s",
          size(result.bytes()),
          result.fetched() == 1 ? "it" : "them",
          result.fetched() == 1 ? "it" : "they",
          seconds,
          size((long) (result.bytes() / Math.max(seconds, 1e-3))));
    if (!result.notServed().isEmpty())
      out.printf(
          "%,d file%s the list names %s not served (404): recorded as listed, not loaded, so"
              + " %s as incomplete: %s%s%n",
          result.notServed().size(),
          result.notServed().size() == 1 ? "" : "s",
          result.notServed().size() == 1 ? "was" : "were",
          result.notServed().size() == 1 ? "its month reads" : "their months read",
          String.join(", ", result.notServed().stream().limit(5).map(EventFile::name).toList()),
          result.notServed().size() > 5 ? ", …" : "");
    loading.print(List.of(result.load()), codebook, out);
    if (options.keep != null) out.printf("the zips are kept in %s%n", options.keep);
    EventsUpdateCommand.gaps(store, out);
    out.printf("took %.1f s%n", (System.nanoTime() - start) / 1e9);
    return true;
  }

  private static String size(long bytes) {
    return bytes < 1_000_000
        ? String.format(java.util.Locale.ROOT, "%.1f kB", bytes / 1e3)
        : String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1e6);
  }
}
