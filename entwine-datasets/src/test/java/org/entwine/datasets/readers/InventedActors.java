package org.entwine.datasets.readers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.entwine.actor.Actor;
import org.entwine.actor.ActorKind;
import org.entwine.actor.Crosswalk;
import org.entwine.datasets.Dataset;
import org.entwine.datasets.Progress;
import org.entwine.evidence.Observation;
import org.entwine.source.Provenance;

/**
 * Invented states for the readers' tests on small made-up files (never real countries: the values
 * in these files are test input, not published data), and a reader's output gathered.
 */
final class InventedActors {
  private InventedActors() {}

  static final Crosswalk CROSSWALK =
      new Crosswalk(
          List.of(
              state("XAA", "Atlantis", "Atlantis, Rep. of", "ATLANTIS"),
              state("XBB", "Borduria", "Borduria, The", "BORDURIA"),
              state("XCC", "Carpania", "Carpania, Kingdom of", "CARPANIA"),
              state("XDD", "Syldavia", "Syldavia, Dem. Rep. of", "SYLDAVIA")));

  private static Actor state(String code, String name, String... aliases) {
    return new Actor(
        code,
        ActorKind.STATE,
        name,
        Map.of(),
        List.of(aliases),
        List.of(),
        "invented for tests",
        List.of("test"),
        new Provenance("test", Instant.EPOCH));
  }

  /** What a reader gave: its observations, keyed indicator|actor|partner|period, and its result. */
  record Read(Map<String, Observation> observations, Dataset.Result result) {
    Double value(String key) {
      Observation o = observations.get(key);
      return o == null ? null : o.value();
    }

    String source(String key) {
      return observations.get(key).source();
    }
  }

  static Read read(Dataset d, List<Path> files) {
    Map<String, Observation> out = new java.util.TreeMap<>();
    List<Observation> twice = new ArrayList<>();
    Dataset.Result r =
        d.read(
            files,
            CROSSWALK,
            o -> {
              String k =
                  o.indicator() + "|" + o.actor() + "|" + o.partner() + "|" + o.period().toString();
              if (out.put(k, o) != null) twice.add(o);
            },
            Progress.NONE);
    if (!twice.isEmpty()) throw new AssertionError("observations given twice: " + twice);
    return new Read(out, r);
  }

  static Path write(Path dir, String name, String text) throws Exception {
    return Files.writeString(dir.resolve(name), text);
  }
}
