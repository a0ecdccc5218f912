package org.entwine.cli;

/** How a command prints its result. */
enum Format {
  TABLE,
  JSON,
  CSV
}
