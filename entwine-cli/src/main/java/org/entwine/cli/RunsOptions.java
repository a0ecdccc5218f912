package org.entwine.cli;

import org.entwine.app.Assessor;
import picocli.CommandLine.Option;

/**
 * The sensitivity runs behind the rank intervals, as {@code assess} and {@code report} take them.
 */
final class RunsOptions {
  @Option(
      names = "--runs",
      paramLabel = "N",
      description = "Sensitivity runs for the rank intervals (default: 200).")
  int runs = 200;

  @Option(
      names = "--seed",
      paramLabel = "N",
      description =
          "Seed of the sensitivity runs: the same seed gives the same intervals (default: 1).")
  long seed = Assessor.DEFAULT_SEED;
}
