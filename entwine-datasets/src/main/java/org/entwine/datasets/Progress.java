package org.entwine.datasets;

/** Told how far a long read has come, in bytes of input; the command line shows it as a bar. */
@FunctionalInterface
public interface Progress {
  Progress NONE = bytes -> {};

  void advance(long bytes);
}
