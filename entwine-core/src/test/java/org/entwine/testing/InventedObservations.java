package org.entwine.testing;

import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.entwine.evidence.Observation;
import org.entwine.time.PartialDate;

/**
 * Many observations of invented actors (A0…A999 with B0, B1…), for tests that need a store's bulk
 * loads to hold many rows: no real country's figures.
 */
public final class InventedObservations {
  private InventedObservations() {}

  /**
   * {@code n} values of {@code indicator} from {@code source}: value i for the pair A(i mod 1000),
   * B(i / 1000) in the year 1900 + i mod 100.
   */
  public static Stream<Observation> of(String indicator, String source, int n) {
    return IntStream.range(0, n)
        .mapToObj(
            i ->
                new Observation(
                    indicator,
                    "A" + (i % 1000),
                    "B" + (i / 1000),
                    PartialDate.parse(String.valueOf(1900 + i % 100)),
                    i,
                    source));
  }
}
