package org.entwine.cli;

import java.nio.file.Path;
import java.util.List;
import org.entwine.app.SparkOutput;
import org.entwine.datasets.events.EventFiles;
import org.entwine.datasets.events.EventLoad;
import org.entwine.events.CameoCodebook;
import org.entwine.storage.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(
    name = "load",
    mixinStandardHelpOptions = true,
    description = {
      "Loads GDELT exports (1.0 daily files, 2.0 15-minute files; plain or zipped) and ICEWS event"
          + " files into relation-month series.",
      "PATH is a file, a directory (every file in it) or a glob in quotes; or the output folder of"
          + " the Spark job (entwine-spark), whose relation-months are added like any load. An"
          + " event counts once,"
          + " even if a file is loaded again or a later file repeats it. Bad rows go to the"
          + " quarantine file with file, line and reason; a file that is not an event file stops"
          + " the load, and nothing is stored."
    })
final class EventsLoadCommand extends DatabaseCommand {
  @Parameters(paramLabel = "PATH", arity = "1..*")
  List<String> paths;

  @Mixin EventLoadOptions loading;

  @Override
  int run(Store store) {
    long start = System.nanoTime();
    if (paths.size() == 1 && SparkOutput.is(Path.of(paths.get(0)))) {
      SparkOutputLoad.load(Path.of(paths.get(0)), store, loading, out());
      out().printf("took %.1f s%n", (System.nanoTime() - start) / 1e9);
      return ExitCodes.OK;
    }
    List<Path> files = EventFiles.expand(paths);
    List<EventFiles.Input> inputs = EventFiles.inputs(files);
    CameoCodebook codebook = loading.codebook();
    var bar = ProgressBars.open("events", files);
    List<EventLoad.Report> reports;
    try {
      reports =
          new EventLoad(store, store.load().crosswalk(), codebook, loading.threads)
              .load(inputs, loading.quarantine, loading.enteredBy, ProgressBars.of(bar));
    } finally {
      ProgressBars.close(bar, err());
    }
    loading.print(reports, codebook, out());
    out().printf("took %.1f s%n", (System.nanoTime() - start) / 1e9);
    return ExitCodes.OK;
  }
}
