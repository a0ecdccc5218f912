package org.entwine.cli;

import org.entwine.app.NotFoundException;
import org.entwine.datasets.update.FetchException;
import org.entwine.exchange.ExchangeException;
import org.entwine.input.UserInputException;
import org.entwine.storage.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Turns exceptions into a message on stderr and an exit code; stack traces only with --verbose. */
final class Errors implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception e, CommandLine cl, ParseResult parsed) {
    boolean verbose = false;
    for (ParseResult p = parsed; p != null; p = p.subcommand()) {
      verbose |= p.hasMatchedOption("--verbose");
    }
    var err = cl.getErr();
    int code;
    if (e instanceof ExchangeException x) {
      err.println("entwine: import refused; nothing was stored.");
      x.problems().forEach(p -> err.println("  " + p));
      code = ExitCodes.BAD_INPUT;
    } else if (e instanceof FetchException) {
      err.println("entwine: update stopped, and nothing was stored: " + e.getMessage());
      code = ExitCodes.FETCH;
    } else if (e instanceof StoreException) {
      err.println("entwine: " + e.getMessage());
      code = ExitCodes.DATABASE;
    } else if (e instanceof NotFoundException) {
      err.println("entwine: " + e.getMessage());
      code = ExitCodes.NOT_FOUND;
    } else if (e instanceof UserInputException) {
      err.println("entwine: " + e.getMessage());
      code = ExitCodes.USAGE;
    } else {
      // any other exception, an IllegalArgumentException included, is a bug, not the user's mistake
      err.println(
          "entwine: internal error: " + e + (verbose ? "" : " (run with --verbose for details)"));
      code = ExitCodes.INTERNAL;
    }
    if (verbose) e.printStackTrace(err);
    err.flush();
    return code;
  }
}
