package org.entwine.datasets;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.entwine.actor.Crosswalk;
import org.entwine.evidence.Observation;
import org.entwine.registry.Registry;

/**
 * A public dataset in its published layout, read into indicator observations per relation and year.
 */
public interface Dataset {

  /** The name on the command line: {@code entwine load NAME FILE...}. */
  String name();

  /** What it is, and which files it takes. */
  String title();

  String files();

  /**
   * The records a load stores beside the observations: the dataset's source and indicator
   * definitions.
   */
  Registry records();

  /**
   * Reads the files, sending each observation to {@code sink} as it goes.
   *
   * @throws org.entwine.exchange.ExchangeException with every problem found, located
   */
  Result read(List<Path> files, Crosswalk crosswalk, Consumer<Observation> sink, Progress progress);

  /**
   * @param records the records to store, with the years the data covers filled in
   * @param rows data rows read
   * @param unmapped rows skipped because a code maps to no actor, by code ("COW 260")
   * @param missing values the file marks as missing (stored as no observation, never zero)
   * @param notes what the reader noted besides, with how many rows or values each concerns: rows
   *     skipped for a stated reason (aggregates), values read as not reported, a header repaired
   */
  record Result(
      Registry records,
      long rows,
      Map<String, Long> unmapped,
      long missing,
      Map<String, Long> notes) {
    public Result(Registry records, long rows, Map<String, Long> unmapped, long missing) {
      this(records, rows, unmapped, missing, Map.of());
    }
  }
}
