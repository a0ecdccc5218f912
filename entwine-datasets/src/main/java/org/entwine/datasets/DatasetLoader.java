package org.entwine.datasets;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.entwine.exchange.ExchangeException;
import org.entwine.exchange.ExchangeProblem;
import org.entwine.registry.Registry;
import org.entwine.registry.RegistryStore;

/**
 * Loads a dataset into a store in one transaction: it lands whole, or (on any problem in any row)
 * not at all. Loading a dataset already loaded is refused unless asked to replace it.
 */
public final class DatasetLoader {
  private final RegistryStore store;

  public DatasetLoader(RegistryStore store) {
    this.store = store;
  }

  /** What a load did. */
  public record Report(Dataset.Result result, long observations) {}

  public Report load(Dataset dataset, List<Path> files, String enteredBy, boolean replace, Progress progress) {
    Registry records = dataset.records();
    if (!replace) {
      for (var s : records.sources()) {
        if (store.contains("source", s.id())) {
          throw new ExchangeException(new ExchangeProblem(files.get(0), 0, null, "the dataset " + dataset.name()
              + " is already loaded (source '" + s.id() + "'): load it with --replace to replace it"));
        }
      }
    }
    Registry stored = store.load();
    String origin = dataset.name() + ": " + files.stream().map(Path::toString).collect(Collectors.joining(", "));
    try (RegistryStore.ObservationLoad load = store.beginLoad(records, origin, enteredBy, replace)) {
      Dataset.Result result = dataset.read(files, stored.crosswalk(), load::add, progress);
      load.commit(stamp(result.records(), enteredBy));
      return new Report(result, load.count());
    }
  }

  /** Records carry who loaded them and when. */
  private static Registry stamp(Registry r, String enteredBy) {
    var p = new org.entwine.source.Provenance(enteredBy, java.time.Instant.now());
    return Registry.ofDataset(r.sources(),
        r.indicators().stream().map(i -> i.enteredBy(p)).toList(),
        r.contacts().stream().map(c -> new org.entwine.evidence.Contact(c.id(), c.date(), c.from(), c.to(), c.level(),
            c.title(), c.note(), c.sources(), p)).toList());
  }
}
