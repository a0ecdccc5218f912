package org.entwine.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.entwine.datasets.events.GdeltLine;
import org.entwine.events.CameoFamily;
import scala.Tuple2;

/**
 * GDELT exports (1.0 daily, 2.0 15-minute; plain or zipped, as GDELT publishes them) turned into
 * the relation-month table Entwine's Java reader builds: by ordered pair of CAMEO country codes (as
 * the files write them; the load maps them onto actors through the registry's crosswalk, as it does
 * the Java reader's) and month, the events by QuadClass and CAMEO family, and the sums of Goldstein
 * scores, mentions, sources, articles and tone. Each row is read by the Java reader's own rules
 * ({@link GdeltLine}): the same rows are put aside, for the same reasons. An event id counts once
 * across all the input, its first occurrence in input order (files in name order, a zip's entries
 * in order, lines in order), as the Java reader counts it.
 *
 * <p>A file is read by one task, streamed: a task holds a line at a time, whatever the file's size;
 * the aggregation is Spark's, spilling to disk where memory runs short.
 */
public final class EventMonths {
  /** What the job computed. */
  public record Result(
      Dataset<Row> months,
      Dataset<Row> ids,
      Dataset<Row> quarantine,
      List<String> inputs,
      long rows,
      long relations,
      long duplicates,
      long quarantined) {}

  private static final int EVENT = 0;
  private static final int PROBLEM = 1;
  private static final int PASSED_OVER = 2;

  /** A line as read: what it is, where it is, and the event's figures if it is one. */
  static final StructType LINES =
      new StructType()
          .add("kind", DataTypes.IntegerType, false)
          .add("file", DataTypes.IntegerType, false)
          .add("entry", DataTypes.IntegerType, false)
          .add("line", DataTypes.LongType, false)
          .add("id", DataTypes.LongType, true)
          .add("actor", DataTypes.StringType, true)
          .add("partner", DataTypes.StringType, true)
          .add("month", DataTypes.IntegerType, true)
          .add("quad", DataTypes.IntegerType, true)
          .add("families", DataTypes.IntegerType, true)
          .add("goldstein", DataTypes.DoubleType, true)
          .add("mentions", DataTypes.LongType, true)
          .add("sources", DataTypes.LongType, true)
          .add("articles", DataTypes.LongType, true)
          .add("tone", DataTypes.DoubleType, true)
          .add("problem", DataTypes.StringType, true);

  private EventMonths() {}

  /**
   * Reads {@code paths} (files, folders or globs, on any file system Spark reaches: local, HDFS,
   * S3-compatible) and computes the relation-months.
   */
  public static Result compute(SparkSession spark, List<String> paths) {
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    JavaPairRDD<String, PortableDataStream> files = sc.binaryFiles(String.join(",", paths));
    // input order: files by name, as the Java reader takes a folder
    List<String> inputs = new ArrayList<>(files.keys().collect());
    inputs.sort(null);
    Map<String, Integer> order = new HashMap<>();
    for (int i = 0; i < inputs.size(); i++) order.put(inputs.get(i), i);
    Broadcast<Map<String, Integer>> index = sc.broadcast(order);
    JavaRDD<Row> lines = files.flatMap(f -> read(f, index.value().get(f._1())));
    Dataset<Row> read = spark.createDataFrame(lines, LINES).persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> events = read.filter(col("kind").equalTo(EVENT));
    // the first occurrence of each id, in input order
    Dataset<Row> first =
        events
            .withColumn(
                "nth",
                row_number()
                    .over(Window.partitionBy("id").orderBy(col("file"), col("entry"), col("line"))))
            .filter(col("nth").equalTo(1))
            .drop("nth");
    List<Column> figures = new ArrayList<>();
    figures.add(count(lit(1)).as("events"));
    String[] quads = {
      "verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict"
    };
    for (int q = 0; q < 4; q++)
      figures.add(sum(when(col("quad").equalTo(q + 1), 1L).otherwise(0L)).as(quads[q]));
    figures.add(sum("goldstein").as("goldstein_sum"));
    figures.add(sum("mentions").as("mentions"));
    figures.add(sum("sources").as("sources"));
    figures.add(sum("articles").as("articles"));
    figures.add(sum("tone").as("tone_sum"));
    for (CameoFamily fam : CameoFamily.values())
      figures.add(
          sum(when(col("families").bitwiseAND(1 << fam.ordinal()).notEqual(0), 1L).otherwise(0L))
              .as(fam.column()));
    Dataset<Row> months =
        first
            .groupBy("actor", "partner", "month")
            .agg(figures.get(0), figures.subList(1, figures.size()).toArray(Column[]::new))
            .withColumn("year", col("month").divide(100).cast(DataTypes.IntegerType));
    Dataset<Row> quarantine =
        read.filter(col("kind").equalTo(PROBLEM))
            .select("file", "entry", "line", "problem")
            .orderBy("file", "entry", "line");
    long rows = read.count();
    long relations = events.count();
    long counted = first.count();
    long quarantined = read.filter(col("kind").equalTo(PROBLEM)).count();
    return new Result(
        months,
        first.select("id"),
        quarantine,
        inputs,
        rows,
        counted,
        relations - counted,
        quarantined);
  }

