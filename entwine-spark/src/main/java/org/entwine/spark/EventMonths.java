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
import org.entwine.datasets.events.EventFiles;
import org.entwine.datasets.events.GdeltLine;
import org.entwine.datasets.events.IcewsLine;
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
      String dataset,
      Dataset<Row> months,
      Dataset<Row> ids,
      Dataset<Row> quarantine,
      List<String> inputs,
      List<Long> sizes,
      long rows,
      long relations,
      long duplicates,
      long quarantined) {}

  private static final int EVENT = 0;
  private static final int PROBLEM = 1;

  /** A file's tally: its rows (non-empty lines) in {@code line}, one such row per file. */
  private static final int TALLY = 2;

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
          // packed YYYYMM, as GDELT writes it: Spark groups and partitions by it as an integer, and
          // the store's column is the same; the store reads it back as a Month
          .add("month", DataTypes.IntegerType, true)
          .add("quad", DataTypes.IntegerType, true)
          .add("families", DataTypes.IntegerType, true)
          .add("goldstein", DataTypes.DoubleType, true)
          .add("mentions", DataTypes.LongType, true)
          .add("sources", DataTypes.LongType, true)
          .add("articles", DataTypes.LongType, true)
          .add("tone", DataTypes.DoubleType, true)
          .add("problem", DataTypes.StringType, true)
          .add("dataset", DataTypes.StringType, true);

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
    List<Long> sizes = sizes(spark, inputs);
    // the relation-months are small beside the input (countries² × months): Spark's default of 200
    // shuffle partitions made a job of 30 files three times slower than 4; one per 256 MB of input,
    // and two per core at least, unless the job is given its own
    if (!spark.sparkContext().getConf().contains("spark.sql.shuffle.partitions")) {
      long bytes = sizes.stream().mapToLong(Long::longValue).sum();
      int cores = sc.defaultParallelism();
      spark
          .conf()
          .set(
              "spark.sql.shuffle.partitions",
              String.valueOf(Math.max(2 * cores, (int) Math.min(10_000, bytes >> 28))));
    }
    Broadcast<Map<String, Integer>> index = sc.broadcast(order);
    JavaRDD<Row> lines = files.flatMap(f -> read(f, index.value().get(f._1())));
    Dataset<Row> read = spark.createDataFrame(lines, LINES).persist(StorageLevel.MEMORY_AND_DISK());
    // what was read, in one pass: rows, relation events and rows put aside
    long rows = 0;
    long relations = 0;
    long quarantined = 0;
    List<String> datasets = new ArrayList<>();
    for (Row k : read.groupBy("kind", "dataset").agg(count(lit(1)), sum("line")).collectAsList()) {
      switch (k.getInt(0)) {
        case EVENT -> relations = k.getLong(2);
        case PROBLEM -> quarantined = k.getLong(2);
        default -> {
          // the files' tallies, by the dataset each file holds
          rows += k.getLong(3);
          datasets.add(k.getString(1));
        }
      }
    }
    if (datasets.size() > 1)
      throw new IllegalArgumentException(
          "the inputs hold GDELT and ICEWS events: a run makes one dataset's series, give each"
              + " its own run and output");
    Dataset<Row> events = read.filter(col("kind").equalTo(EVENT));
    // the first occurrence of each id, in input order
    Dataset<Row> first =
        events
            .withColumn(
                "nth",
                row_number()
                    .over(Window.partitionBy("id").orderBy(col("file"), col("entry"), col("line"))))
            .filter(col("nth").equalTo(1))
            .drop("nth")
            .persist(StorageLevel.MEMORY_AND_DISK());
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
    long counted = first.count();
    return new Result(
        datasets.isEmpty() ? "gdelt" : datasets.get(0),
        months,
        first.select("id"),
        quarantine,
        inputs,
        sizes,
        rows,
        counted,
        relations - counted,
        quarantined);
  }

  /** Each input's size in bytes, from its file system. */
  private static List<Long> sizes(SparkSession spark, List<String> inputs) {
    var conf = spark.sparkContext().hadoopConfiguration();
    List<Long> out = new ArrayList<>();
    try {
      for (String in : inputs) {
        org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(in);
        out.add(p.getFileSystem(conf).getFileStatus(p).getLen());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read an input's size: " + e.getMessage(), e);
    }
    return out;
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
    private IcewsLine icews;
    private String dataset;
    private String pending;
    private long line;
    private long rows;
    private boolean done;
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

    /**
     * Starts a file or entry: an ICEWS file is told by its header as the Java reader tells it (then
     * read by its columns), a GDELT export by having none.
     */
    private void open(InputStream in) throws IOException {
      entry++;
      line = 0;
      reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
      String first = reader.readLine();
      icews = null;
      if (first != null && EventFiles.kindOf(first) == EventFiles.Kind.ICEWS) {
        List<String> absent = new ArrayList<>();
        icews = IcewsLine.of(first, absent);
        if (icews == null)
          throw new IllegalArgumentException(
              "input "
                  + file
                  + ": missing column"
                  + (absent.size() == 1 ? " " : "s ")
                  + String.join(", ", absent)
                  + ": "
                  + IcewsLine.expected());
      }
      String kind = icews != null ? "icews" : "gdelt";
      if (dataset != null && !dataset.equals(kind))
        throw new IllegalArgumentException(
            "input " + file + " holds GDELT and ICEWS events: give each its own run");
      dataset = kind;
      if (icews != null) line = 1; // the header
      else pending = first;
    }

    @Override
    public boolean hasNext() {
      try {
        while (next == null) {
          if (done) return false;
          String text = pending != null ? pending : reader == null ? null : reader.readLine();
          pending = null;
          if (text == null) {
            // the entry or file is done: the next entry of a zip, else the end
            ZipEntry e = zip == null ? null : zip.getNextEntry();
            while (e != null && e.isDirectory()) e = zip.getNextEntry();
            if (e == null) {
              raw.close();
              reader = null;
              done = true;
              next =
                  RowFactory.create(
                      TALLY,
                      file,
                      entry,
                      rows,
                      null,
                      null,
                      null,
                      null,
                      null,
                      null,
                      null,
                      null,
                      null,
                      null,
                      null,
                      null,
                      dataset == null ? "gdelt" : dataset);
              return true;
            }
            open(zip);
            continue;
          }
          line++;
          if (text.isEmpty()) continue;
          rows++;
          GdeltLine.Read read = icews != null ? icews.read(text, null) : GdeltLine.read(text, null);
          // a row that is no relation is passed over: only the tally counts it
          if (read.problem() != null) next = row(PROBLEM, file, entry, line, null, read.problem());
          else if (read.event() != null) next = row(EVENT, file, entry, line, read.event(), null);
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
          problem, null);
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
        null,
        null);
  }
}
