package org.entwine.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.entwine.app.EventSeries;
import org.entwine.datasets.events.EventFiles;
import org.entwine.datasets.events.EventLoad;
import org.entwine.datasets.events.EventUpdate;
import org.entwine.datasets.events.MasterFileList;
import org.entwine.events.CameoCodebook;
import org.entwine.events.EventFile;
import org.entwine.events.FileCoverage;
import org.entwine.storage.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "update",
    mixinStandardHelpOptions = true,
    description = {
      "Keeps the GDELT series current: loads only the files not loaded before, known by name and"
          + " MD5, so that running it twice adds nothing.",
      "SOURCE is a folder of GDELT exports (zipped or plain), or GDELT's masterfilelist.txt (a line"
          + " 'SIZE MD5 URL' per published file): then the exports it lists for the period are"
          + " looked for in --dir, each checked against the list's MD5 and size (a mismatch stops"
          + " the update before anything is stored), and those not there are reported missing and"
          + " recorded as listed, so that their months read as incomplete rather than as months of"
          + " fewer events."
    })
final class EventsUpdateCommand extends DatabaseCommand {
  @Parameters(paramLabel = "SOURCE", description = "A folder of exports, or a masterfilelist.")
  Path source;

  @Option(
      names = "--dir",
      paramLabel = "DIR",
      description =
          "Where the listed files were downloaded (default: the masterfilelist's own folder).")
  Path dir;

  @Option(
      names = "--from",
      paramLabel = "YYYY-MM",
      description = "The first month of the list to update (default: the list's first).")
  String from;

  @Option(
      names = "--to",
      paramLabel = "YYYY-MM",
      description = "The last month of the list to update (default: the list's last).")
  String to;

  @Option(names = "--dry-run", description = "Say what would be loaded and missing; store nothing.")
  boolean dryRun;

  @Mixin EventLoadOptions loading;

  @Override
  int run(Store store) {
    long start = System.nanoTime();
    var first = from == null ? null : EventSeries.month(from, "--from");
    var last = to == null ? null : EventSeries.month(to, "--to");
    Map<String, EventFile> recorded = store.eventFiles("gdelt");
    boolean list = Files.isRegularFile(source) && MasterFileList.is(source);
    if (!list && (first != null || last != null || dir != null))
      throw new org.entwine.input.UserInputException(
          "--from, --to and --dir go with a masterfilelist; " + source + " is not one");
    Path folder = dir != null ? dir : source.toAbsolutePath().getParent();
    EventUpdate.Plan plan =
        list
            ? EventUpdate.ofList(source, folder, first, last, recorded, loading.threads)
            : EventUpdate.ofFolder(source, recorded, loading.threads);
    if (list)
      out()
          .printf(
              "%s lists %,d exports%s; in %s: %,d loaded before, %,d to load; %,d missing%n",
              source,
              plan.listed(),
              first == null && last == null
                  ? ""
                  : " from "
                      + (from == null ? "the first" : from)
                      + " to "
                      + (to == null ? "the last" : to),
              folder,
              plan.loadedBefore().size(),
              plan.load().size(),
              plan.missing().size());
    else
      out()
          .printf(
              "%s: %,d loaded before, %,d to load%n",
              source, plan.loadedBefore().size(), plan.load().size());
    plan.missing().stream()
        .limit(5)
        .forEach(f -> out().printf("  missing: %s (%,d bytes)%n", f.name(), f.bytes()));
    if (plan.missing().size() > 5)
      out().printf("  and %,d more missing%n", plan.missing().size() - 5);
    if (dryRun) {
      out().println("dry run: nothing stored");
      return ExitCodes.OK;
    }
    if (plan.current()) {
      out().println("nothing to load: the store is current with " + source);
    } else {
      List<EventFiles.Input> inputs = EventFiles.inputs(plan.load());
      CameoCodebook codebook = loading.codebook();
      var bar = ProgressBars.open("events", plan.load());
      List<EventLoad.Report> reports;
      try {
        reports =
            new EventLoad(store, store.load().crosswalk(), codebook, loading.threads)
                .load(
                    inputs,
                    loading.quarantine,
                    loading.enteredBy,
                    ProgressBars.of(bar),
                    plan.checksums(),
                    plan.unrecorded());
      } finally {
        ProgressBars.close(bar, err());
      }
      loading.print(reports, codebook, out());
    }
    gaps(store, out());
    out().printf("took %.1f s%n", (System.nanoTime() - start) / 1e9);
    return ExitCodes.OK;
  }

  /** The months of the series not wholly loaded, as the series will show them: missing. */
  static void gaps(Store store, java.io.PrintWriter out) {
    SortedMap<org.entwine.time.Month, FileCoverage.Files> coverage =
        FileCoverage.of(store.eventFiles("gdelt").values());
    if (coverage.isEmpty()) return;
    var gaps = FileCoverage.gaps(coverage, coverage.firstKey(), coverage.lastKey());
    out.printf(
        "gdelt months %s to %s: %d complete, %d missing from the series%s%n",
        coverage.firstKey(),
        coverage.lastKey(),
        coverage.size() - gaps.size(),
        gaps.size(),
        gaps.isEmpty() ? "" : " (not loaded whole):");
    List<String> lines = new ArrayList<>();
    gaps.forEach((m, why) -> lines.add("  " + m + ": " + why));
    lines.stream().limit(12).forEach(out::println);
    if (lines.size() > 12) out.printf("  and %d months more%n", lines.size() - 12);
  }
}