  /**
   * A file's lines as rows, read as they are asked for (a task holds one line at a time): plain, or
   * each entry of a zip in turn.
   */
  static Iterator<Row> read(Tuple2<String, PortableDataStream> file, int index) throws IOException {
    return new Lines(file._2(), index);
  }

  /** The rows of one file's lines, streamed. */
  private static final class Lines implements Iterator<Row> {
    private final InputStream raw;
    private final ZipInputStream zip;
    private final int file;
    private int entry = -1;
    private BufferedReader reader;
    private long line;
    private Row next;

    Lines(PortableDataStream stream, int file) throws IOException {
      this.file = file;
      this.raw = new BufferedInputStream(stream.open(), 1 << 16);
      raw.mark(4);
      byte[] magic = raw.readNBytes(4);
      raw.reset();
      boolean zipped =
          magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
      this.zip = zipped ? new ZipInputStream(raw) : null;
      if (!zipped) open(raw);
    }

    private void open(InputStream in) {
      entry++;
      line = 0;
      reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }

    @Override
    public boolean hasNext() {
      try {
        while (next == null) {
          String text = reader == null ? null : reader.readLine();
          if (text == null) {
            // the entry or file is done: the next entry of a zip, else the end
            ZipEntry e = zip == null ? null : zip.getNextEntry();
            while (e != null && e.isDirectory()) e = zip.getNextEntry();
            if (e == null) {
              raw.close();
              return false;
            }
            open(zip);
            continue;
          }
          line++;
          if (text.isEmpty()) continue;
          GdeltLine.Read read = GdeltLine.read(text, null);
          next =
              read.problem() != null
                  ? row(PROBLEM, file, entry, line, null, read.problem())
                  : read.event() == null
                      ? row(PASSED_OVER, file, entry, line, null, null)
                      : row(EVENT, file, entry, line, read.event(), null);
        }
        return true;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read input file " + file + ": " + e.getMessage(), e);
      }
    }

    @Override
    public Row next() {
      if (!hasNext()) throw new java.util.NoSuchElementException();
      Row r = next;
      next = null;
      return r;
    }
  }

  private static Row row(
      int kind, int file, int entry, long line, GdeltLine.Event e, String problem) {
    if (e == null)
      return RowFactory.create(
          kind, file, entry, line, null, null, null, null, null, null, null, null, null, null, null,
          problem);
    return RowFactory.create(
        kind,
        file,
        entry,
        line,
        e.id(),
        e.actor(),
        e.partner(),
        e.month(),
        e.quad(),
        CameoFamily.mask(e.code()),
        e.goldstein(),
        e.mentions(),
        e.sources(),
        e.articles(),
        e.tone(),
        null);
  }
}
