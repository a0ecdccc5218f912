package org.entwine.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code entwine}: the command line. Each job is a small command class; errors map to exit codes in
 * {@link Errors}.
 */
@Command(
    name = "entwine",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Measures how deep a country's foreign relations run.",
    subcommands = {
      InitCommand.class,
      ImportCommand.class,
      ExportCommand.class,
      PortfolioCommand.class,
      TimelineCommand.class,
      RegistryCommand.class,
      LoadCommand.class,
      IndicatorsCommand.class,
      ScoreCommand.class,
      ExplainCommand.class,
      SensitivityCommand.class,
      AssessCommand.class,
      ChangesCommand.class,
      BriefCommand.class,
      ValidateCommand.class,
      ExtractCommand.class,
      EventsCommand.class,
      ServeCommand.class,
      UsersCommand.class,
      AuditCommand.class,
      ReportCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line with the given writers; returns the exit code (tests call this). */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler(new Errors());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    int code = cl.execute(args);
    out.flush();
    err.flush();
    return code;
  }
}
