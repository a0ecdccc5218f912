package org.entwine.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.entwine.datasets.events.CameoTables;
import org.entwine.datasets.events.EventLoad;
import org.entwine.events.CameoCodebook;
import picocli.CommandLine.Option;

/** How events are loaded, as {@code events load} and {@code events update} take it. */
final class EventLoadOptions {
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

  /** The codebook asked for, or null. */
  CameoCodebook codebook() {
    return cameo == null
        ? null
        : CameoTables.read(
            cameo.resolve("CAMEO.eventcodes.txt"), cameo.resolve("CAMEO.goldsteinscale.txt"));
  }

  /** What each dataset's load did, and how the codes were checked. */
  void print(List<EventLoad.Report> reports, CameoCodebook codebook, PrintWriter out) {
    for (EventLoad.Report r : reports) {
      out.printf(
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
        out.printf(
            "  %,d bad rows put aside: see %s%n", r.quarantined(), quarantine.toAbsolutePath());
      if (!r.unmapped().isEmpty()) {
        long events = r.unmapped().values().stream().mapToLong(Long::longValue).sum();
        out.printf(
            "  codes that map to no actor (their relation-months skipped): %,d events, %d"
                + " codes; the most frequent:%n",
            events, r.unmapped().size());
        r.unmapped().entrySet().stream()
            .sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
            .limit(10)
            .forEach(e -> out.printf("    %-30s %,d%n", e.getKey(), e.getValue()));
      }
    }
    out.printf(
        "event codes checked %s%n",
        codebook == null
            ? "for form and QuadClass (give --cameo DIR to check them against the codebook)"
            : "against the CAMEO codebook (" + codebook.size() + " codes)");
  }
}
