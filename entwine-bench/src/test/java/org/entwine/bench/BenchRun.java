package org.entwine.bench;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs a bench in-process and captures what it prints. */
record BenchRun(int code, String out, String err) {
  static BenchRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Bench.run(args, new PrintWriter(out), new PrintWriter(err));
    return new BenchRun(code, out.toString(), err.toString());
  }
}
