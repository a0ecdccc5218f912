package org.entwine.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * {@code spark-submit --class org.entwine.spark.EventMonthsJob entwine-spark-job.jar --out OUT
 * INPUT...}: the relation-month table of GDELT exports, written for {@code entwine events load
 * OUT}.
 *
 * <p>OUT holds {@code months/} (Parquet, partitioned by year: the columns of Entwine's event_months
 * table, by CAMEO country code), {@code ids/} (Parquet: each event id counted, so that a load
 * counts none twice), {@code quarantine/} (text: input:entry:line: reason per row put aside) and
 * {@code manifest.json} (the input files, what was read, the Spark version).
 */
public final class EventMonthsJob {
  /** The manifest's name in the output folder, and what marks the folder as this job's. */
  public static final String MANIFEST = "manifest.json";

  public static final String FORMAT = "entwine-spark relation-months 1";

  private EventMonthsJob() {}

  public static void main(String[] args) throws IOException {
    String out = null;
    List<String> inputs = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--out") && i + 1 < args.length) out = args[++i];
      else if (args[i].startsWith("--")) usage("unknown option " + args[i]);
      else inputs.add(args[i]);
    }
    if (out == null || inputs.isEmpty()) usage("give --out and at least one input");
    SparkSession spark = SparkSession.builder().appName("entwine relation-months").getOrCreate();
    try {
      run(spark, inputs, out);
    } finally {
      spark.stop();
    }
  }

  private static void usage(String why) {
    System.err.println(
        "entwine-spark: "
            + why
            + "\nusage: spark-submit --class org.entwine.spark.EventMonthsJob entwine-spark-job.jar"
            + " --out OUT INPUT...\n  INPUT: GDELT 1.0 or 2.0 exports, plain or zipped: files,"
            + " folders or globs, local, hdfs:// or s3a://");
    System.exit(2);
  }

  /** Computes and writes the output; returns what was computed. */
  public static EventMonths.Result run(SparkSession spark, List<String> inputs, String out)
      throws IOException {
    long start = System.nanoTime();
    EventMonths.Result r = EventMonths.compute(spark, inputs);
    r.months()
        .orderBy("actor", "partner", "month")
        .write()
        .mode(SaveMode.ErrorIfExists)
        .partitionBy("year")
        .parquet(out + "/months");
    r.ids().write().mode(SaveMode.ErrorIfExists).parquet(out + "/ids");
    r.quarantine()
        .select(
            concat_ws(
                ":",
                col("file").cast("string"),
                col("entry").cast("string"),
                col("line").cast("string"),
                col("problem")))
        .write()
        .mode(SaveMode.ErrorIfExists)
        .text(out + "/quarantine");
    Map<String, Object> manifest = new LinkedHashMap<>();
    manifest.put("format", FORMAT);
    manifest.put("dataset", r.dataset());
    manifest.put("created", Instant.now().toString());
    manifest.put("spark", spark.version());
    manifest.put("seconds", (System.nanoTime() - start) / 1e9);
    manifest.put("rows", r.rows());
    manifest.put("relationEvents", r.relations());
    manifest.put("repeatedIds", r.duplicates());
    manifest.put("quarantined", r.quarantined());
    // the quarantine's lines name an input by its place in this list (0, 1, …) and a zip's entry
    manifest.put("inputs", r.inputs());
    manifest.put("sizes", r.sizes());
    Path path = new Path(out, MANIFEST);
    FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
    try (OutputStream o = fs.create(path, false)) {
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(o, manifest);
    }
    return r;
  }
}
