package org.entwine.cli;

import picocli.CommandLine.Command;

@Command(
    name = "events",
    mixinStandardHelpOptions = true,
    description = {
      "Machine-coded news events (GDELT, ICEWS) as relation-month series:",
      "how often two countries meet in the news each month, cooperating or in conflict, in words or"
          + " in deeds."
    },
    subcommands = {
      EventsLoadCommand.class,
      EventsUpdateCommand.class,
      EventsSeriesCommand.class,
      EventsExportCommand.class
    })
final class EventsCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
