package org.entwine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.entwine.input.UserInputException;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Only what the user gave wrong is reported as their mistake; anything else is reported as a bug.
 */
class ErrorsTest {
  private static String[] handle(Exception e) {
    CommandLine cl = Main.commandLine("portfolio", "VNM");
    StringWriter err = new StringWriter();
    cl.setErr(new PrintWriter(err));
    int code = new Errors().handleExecutionException(e, cl, cl.parseArgs("portfolio", "VNM"));
    return new String[] {String.valueOf(code), err.toString()};
  }

  @Test
  void aUserInputExceptionIsTheUsersMistake() {
    String[] r = handle(new UserInputException("--by expects month or year, got 'week'"));
    assertThat(r[0]).isEqualTo(String.valueOf(ExitCodes.USAGE));
    assertThat(r[1])
        .isEqualTo("entwine: --by expects month or year, got 'week'" + System.lineSeparator());
  }

  @Test
  void anyOtherIllegalArgumentIsABugNotTheUsersMistake() {
    String[] r = handle(new IllegalArgumentException("index must be positive"));
    assertThat(r[0]).isEqualTo(String.valueOf(ExitCodes.INTERNAL));
    assertThat(r[1])
        .startsWith(
            "entwine: internal error: java.lang.IllegalArgumentException: index must be positive");
  }
}
