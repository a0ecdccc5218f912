package org.entwine.cli;

import java.nio.file.Path;
import java.util.List;
import org.entwine.datasets.events.CameoTables;
import org.entwine.datasets.events.EventFiles;
import org.entwine.datasets.events.EventLoad;
import org.entwine.events.CameoCodebook;
import org.entwine.storage.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "load",
    mixinStandardHelpOptions = true,
    description = {
      "Loads GDELT exports (1.0 daily files, 2.0 15-minute files; plain or zipped) and ICEWS event"
          + " files into relation-month series.",
      "PATH is a file, a directory (every file in it) or a glob in quotes. An event counts once,"
          + " even if a file is loaded again or a later file repeats it. Bad rows go to the"
          + " quarantine file with file, line and reason; a file that is not an event file stops"
          + " the load, and nothing is stored."
    })
final class EventsLoadCommand extends DatabaseCommand {
  @Parameters(paramLabel = "PATH", arity = "1..*")
  List<String> paths;

  @Option(
      names = "--cameo",
      paramLabel = "DIR",
      description =
          "A folder with GDELT's CAMEO.eventcodes.txt and CAMEO.goldsteinscale.txt: event codes are"
              + " then checked against the codebook (without it, only their form and their"
              + " QuadClass).")
  Path cameo;

  @Option(
      names = "--quarantine",
      paramLabel = "FILE",
      description = "Where bad rows are listed (default: entwine-quarantine.txt).")
  Path quarantine = Path.of("entwine-quarantine.txt");

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Threads reading GDELT files (default: one per core).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--entered-by",
      paramLabel = "NAME",
      description = "Who is loading (default: your user name).")
  String enteredBy = System.getProperty("user.name");

  @Override
  int run(Store store) {
    long start = System.nanoTime();
    List<Path> files = EventFiles.expand(paths);
    List<EventFiles.Input> inputs = EventFiles.inputs(files);
    CameoCodebook codebook =
        cameo == null
            ? null
            : CameoTables.read(
                cameo.resolve("CAMEO.eventcodes.txt"), cameo.resolve("CAMEO.goldsteinscale.txt"));
    var bar = ProgressBars.open("events", files);
    List<EventLoad.Report> reports;
    try {
      reports =
          new EventLoad(store, store.load().crosswalk(), codebook, threads)
              .load(inputs, quarantine, enteredBy, ProgressBars.of(bar));
    } finally {
      ProgressBars.close(bar, err());
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    for (EventLoad.Report r : reports) {
      out()
          .printf(
              "loaded %s: %d file%s, %,d rows, %,d relation events counted, %,d repeated event ids"
                  + " counted once, %,d relation-months stored%n",
              r.dataset(),
              r.inputs(),
              r.inputs() == 1 ? "" : "s",
              r.rows(),
              r.relations(),
              r.duplicates(),
              r.months());
      if (r.quarantined() > 0)
        out()
            .printf(
                "  %,d bad rows put aside: see %s%n", r.quarantined(), quarantine.toAbsolutePath());
      if (!r.unmapped().isEmpty()) {
        long events = r.unmapped().values().stream().mapToLong(Long::longValue).sum();
        out()
            .printf(
                "  codes that map to no actor (their relation-months skipped): %,d events, %d"
                    + " codes; the most frequent:%n",
                events, r.unmapped().size());
        r.unmapped().entrySet().stream()
            .sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
            .limit(10)
            .forEach(e -> out().printf("    %-30s %,d%n", e.getKey(), e.getValue()));
      }
    }
    out()
        .printf(
            "event codes checked %s%n",
            codebook == null
                ? "for form and QuadClass (give --cameo DIR to check them"
                    + " against the codebook)"
                : "against the CAMEO codebook (" + codebook.size() + " codes)");
    out().printf("took %.1f s%n", seconds);
    return ExitCodes.OK;
  }
}
