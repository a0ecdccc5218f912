package org.entwine.datasets.events;

import java.nio.file.Path;
import java.util.List;
import org.entwine.testing.SharedData;

/** The real event files in ../shared/data the tests read, found by {@link SharedData}. */
final class RealFiles {
  static final List<String> GDELT =
      List.of(
          "gdelt/arekziobrowski+gdelt-big-data/20191024143000.export.CSV",
          "gdelt/epournaras+DIAS-GDELT/20180326044500.export.CSV",
          "gdelt/reed9999+gdelt-demo/events.csv");
  static final String ICEWS = "icews/andybega+icews/events.2018.sample.tab";
  static final String CAMEO = "cameo/mpiccirilli+UNDP-BCPR-Project";

  private RealFiles() {}

  static Path require(String relative) {
    return SharedData.require(relative);
  }

  static List<Path> gdelt() {
    return GDELT.stream().map(RealFiles::require).toList();
  }
}
