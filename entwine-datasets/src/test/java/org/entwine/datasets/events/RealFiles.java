package org.entwine.datasets.events;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.entwine.testing.SharedData;

/**
 * The real event files the tests read: the full files in ../shared/data (found by {@link
 * SharedData}), or the committed excerpts of them, so that a test can run on both.
 */
final class RealFiles {
  static final List<String> GDELT =
      List.of(
          "gdelt/arekziobrowski+gdelt-big-data/20191024143000.export.CSV",
          "gdelt/epournaras+DIAS-GDELT/20180326044500.export.CSV",
          "gdelt/reed9999+gdelt-demo/events.csv");
  static final String ICEWS = "icews/andybega+icews/events.2018.sample.tab";
  static final String CAMEO = "cameo/mpiccirilli+UNDP-BCPR-Project";

  /** Which form of the published files a test reads. */
  enum Form {
    /** The committed excerpts: always there. */
    EXCERPT,
    /** The full files in ../shared/data: run where they are ({@link #forms}); under CI, always. */
    FULL
  }

  private RealFiles() {}

  static Path require(String relative) {
    return SharedData.require(relative);
  }

  static Path file(Form form, String relative) {
    return form == Form.EXCERPT ? SharedData.excerpt(relative) : SharedData.require(relative);
  }

  /**
   * The forms a test runs on: the excerpts always; the full files where they are, and always under
   * CI (where their absence fails). A clone without ../shared runs the excerpts' cases only.
   */
  static Stream<Form> forms() {
    boolean full = Stream.concat(GDELT.stream(), Stream.of(ICEWS)).allMatch(SharedData::isHere);
    return full ? Stream.of(Form.values()) : Stream.of(Form.EXCERPT);
  }

  static List<Path> gdelt() {
    return gdelt(Form.FULL);
  }

  static List<Path> gdelt(Form form) {
    return GDELT.stream().map(f -> file(form, f)).toList();
  }
}
