package org.entwine.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.entwine.app.accounts.Accounts;
import org.entwine.input.UserInputException;
import org.entwine.registry.Entry;
import org.entwine.storage.Account;
import org.entwine.storage.Role;
import org.entwine.storage.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "users",
    mixinStandardHelpOptions = true,
    description = {
      "The accounts that sign in to the server: readers see everything and change nothing,"
          + " analysts enter and edit ledgers and judgements, admins manage accounts and read the"
          + " audit trail.",
      "Once a store has an account, 'entwine serve' asks everyone to sign in, and may listen"
          + " beyond this machine. Every change here is in the audit trail."
    },
    subcommands = {
      UsersCommand.Add.class,
      UsersCommand.ListAll.class,
      UsersCommand.SetRole.class,
      UsersCommand.Disable.class,
      UsersCommand.Enable.class,
      UsersCommand.Password.class,
      UsersCommand.Token.class
    })
final class UsersCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Who a change on the command line is entered by: the user running it. */
  static Entry byThisUser() {
    return Entry.of("entwine users", System.getProperty("user.name"));
  }

  /**
   * A new password: the first line of stdin with --password-stdin, else asked twice at the
   * terminal, never on the command line (where other users' ps would see it).
   */
  static char[] readPassword(boolean fromStdin, String name) {
    if (fromStdin) {
      try {
        String line =
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        if (line == null) throw new UserInputException("--password-stdin: stdin was empty");
        return line.toCharArray();
      } catch (IOException e) {
        throw new UserInputException("--password-stdin: cannot read stdin: " + e.getMessage());
      }
    }
    java.io.Console console = System.console();
    if (console == null)
      throw new UserInputException(
          "no terminal to ask for " + name + "'s password: give it on stdin with --password-stdin");
    char[] first = console.readPassword("New password for %s: ", name);
    char[] again = console.readPassword("Again: ");
    if (first == null || !Arrays.equals(first, again))
      throw new UserInputException("the two passwords differ: nothing changed");
    return first;
  }

  @Command(name = "add", mixinStandardHelpOptions = true, description = "Adds an account.")
  static final class Add extends DatabaseCommand {
    @Parameters(paramLabel = "NAME", description = "The account's name.")
    String name;

    @Option(
        names = "--role",
        paramLabel = "ROLE",
        description = "reader, analyst or admin (default: reader).")
    String role = "reader";

    @Option(names = "--password-stdin", description = "Read the password from stdin's first line.")
    boolean stdin;

    @Override
    int run(Store store) {
      Role r = Role.parse(role);
      Accounts accounts = new Accounts(store);
      accounts.requireNew(name);
      Account a = accounts.add(name, readPassword(stdin, name), r, byThisUser());
      out().println("added " + a.name() + " (" + a.role() + ") to " + store.location());
      return ExitCodes.OK;
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the accounts.")
  static final class ListAll extends DatabaseCommand {
    @Mixin FormatOption format;

    @Override
    int run(Store store) {
      Table t = new Table("name", "role", "state", "created");
      for (Account a : new Accounts(store).list())
        t.row(a.name(), a.role().toString(), a.disabled() ? "disabled" : "enabled", a.created());
      t.print(format.format, out());
      return ExitCodes.OK;
    }
  }

  @Command(name = "role", mixinStandardHelpOptions = true, description = "Gives an account a role.")
  static final class SetRole extends DatabaseCommand {
    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Parameters(index = "1", paramLabel = "ROLE", description = "reader, analyst or admin.")
    String role;

    @Override
    int run(Store store) {
      Account a = new Accounts(store).role(name, Role.parse(role), byThisUser());
      out().println(a.name() + " is now " + a.role());
      return ExitCodes.OK;
    }
  }

  /** Disables or enables an account. */
  abstract static class SetDisabled extends DatabaseCommand {
    @Parameters(paramLabel = "NAME")
    String name;

    abstract boolean disabled();

    @Override
    int run(Store store) {
      new Accounts(store).disable(name, disabled(), byThisUser());
      out().println(name + (disabled() ? " is disabled" : " is enabled"));
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "disable",
      mixinStandardHelpOptions = true,
      description =
          "Disables an account: it can no longer sign in or use its tokens, and its sessions end;"
              + " what it entered still names it.")
  static final class Disable extends SetDisabled {
    @Override
    boolean disabled() {
      return true;
    }
  }

  @Command(name = "enable", mixinStandardHelpOptions = true, description = "Enables an account.")
  static final class Enable extends SetDisabled {
    @Override
    boolean disabled() {
      return false;
    }
  }

  @Command(
      name = "password",
      mixinStandardHelpOptions = true,
      description = "Sets an account's password.")
  static final class Password extends DatabaseCommand {
    @Parameters(paramLabel = "NAME")
    String name;

    @Option(names = "--password-stdin", description = "Read the password from stdin's first line.")
    boolean stdin;

    @Override
    int run(Store store) {
      new Accounts(store).password(name, readPassword(stdin, name), byThisUser());
      out().println(name + "'s password is changed");
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "token",
      mixinStandardHelpOptions = true,
      description =
          "API tokens for scripts (sent as 'Authorization: Bearer TOKEN'): made, listed and"
              + " revoked one by one.",
      subcommands = {Token.Add.class, Token.ListTokens.class, Token.Revoke.class})
  static final class Token implements Runnable {
    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
      spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(
        name = "add",
        mixinStandardHelpOptions = true,
        description =
            "Makes an API token: it is printed once and kept only as its hash. It stops working"
                + " when revoked, when its account is disabled or given a new password, or after"
                + " --expires.")
    static final class Add extends DatabaseCommand {
      @Parameters(paramLabel = "ACCOUNT")
      String account;

      @Option(
          names = {"--name", "--label"},
          paramLabel = "NAME",
          description =
              "What the token is for, unique among the account's tokens (default: script).")
      String name = "script";

      @Option(
          names = "--expires",
          paramLabel = "YYYY-MM-DD",
          description = "The last day the token works (default: until revoked).")
      String expires;

      @Override
      int run(Store store) {
        java.time.Instant until =
            expires == null ? null : org.entwine.app.AsOf.endOf(expires, "--expires");
        out().println(new Accounts(store).newToken(account, name, until, byThisUser()).token());
        return ExitCodes.OK;
      }
    }

    @Command(
        name = "list",
        mixinStandardHelpOptions = true,
        description = "Lists the API tokens (never the tokens themselves), revoked ones too.")
    static final class ListTokens extends DatabaseCommand {
      @Parameters(paramLabel = "ACCOUNT", arity = "0..1", description = "One account's tokens.")
      String account;

      @Mixin FormatOption format;

      @Override
      int run(Store store) {
        Table t = new Table("account", "name", "state", "created", "expires", "last used");
        java.time.Instant now = java.time.Instant.now();
        for (var k : new Accounts(store).tokens(account))
          t.row(
              k.account(),
              k.name(),
              k.revoked() != null ? "revoked" : k.usable(now) ? "in use" : "expired",
              k.created(),
              k.expires(),
              k.lastUsed());
        t.print(format.format, out());
        return ExitCodes.OK;
      }
    }

    @Command(
        name = "revoke",
        mixinStandardHelpOptions = true,
        description = "Revokes an account's token by its name (or all its tokens, with --all).")
    static final class Revoke extends DatabaseCommand {
      @Parameters(index = "0", paramLabel = "ACCOUNT")
      String account;

      @Parameters(index = "1", paramLabel = "NAME", arity = "0..1")
      String name;

      @Option(names = "--all", description = "Revoke every token of the account.")
      boolean all;

      @Override
      int run(Store store) {
        if ((name == null) == !all)
          throw new UserInputException("give a token's NAME, or --all (not both)");
        int n = new Accounts(store).revoke(account, name, byThisUser());
        out().println(n + " token" + (n == 1 ? "" : "s") + " of " + account + " revoked");
        return ExitCodes.OK;
      }
    }
  }
}
