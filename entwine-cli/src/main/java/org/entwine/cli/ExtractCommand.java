package org.entwine.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.entwine.app.BundledExample;
import org.entwine.datasets.extract.ExtractPlan;
import org.entwine.datasets.extract.Extractor;
import org.entwine.input.UserInputException;
import org.entwine.json.DomainJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Writes an extract of the published datasets for one actor, as the plan says: for each"
          + " dataset, the yearly figures of the actor's pairs that Entwine's loaders derive from"
          + " the whole files (never the publishers' rows), in the exchange format, with"
          + " manifest.yaml (publisher, version, the source files' SHA-256, terms, citation, the"
          + " command).",
      "This is how the bundled example's extract is made:",
      "  entwine extract --plan data/example/extract/plan.yaml --data ../shared/data --out"
          + " data/example/extract",
      "The same published files give the same bytes. Needs no database."
    })
final class ExtractCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--plan",
      required = true,
      paramLabel = "FILE",
      description = "The plan (YAML): focal actor, first year, datasets.")
  Path plan;

  @Option(
      names = "--data",
      required = true,
      paramLabel = "DIR",
      description = "The folder the plan's file paths are relative to.")
  Path data;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "Where to write the extract.")
  Path out;

  @Override
  public Integer call() throws Exception {
    ExtractPlan p;
    try {
      p = DomainJson.yaml().readValue(plan.toFile(), ExtractPlan.class);
    } catch (java.io.IOException e) {
      throw new UserInputException(plan + ": not a readable extract plan: " + e.getMessage());
    }
    var crosswalk = BundledExample.registry().crosswalk();
    var w = spec.commandLine().getOut();
    var bar =
        ProgressBars.open(
            "extract " + p.focal(),
            p.datasets().stream()
                .filter(ExtractPlan.Entry::included)
                .flatMap(e -> e.files().stream())
                .map(data::resolve)
                .toList());
    try {
      for (var written : Extractor.write(p, data, out, crosswalk, ProgressBars.of(bar))) {
        w.println(
            written.included()
                ? String.format(
                    "%-18s %,8d observations, %s-%s",
                    written.dataset(), written.observations(), written.from(), written.to())
                : String.format(
                    "%-18s left out (its terms; see manifest.yaml)", written.dataset()));
      }
    } finally {
      ProgressBars.close(bar, spec.commandLine().getErr());
    }
    w.println("wrote " + out + " (manifest.yaml, files.txt)");
    return ExitCodes.OK;
  }
}
