package org.entwine.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import org.entwine.events.EventFile;
import org.entwine.events.EventStore;
import org.entwine.exchange.ExchangeException;
import org.entwine.exchange.ExchangeProblem;
import org.entwine.exchange.Unreadable;
import org.entwine.json.DomainJson;
import org.entwine.store.ParquetEventMonths;

/**
 * The output folder of the Spark job ({@code entwine-spark}): its manifest says what it read, and
 * its Parquet holds the relation-months and the ids counted, for a load to add to any store. Read
 * beside the store, not through it: the storage contract knows no file formats.
 *
 * @param folder the job's output folder
 * @param dataset the event dataset it read ("gdelt" unless the manifest says)
 * @param files the input files it read, by name, with their sizes
 * @param spark the version of Spark that ran it ("?" if not said)
 * @param rows the rows it read
 * @param repeatedIds the repeated event ids it counted once
 * @param quarantined the rows it put aside
 */
public record SparkOutput(
    Path folder,
    String dataset,
    List<EventFile> files,
    String spark,
    long rows,
    long repeatedIds,
    long quarantined) {
  /**
   * How the job's manifest names its format (EventMonthsJob.FORMAT, which this module cannot see).
   */
  static final String FORMAT = "entwine-spark relation-months 1";

  /** Whether {@code folder} is such an output: a folder with the job's manifest. */
  public static boolean is(Path folder) {
    Path manifest = folder.resolve("manifest.json");
    if (!Files.isDirectory(folder) || !Files.isRegularFile(manifest)) return false;
    try {
      return FORMAT.equals(DomainJson.json().readTree(manifest.toFile()).path("format").asText());
    } catch (IOException e) {
      return false;
    }
  }

  /** Reads the manifest of the output in {@code folder}. */
  public static SparkOutput read(Path folder) {
    Path manifestFile = folder.resolve("manifest.json");
    JsonNode manifest;
    try {
      manifest = DomainJson.json().readTree(manifestFile.toFile());
    } catch (IOException e) {
      throw new ExchangeException(
          new ExchangeProblem(manifestFile, 0, null, Unreadable.because(e)));
    }
    List<EventFile> files = new ArrayList<>();
    JsonNode sizes = manifest.path("sizes");
    for (int i = 0; i < manifest.path("inputs").size(); i++) {
      String uri = manifest.path("inputs").get(i).asText();
      files.add(
          new EventFile(
              uri.substring(uri.lastIndexOf('/') + 1), null, sizes.path(i).asLong(0), true));
    }
    return new SparkOutput(
        folder,
        manifest.path("dataset").asText("gdelt"),
        List.copyOf(files),
        manifest.path("spark").asText("?"),
        manifest.path("rows").asLong(),
        manifest.path("repeatedIds").asLong(),
        manifest.path("quarantined").asLong());
  }

  /** The relation-months, in order of actor, partner and month, with CAMEO codes as written. */
  public EventStore.Source months() {
    return new ParquetEventMonths(folder).months();
  }

  /** Each event id the job counted. */
  public void ids(LongConsumer each) {
    new ParquetEventMonths(folder).ids(each);
  }

  /** Where the job put the rows it set aside. */
  public Path quarantine() {
    return folder.resolve("quarantine");
  }
}
