package org.entwine.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.entwine.app.StoreLocation;
import org.entwine.datasets.Dataset;
import org.entwine.datasets.DatasetLoader;
import org.entwine.datasets.Datasets;
import org.entwine.input.UserInputException;
import org.entwine.storage.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "load",
    mixinStandardHelpOptions = true,
    description = {
      "Loads a public dataset in its published layout as indicator observations per relation and"
          + " year.",
      "The load lands whole or not at all; it replaces the bundled extract of the same dataset."
          + " Datasets:",
      "cow-trade, atop, cow-alliance, cow-igo, unvotes, aiddata-china, ceias-travel,"
          + " icews-dyad-year, gdelt-graph, sipri-arms, dcad, desta, unctad-iia, undesa-migrants,"
          + " unga-idealpoints, embassies, us-visits, imf-dots, unga-yearly (entwine load --list"
          + " says which files each takes)."
    })
final class LoadCommand extends DatabaseCommand {
  @Parameters(index = "0", arity = "0..1", paramLabel = "DATASET")
  String dataset;

  @Parameters(index = "1..*", paramLabel = "FILE")
  List<Path> files = List.of();

  @Option(names = "--replace", description = "Replace an earlier load of the same dataset.")
  boolean replace;

  @Option(names = "--list", description = "List the datasets and the files each takes.")
  boolean list;

  @Option(
      names = "--entered-by",
      paramLabel = "NAME",
      description = "Who is loading (default: your user name).")
  String enteredBy = System.getProperty("user.name");

  @Override
  public Integer call() throws Exception {
    if (list || dataset == null) {
      for (Dataset d : Datasets.all()) {
        out()
            .println(
                String.format("%-14s %s%n%-14s files: %s", d.name(), d.title(), "", d.files()));
      }
      return list ? ExitCodes.OK : ExitCodes.USAGE;
    }
    int code = super.call();
    if (code == ExitCodes.OK && replace) {
      // the replaced observations' space, given back once the store is closed
      StoreLocation.compactIfWorthIt(
              database.resolve(),
              freeShare,
              (file, free) ->
                  out()
                      .printf(
                          "compacting %s (%.0f%% of it is the replaced load's space)...%n",
                          file, 100 * free))
          .ifPresent(
              c ->
                  out().printf("compacted: %,d MB -> %,d MB%n", c.before() >> 20, c.after() >> 20));
    }
    return code;
  }

  /** The share of the store left free by the load (what it replaced), measured while open. */
  private double freeShare;

  @Override
  int run(Store store) {
    Dataset d =
        Datasets.byName(dataset)
            .orElseThrow(
                () ->
                    new UserInputException(
                        "unknown dataset '"
                            + dataset
                            + "': expected one of "
                            + Datasets.all().stream()
                                .map(Dataset::name)
                                .collect(Collectors.joining(", "))));
    if (files.isEmpty()) throw new UserInputException(d.name() + " needs its files: " + d.files());
    long start = System.nanoTime();
    var bar = ProgressBars.open("load " + d.name(), files);
    DatasetLoader.Report report;
    try {
      report = new DatasetLoader(store).load(d, files, enteredBy, replace, ProgressBars.of(bar));
    } finally {
      ProgressBars.close(bar, err());
    }
    var r = report.result();
    out()
        .printf(
            "loaded %s: %,d rows read, %,d observations stored, %,d values marked missing in the"
                + " file (stored as missing, not zero)%n",
            d.name(), r.rows(), report.observations(), r.missing());
    if (report.replacedExtract())
      out()
          .println(
              "it replaces the bundled extract of " + d.name() + " (the focal actor's pairs only)");
    r.records().indicators().stream()
        .findFirst()
        .ifPresent(
            i ->
                out()
                    .printf(
                        "years covered: %s-%s; indicators: %s%n",
                        i.coveredFrom(),
                        i.coveredTo(),
                        r.records().indicators().stream()
                            .map(x -> x.id())
                            .collect(Collectors.joining(", "))));
    if (!r.records().contacts().isEmpty())
      out().printf("contact records: %,d%n", r.records().contacts().size());
    if (!r.unmapped().isEmpty()) {
      long rows = r.unmapped().values().stream().mapToLong(Long::longValue).sum();
      out()
          .printf(
              "codes that map to no actor (rows skipped): %,d rows, %d codes:%n",
              rows, r.unmapped().size());
      r.unmapped().entrySet().stream()
          .sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
          .forEach(e -> out().printf("  %-40s %,d%n", e.getKey(), e.getValue()));
    }
    if (!r.notes().isEmpty()) {
      out().println("noted while reading:");
      r.notes().forEach((what, n) -> out().printf("  %,9d  %s%n", n, what));
    }
    out().printf("took %.1f s%n", (System.nanoTime() - start) / 1e9);
    if (replace) freeShare = StoreLocation.freeShare(store);
    return ExitCodes.OK;
  }
}
