package org.entwine.datasets.events;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The real event files in ../shared/data, read in place; tests that need them skip where they are absent. */
final class RealFiles {
  static final List<String> GDELT = List.of(
      "gdelt/arekziobrowski+gdelt-big-data/20191024143000.export.CSV",
      "gdelt/epournaras+DIAS-GDELT/20180326044500.export.CSV",
      "gdelt/reed9999+gdelt-demo/events.csv");
  static final String ICEWS = "icews/andybega+icews/events.2018.sample.tab";
  static final String CAMEO = "cameo/mpiccirilli+UNDP-BCPR-Project";

  private RealFiles() {}

  static Path require(String relative) {
    String prop = System.getProperty("entwine.shared.data");
    Path file = prop == null ? null : Path.of(prop).resolve(relative);
    assumeTrue(file != null && Files.exists(file),
        "skipped: the real dataset ../shared/data/" + relative + " is not here (tests read it in place)");
    return file;
  }

  static List<Path> gdelt() {
    return GDELT.stream().map(RealFiles::require).toList();
  }
}
