package org.entwine.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.entwine.app.BundledExample;
import org.entwine.app.StoreLocation;
import org.entwine.input.UserInputException;
import org.entwine.storage.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    description = {
      "Creates the database and loads the bundled example: the registry of actors and frameworks"
          + " (Vietnam's to today), the ledgers, and the extract of the published datasets for"
          + " Vietnam's pairs (data/example/extract).",
      "An existing database is left as it is unless --force is given."
    })
final class InitCommand implements Callable<Integer> {
  @Mixin DatabaseOptions database;
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--empty", description = "Create the schema only, without the bundled example.")
  boolean empty;

  @Option(
      names = "--force",
      description = "Delete an existing database file first (its data is lost).")
  boolean force;

  @Option(
      names = "--registry-only",
      description =
          "The registry and ledgers without the extract of the datasets (to load the full datasets"
              + " yourself).")
  boolean registryOnly;

  @Override
  public Integer call() throws Exception {
    var out = spec.commandLine().getOut();
    String location = database.resolve();
    if (!StoreLocation.isFile(location)) {
      if (force)
        throw new UserInputException(
            "--force deletes a database file; a PostgreSQL database is dropped and created with"
                + " PostgreSQL's own tools (dropdb, createdb), by its owner");
      try (Store store = StoreLocation.openAsIs(location)) {
        if (!store.isEmpty()) {
          out.println(
              store.location()
                  + " already holds "
                  + store.counts().get("records")
                  + " records; nothing changed.");
          return ExitCodes.OK;
        }
        return fill(store, out);
      }
    }
    Path file = Path.of(location);
    if (Files.exists(file)) {
      if (!force) {
        try (Store store = StoreLocation.openAsIs(location)) {
          out.println(
              file
                  + " already exists ("
                  + store.counts().get("records")
                  + " records); nothing changed."
                  + " Use --force to start again from scratch.");
        }
        return ExitCodes.OK;
      }
      Files.delete(file);
      Files.deleteIfExists(Path.of(file + ".wal"));
    }
    try (Store store = StoreLocation.openAsIs(location)) {
      return fill(store, out);
    }
  }

  /** Loads the bundled example (or nothing, with --empty) into the new store. */
  private int fill(Store store, java.io.PrintWriter out) {
    if (empty) {
      out.println("created " + store.location() + " (empty)");
    } else {
      int n = registryOnly ? BundledExample.loadRegistry(store) : BundledExample.load(store);
      out.println(
          "created "
              + store.location()
              + " with the bundled example"
              + (registryOnly ? "'s registry and ledgers" : "")
              + " ("
              + n
              + " records)");
    }
    return ExitCodes.OK;
  }
}
