package org.entwine.cli;

import java.nio.file.Path;
import java.util.List;
import org.entwine.exchange.Importer;
import org.entwine.storage.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Imports exchange files (.yaml/.yml/.json registry and ledgers, .csv observations) as one"
          + " batch: all of it lands, or none of it and the database is unchanged."
    })
final class ImportCommand extends DatabaseCommand {
  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description = "The files to import, read together.")
  List<Path> files;

  @Option(
      names = "--entered-by",
      paramLabel = "NAME",
      description = "Who is entering the records (default: your user name).")
  String enteredBy = System.getProperty("user.name");

  @Option(
      names = "--new-version",
      description = {
        "Store the files' records as new versions of stored records of the same kind and id (a"
            + " framework with a new upgrade, say): each must replace one; the earlier versions are"
            + " kept."
      })
  boolean newVersion;

  @Override
  int run(Store store) {
    String files = this.files.size() + " file" + (this.files.size() == 1 ? "" : "s");
    if (newVersion) {
      out()
          .println(
              "stored new versions of "
                  + new Importer(store).replaceFiles(this.files, enteredBy)
                  + " records from "
                  + files);
    } else {
      out()
          .println(
              "imported "
                  + new Importer(store).importFiles(this.files, enteredBy)
                  + " records from "
                  + files);
    }
    return ExitCodes.OK;
  }
}
