package org.entwine.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.entwine.datasets.events.EventLoad;
import org.entwine.events.EventFile;
import org.entwine.exchange.ExchangeException;
import org.entwine.exchange.ExchangeProblem;
import org.entwine.json.DomainJson;
import org.entwine.storage.Store;
import org.roaringbitmap.RoaringBitmap;

/**
 * The output folder of the Spark job ({@code entwine-spark}): its manifest says what it read, its
 * Parquet holds the relation-months and the ids counted, added to the store as one load.
 */
final class SparkOutput {
  /**
   * How the job's manifest names its format (EventMonthsJob.FORMAT, which this module cannot see).
   */
  static final String FORMAT = "entwine-spark relation-months 1";

  private SparkOutput() {}

  static boolean is(Path folder) {
    Path manifest = folder.resolve("manifest.json");
    if (!Files.isDirectory(folder) || !Files.isRegularFile(manifest)) return false;
    try {
      return FORMAT.equals(DomainJson.json().readTree(manifest.toFile()).path("format").asText());
    } catch (IOException e) {
      return false;
    }
  }

  static void load(Path folder, Store store, EventLoadOptions loading, PrintWriter out) {
    Path manifestFile = folder.resolve("manifest.json");
    JsonNode manifest;
    try {
      manifest = DomainJson.json().readTree(manifestFile.toFile());
    } catch (IOException e) {
      throw new ExchangeException(
          new ExchangeProblem(manifestFile, 0, null, org.entwine.exchange.Unreadable.because(e)));
    }
    String dataset = manifest.path("dataset").asText("gdelt");
    List<EventFile> files = new ArrayList<>();
    JsonNode sizes = manifest.path("sizes");
    for (int i = 0; i < manifest.path("inputs").size(); i++) {
      String uri = manifest.path("inputs").get(i).asText();
      files.add(
          new EventFile(
              uri.substring(uri.lastIndexOf('/') + 1), null, sizes.path(i).asLong(0), true));
    }
    RoaringBitmap ids = new RoaringBitmap();
    // ids below 2^32, kept unsigned as the readers keep them
    store.aggregatedIds(folder, id -> ids.add((int) id));
    EventLoad.Report r =
        new EventLoad(store, store.load().crosswalk(), null, loading.threads)
            .addAggregated(
                dataset,
                store.aggregatedMonths(folder),
                ids,
                files,
                folder.toString(),
                loading.enteredBy);
    out.printf(
        "loaded %s from the Spark job's output (Spark %s, %d input files): %,d rows read there,"
            + " %,d relation events counted, %,d repeated event ids counted once, %,d put aside"
            + " (see %s), %,d relation-months stored%n",
        r.dataset(),
        manifest.path("spark").asText("?"),
        files.size(),
        manifest.path("rows").asLong(),
        r.relations(),
        manifest.path("repeatedIds").asLong(),
        manifest.path("quarantined").asLong(),
        folder.resolve("quarantine"),
        r.months());
    if (!r.unmapped().isEmpty()) {
      long events = r.unmapped().values().stream().mapToLong(Long::longValue).sum();
      out.printf(
          "  codes that map to no actor (their relation-months skipped): %,d events, %d codes%n",
          events, r.unmapped().size());
    }
  }
}
