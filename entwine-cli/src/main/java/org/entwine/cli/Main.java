package org.entwine.cli;

import java.io.PrintWriter;
import java.util.List;
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
    description = "Measures how deep a country's foreign relations run.")
public final class Main implements Runnable {
  /** The commands, in the order {@code entwine --help} lists them. */
  static final List<Class<?>> COMMANDS =
      List.of(
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
          UpdateCommand.class,
          ServeCommand.class,
          UsersCommand.class,
          AuditCommand.class,
          ReportCommand.class,
          CommandLine.HelpCommand.class);

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * Writes UTF-8 whatever the locale: Java 17 writes the locale's charset, so in the C locale of a
   * container or a cron job the Vietnamese output, and the English output's typographic
   * apostrophes, came out as question marks.
   */
  public static void main(String[] args) {
    System.exit(run(args, utf8(System.out), utf8(System.err)));
  }

  private static PrintWriter utf8(java.io.OutputStream stream) {
    return new PrintWriter(
        new java.io.OutputStreamWriter(stream, java.nio.charset.StandardCharsets.UTF_8), true);
  }

  /** The command {@code name} names, other than help; null for any other word. */
  private static Class<?> named(String name) {
    for (Class<?> c : COMMANDS) {
      Command command = c.getAnnotation(Command.class);
      if (c != CommandLine.HelpCommand.class && command.name().equals(name)) return c;
    }
    return null;
  }

  /**
   * The command line that parses {@code args}. Reading a command's annotations takes a third of a
   * short command's start (0.3 s for all of them): a command line that names its command reads that
   * one only; anything else (help, a mistyped command, no command) reads them all, so that what it
   * prints lists them all.
   */
  static CommandLine commandLine(String... args) {
    CommandLine cl = new CommandLine(new Main());
    Class<?> named = args.length > 0 ? named(args[0]) : null;
    for (Class<?> c : COMMANDS) if (named == null || c == named) cl.addSubcommand(c);
    return cl;
  }

  /** Runs the command line with the given writers; returns the exit code (tests call this). */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = commandLine(args);
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
