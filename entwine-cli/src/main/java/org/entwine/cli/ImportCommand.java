package org.entwine.cli;

import java.nio.file.Path;
import java.util.List;
import org.entwine.exchange.Importer;
import org.entwine.store.DuckDbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true,
    description = {"Imports exchange files (.yaml/.yml/.json registry and ledgers, .csv observations)",
        "as one batch: all of it lands, or none of it and the database is unchanged."})
final class ImportCommand extends DatabaseCommand {
  @Parameters(arity = "1..*", paramLabel = "FILE", description = "The files to import, read together.")
  List<Path> files;

  @Option(names = "--entered-by", paramLabel = "NAME", description = "Who is entering the records (default: your user name).")
  String enteredBy = System.getProperty("user.name");

  @Override
  int run(DuckDbStore store) {
    int n = new Importer(store).importFiles(files, enteredBy);
    out().println("imported " + n + " records from " + files.size() + " file" + (files.size() == 1 ? "" : "s"));
    return ExitCodes.OK;
  }
}
