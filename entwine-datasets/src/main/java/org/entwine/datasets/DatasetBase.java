package org.entwine.datasets;

import java.nio.file.Path;
import java.util.List;
import org.entwine.exchange.ExchangeException;
import org.entwine.exchange.ExchangeProblem;
import org.entwine.registry.Registry;

/** What every dataset has: its name, title, the files it takes, and its records. */
abstract class DatasetBase implements Dataset {
  private final String name;
  private final String title;
  private final String files;
  protected final Definitions definitions;

  DatasetBase(String name, String title, String files, Definitions definitions) {
    this.name = name;
    this.title = title;
    this.files = files;
    this.definitions = definitions;
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

  /** Refuses a wrong number of files, saying which ones the dataset takes. */
  void requireFiles(List<Path> given, int min, int max) {
    if (given.size() < min || given.size() > max) {
      String count =
          min == max ? (min == 1 ? "one file" : min + " files") : min + " to " + max + " files";
      throw new ExchangeException(
          new ExchangeProblem(
              given.isEmpty() ? null : given.get(0),
              0,
              null,
              name + " takes " + count + ": " + files));
    }
  }
}
