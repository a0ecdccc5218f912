package org.entwine.registry;

import java.util.List;

/**
 * Where the registry and ledgers are kept (the embedded database by default). The core declares
 * it; the storage adapters implement it.
 */
public interface RegistryStore extends AutoCloseable {

  /** Everything stored except indicator observations, which can run to millions of rows. */
  Registry load();

  /** The observations for {@code actor} (as actor or partner), optionally only with {@code partner}. */
  List<org.entwine.evidence.Observation> observations(String actor, String partner);

  /**
   * Adds a batch in one transaction: all of it is stored, or (on any error) none of it and nothing
   * stored before changes.
   *
   * @param origin what the batch came from (file names), kept in the import log
   */
  void add(Registry batch, String origin, String enteredBy);

  /** The import log, newest first. */
  List<ImportLogEntry> imports();

  record ImportLogEntry(long id, java.time.Instant at, String origin, String enteredBy, int records) {}

  @Override
  void close();
}
