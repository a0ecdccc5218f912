package org.entwine.cli;

import java.nio.file.Path;
import org.entwine.storage.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the stored relation-month series, as Parquet or CSV (by the file's extension):"
          + " dataset, actor, partner, month (YYYYMM), events, the four QuadClass counts, Goldstein"
          + " sum, mentions, sources, articles and tone sum."
    })
final class EventsExportCommand extends DatabaseCommand {
  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE",
      description = "FILE.parquet or FILE.csv")
  Path out;

  @Option(names = "--dataset", paramLabel = "NAME", description = "gdelt or icews (default: all).")
  String dataset;

  @Override
  int run(Store store) {
    long rows = store.exportEvents(dataset, out);
    out().printf("wrote %,d relation-months to %s%n", rows, out.toAbsolutePath());
    return ExitCodes.OK;
  }
}
