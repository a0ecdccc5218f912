package org.entwine.store;

import java.nio.file.Path;

/**
 * Run in a second JVM by the tests: holds the database open (as 'entwine serve' would) until stdin
 * closes.
 */
public final class HoldDatabase {
  @SuppressWarnings("try") // the store is held open, not used
  public static void main(String[] args) throws Exception {
    try (DuckDbStore store = DuckDbStore.open(Path.of(args[0]))) {
      System.out.println("holding");
      System.out.flush();
      while (System.in.read() >= 0) {
        // wait for the test to close our stdin
      }
    }
  }
}
