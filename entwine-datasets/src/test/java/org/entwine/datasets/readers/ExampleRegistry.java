package org.entwine.datasets.readers;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.entwine.actor.Crosswalk;
import org.entwine.exchange.RegistryReader;
import org.entwine.framework.LevelVocabulary;
import org.entwine.source.Provenance;

/** The bundled example's registry of actors (data/example), read without a database. */
final class ExampleRegistry {
  private ExampleRegistry() {}

  private static Crosswalk crosswalk;

  static synchronized Crosswalk crosswalk() {
    if (crosswalk == null) {
      Path dir = Path.of("..", "data", "example");
      crosswalk =
          new RegistryReader(new LevelVocabulary(List.of()), new Provenance("test", Instant.EPOCH))
              .read(
                  List.of(
                      dir.resolve("sources.yaml"),
                      dir.resolve("countries.yaml"),
                      dir.resolve("organizations.yaml")))
              .registry()
              .crosswalk();
    }
    return crosswalk;
  }
}
