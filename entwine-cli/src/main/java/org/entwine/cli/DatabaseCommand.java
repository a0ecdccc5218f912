package org.entwine.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.entwine.app.Actors;
import org.entwine.registry.Registry;
import org.entwine.storage.Store;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** A command that works on the database: opens it, runs, closes it. */
abstract class DatabaseCommand implements Callable<Integer> {
  @Mixin DatabaseOptions database;
  @Spec CommandLine.Model.CommandSpec spec;

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  @Override
  public Integer call() throws Exception {
    try (Store store = database.open(err())) {
      return run(store);
    }
  }

  abstract int run(Store store) throws Exception;

  /** Loads the registry, and resolves what the user typed as an actor code. */
  static String actor(Registry registry, String typed) {
    return Actors.resolve(registry, typed);
  }
}
