package org.entwine.datasets.readers;

/** The span of years a load has seen. */
final class Years {
  Integer from;
  Integer to;

  void see(int year) {
    if (from == null || year < from) from = year;
    if (to == null || year > to) to = year;
  }
}
