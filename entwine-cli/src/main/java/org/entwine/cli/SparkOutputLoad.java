package org.entwine.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.entwine.app.SparkOutput;
import org.entwine.datasets.events.EventLoad;
import org.entwine.storage.Store;
import org.roaringbitmap.RoaringBitmap;

/** Adds the Spark job's output ({@link SparkOutput}) to the store as one load, and says so. */
final class SparkOutputLoad {
  private SparkOutputLoad() {}

  static void load(Path folder, Store store, EventLoadOptions loading, PrintWriter out) {
    SparkOutput output = SparkOutput.read(folder);
    RoaringBitmap ids = new RoaringBitmap();
    // ids below 2^32, kept unsigned as the readers keep them
    output.ids(id -> ids.add((int) id));
    EventLoad.Report r =
        new EventLoad(store, store.load().crosswalk(), null, loading.threads)
            .addAggregated(
                output.dataset(),
                output.months(),
                ids,
                output.files(),
                folder.toString(),
                loading.enteredBy);
    out.printf(
        "loaded %s from the Spark job's output (Spark %s, %d input files): %,d rows read there,"
            + " %,d relation events counted, %,d repeated event ids counted once, %,d put aside"
            + " (see %s), %,d relation-months stored%n",
        r.dataset(),
        output.spark(),
        output.files().size(),
        output.rows(),
        r.relations(),
        output.repeatedIds(),
        output.quarantined(),
        output.quarantine(),
        r.months());
    if (!r.unmapped().isEmpty()) {
      long events = r.unmapped().values().stream().mapToLong(Long::longValue).sum();
      out.printf(
          "  codes that map to no actor (their relation-months skipped): %,d events, %d codes%n",
          events, r.unmapped().size());
    }
  }
}
