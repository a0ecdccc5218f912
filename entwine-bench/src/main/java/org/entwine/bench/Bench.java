package org.entwine.bench;

import java.io.PrintWriter;
import org.entwine.input.UserInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code entwine-bench}: Entwine's readers and computations timed against a named peer (DuckDB) on
 * the same input in the same run. Each bench checks that both sides give the same rows and figures
 * and fails (exit 1) where they do not, so a ratio never compares different work.
 */
@Command(
    name = "entwine-bench",
    mixinStandardHelpOptions = true,
    description =
        "Benchmarks of Entwine against DuckDB on the same input, each checked for agreement.",
    subcommands = {
      UnvotesBench.class,
      EventsBench.class,
      ZippedEventsBench.class,
      ScoringBench.class,
      LoadBench.class,
      UpdateBench.class,
      StartupBench.class,
      CommandLine.HelpCommand.class
    })
public final class Bench implements Runnable {
  /**
   * Exit codes: the bench ran and both sides agree; they differ (or a bug); the command line was
   * wrong.
   */
  static final int OK = 0;

  static final int DIFFERENT = 1;
  static final int USAGE = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs a bench with the given writers; returns the exit code (tests call this). */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new Bench());
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler(
        (e, line, parsed) -> {
          if (e instanceof UserInputException) {
            line.getErr().println("entwine-bench: " + e.getMessage());
            return USAGE;
          }
          throw e;
        });
    int code = cl.execute(args);
    out.flush();
    err.flush();
    return code;
  }
}
