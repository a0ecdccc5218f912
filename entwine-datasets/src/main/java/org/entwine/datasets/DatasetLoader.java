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
  /**
   * What a load did; {@code replacedExtract} when it took the place of the bundled extract of the
   * dataset.
   */
  public record Report(Dataset.Result result, long observations, boolean replacedExtract) {}

  public Report load(
      Dataset dataset, List<Path> files, String enteredBy, boolean replace, Progress progress) {
    Registry records = dataset.records();
    Registry stored = store.load();
    boolean extract = false;
    for (var s : records.sources()) {
      var held = stored.source(s.id());
      if (held.isEmpty()) continue;
      // the bundled extract of a dataset gives way to the whole dataset
      if (held.get().version() != null
          && held.get().version().endsWith(org.entwine.datasets.extract.Extractor.EXTRACT)) {
        extract = true;
      } else if (!replace) {
        throw new ExchangeException(
            new ExchangeProblem(
                files.get(0),
                0,
                null,
                "the dataset "
                    + dataset.name()
                    + " is already loaded (source '"
                    + s.id()
                    + "'): load it with --replace to replace it"));
      }
    }
    replace |= extract;
    String origin =
        dataset.name()
            + ": "
            + files.stream().map(Path::toString).collect(Collectors.joining(", "));
    try (RegistryStore.ObservationLoad load =
        store.beginLoad(records, origin, enteredBy, replace)) {
      Dataset.Result result = dataset.read(files, stored.crosswalk(), load::add, progress);
      load.commit(stamp(result.records(), enteredBy));
      return new Report(result, load.count(), extract);
    } catch (RegistryStore.DuplicateObservations e) {
      throw new ExchangeException(
          new ExchangeProblem(
              files.get(0),
              0,
              null,
              "the "
                  + dataset.name()
                  + " data gives "
                  + e.getMessage()
                  + ": a dataset has one value per pair and period"));
    }
  }

  /** Records carry who loaded them and when. */
  private static Registry stamp(Registry r, String enteredBy) {
    var p = new org.entwine.source.Provenance(enteredBy, java.time.Instant.now());
    return Registry.ofDataset(
        r.sources(),
        r.indicators().stream().map(i -> i.enteredBy(p)).toList(),
        r.contacts().stream()
            .map(
                c ->
                    new org.entwine.evidence.Contact(
                        c.id(),
                        c.date(),
                        c.from(),
                        c.to(),
                        c.level(),
                        c.title(),
                        c.note(),
                        c.sources(),
                        p))
            .toList());
  }
}
