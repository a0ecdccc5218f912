package org.entwine.datasets;

import java.util.List;
import java.util.Optional;
import org.entwine.datasets.readers.Readers;

/** The datasets Entwine loads in their published layouts. */
public final class Datasets {
  private Datasets() {}

  /** Every dataset, each read by its reader in {@code datasets.readers}. */
  public static List<Dataset> all() {
    return Readers.all();
  }

  public static Optional<Dataset> byName(String name) {
    return all().stream().filter(d -> d.name().equalsIgnoreCase(name)).findFirst();
  }
}
