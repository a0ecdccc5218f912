package org.entwine.cli;

import java.util.concurrent.Callable;
import org.entwine.app.StoreLocation;
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
  public Integer call() {
    var out = spec.commandLine().getOut();
    StoreLocation.Created c =
        StoreLocation.create(
            database.resolve(),
            empty
                ? StoreLocation.Contents.NOTHING
                : registryOnly ? StoreLocation.Contents.REGISTRY : StoreLocation.Contents.EXAMPLE,
            force);
    if (!c.created() && c.file())
      out.println(
          c.location()
              + " already exists ("
              + c.records()
              + " records); nothing changed."
              + " Use --force to start again from scratch.");
    else if (!c.created())
      out.println(c.location() + " already holds " + c.records() + " records; nothing changed.");
    else if (empty) out.println("created " + c.location() + " (empty)");
    else
      out.println(
          "created "
              + c.location()
              + " with the bundled example"
              + (registryOnly ? "'s registry and ledgers" : "")
              + " ("
              + c.records()
              + " records)");
    return ExitCodes.OK;
  }
}
