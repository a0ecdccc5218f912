package org.entwine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * A command line that names its command reads that command only (the start-up reads no other
 * command's annotations), and the command it reads is the one the whole command line holds: the
 * same name, options, subcommands and help, word for word.
 */
class QuickCommandLineTest {
  static Stream<String> names() {
    return Main.COMMANDS.stream()
        .filter(c -> c != CommandLine.HelpCommand.class)
        .map(c -> c.getAnnotation(Command.class).name());
  }

  @ParameterizedTest
  @MethodSource("names")
  void aNamedCommandIsReadAloneAndIsTheSameAsInTheWholeCommandLine(String name) {
    CommandLine quick = Main.commandLine(name, "--help");
    CommandLine whole = Main.commandLine();
    assertThat(quick.getSubcommands().keySet()).containsExactly(name);
    assertThat(whole.getSubcommands()).hasSize(Main.COMMANDS.size());
    assertThat(usage(quick.getSubcommands().get(name)))
        .isEqualTo(usage(whole.getSubcommands().get(name)))
        .contains("Usage: entwine " + name);
  }

  @Test
  void helpAMistypedCommandAndNoCommandReadThemAll() {
    for (String[] args :
        new String[][] {{"help", "portfolio"}, {"portfolioo"}, {}, {"--version"}, {"-h"}})
      assertThat(Main.commandLine(args).getSubcommands()).hasSize(Main.COMMANDS.size());
    StringWriter out = new StringWriter();
    int code = Main.run(new String[] {"help", "brief"}, new PrintWriter(out), new PrintWriter(out));
    assertThat(code).isZero();
    assertThat(out.toString()).contains("Usage: entwine brief");
  }

  private static String usage(CommandLine c) {
    StringWriter w = new StringWriter();
    c.usage(new PrintWriter(w));
    for (CommandLine sub : c.getSubcommands().values()) sub.usage(new PrintWriter(w));
    return w.toString();
  }
}
