package org.entwine.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import org.entwine.evidence.Observation;
import org.entwine.exchange.RegistryWriter;
import org.entwine.registry.ObservationQuery;
import org.entwine.registry.Registry;
import org.entwine.storage.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description =
        "Writes everything stored in the exchange format (registry.yaml or .json, and"
            + " observations.csv), ready to import elsewhere.")
final class ExportCommand extends DatabaseCommand {
  @Option(
      names = {"-o", "--out"},
      required = true,
      paramLabel = "DIR",
      description = "The folder to write into.")
  Path dir;

  @Option(names = "--json", description = "Write registry.json instead of registry.yaml.")
  boolean json;

  @Override
  int run(Store store) throws Exception {
    Registry r = store.load();
    var observations = new ArrayList<Observation>();
    store.observations(ObservationQuery.all(), observations::add);
    observations.sort(Observation.KEY_ORDER);
    Registry all = r.withObservations(observations);
    for (Path p : RegistryWriter.write(all, dir, json)) out().println("wrote " + p);
    return ExitCodes.OK;
  }
}
