package org.entwine.datasets.readers;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.entwine.actor.Crosswalk;
import org.entwine.datasets.Dataset;
import org.entwine.datasets.Progress;
import org.entwine.evidence.Observation;
import org.entwine.exchange.ExchangeException;
import org.entwine.exchange.ExchangeProblem;
import org.entwine.registry.Registry;

/**
 * What every dataset reader shares, as Tablesaw's readers share {@code FileReader}: its name,
 * title, the files it takes and its records, and the read itself. The base checks the number of
 * files, gives the reader a {@link Reading} (the loop over rows, the counters, the problems, the
 * observations sent on), throws every problem found, and returns the result. A reader says only
 * which files it reads and what a row means ({@link #read(Reading, List)}).
 */
abstract class DatasetReader implements Dataset {
  private final String name;
  private final String title;
  private final String files;
  private final int minFiles;
  private final int maxFiles;
  protected final Definitions definitions;

  /** A reader of {@code minFiles} to {@code maxFiles} files. */
  DatasetReader(
      String name,
      String title,
      String files,
      int minFiles,
      int maxFiles,
      Definitions definitions) {
    this.name = name;
    this.title = title;
    this.files = files;
    this.minFiles = minFiles;
    this.maxFiles = maxFiles;
    this.definitions = definitions;
  }

  /** A reader of one file. */
  DatasetReader(String name, String title, String files, Definitions definitions) {
    this(name, title, files, 1, 1, definitions);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String title() {
    return title;
  }

  @Override
  public String files() {
    return files;
  }

  @Override
  public Registry records() {
    return definitions.records();
  }

  @Override
  public final Result read(
      List<Path> given, Crosswalk crosswalk, Consumer<Observation> sink, Progress progress) {
    requireFiles(given);
    Reading reading = new Reading(definitions, crosswalk, sink, progress);
    read(reading, given);
    return reading.result();
  }

  /**
   * Reads the files through {@code reading}: its loop over their rows with what each row means,
   * then what the rows give together (shares, totals, spans in force).
   */
  abstract void read(Reading reading, List<Path> files);

  /** Refuses a wrong number of files, saying which ones the dataset takes. */
  private void requireFiles(List<Path> given) {
    if (given.size() < minFiles || given.size() > maxFiles) {
      String count =
          minFiles == maxFiles
              ? (minFiles == 1 ? "one file" : minFiles + " files")
              : minFiles + " to " + maxFiles + " files";
      throw new ExchangeException(
          new ExchangeProblem(
              given.isEmpty() ? null : given.get(0),
              0,
              null,
              name + " takes " + count + ": " + files));
    }
  }
}
