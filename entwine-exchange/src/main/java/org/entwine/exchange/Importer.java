package org.entwine.exchange;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.entwine.registry.Problem;
import org.entwine.registry.ReferenceCheck;
import org.entwine.registry.Registry;
import org.entwine.registry.RegistryStore;
import org.entwine.source.Provenance;

/**
 * Imports exchange files into a store, whole or not at all: the files are read and checked against
 * what is stored before anything is written, and the store writes the batch in one transaction.
 */
public final class Importer {
  private final RegistryStore store;
  private final boolean fromRequest;

  public Importer(RegistryStore store) {
    this(store, false);
  }

  private Importer(RegistryStore store, boolean fromRequest) {
    this.store = store;
    this.fromRequest = fromRequest;
  }

  /**
   * An importer of documents a server received: they may not name files to open nor say who entered
   * their records ({@link RegistryReader#RegistryReader(org.entwine.framework.LevelVocabulary, Provenance, boolean)}).
   */
  public static Importer ofRequests(RegistryStore store) {
    return new Importer(store, true);
  }

  /** Imports {@code files}; returns how many records were stored. */
  public int importFiles(List<Path> files, String enteredBy) {
    return write(files, enteredBy, false);
  }

  /**
   * Stores {@code files}' records as new versions of stored records of the same kind and id (the
   * earlier versions are kept); returns how many were replaced. Checked as an import is, except that
   * each record must replace one.
   */
  public int replaceFiles(List<Path> files, String enteredBy) {
    return write(files, enteredBy, true);
  }

  private int write(List<Path> files, String enteredBy, boolean replace) {
    Registry stored = store.load();
    Provenance provenance = new Provenance(enteredBy, Instant.now());
    Batch batch = new RegistryReader(stored.vocabulary(), provenance, fromRequest).read(files);
    List<Problem> problems = replace ? ReferenceCheck.replacing(stored, batch.registry())
        : ReferenceCheck.problems(stored, batch.registry());
    if (!problems.isEmpty()) {
      throw new ExchangeException(problems.stream().limit(Problems.LIMIT).map(batch::locate).toList());
    }
    String origin = files.stream().map(Path::toString).collect(Collectors.joining(", "));
    if (replace) store.replace(batch.registry(), origin, enteredBy);
    else store.add(batch.registry(), origin, enteredBy);
    return batch.registry().size();
  }
}
