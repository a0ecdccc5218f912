package org.entwine.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** Runs the command line in-process against a given database and captures what it prints. */
final class Cli {
  record Result(int code, String out, String err) {}

  private Cli() {}

  static Result run(Path db, String... args) {
    return run(db.toString(), args);
  }

  /** Runs the command on the database at {@code location}: a file, or a postgresql:// address. */
  static Result run(String location, String... args) {
    String[] all = new String[args.length + 2];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--db";
    all[args.length + 1] = location;
    return runRaw(all);
  }

  static Result runRaw(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Result(code, out.toString(), err.toString());
  }
}
