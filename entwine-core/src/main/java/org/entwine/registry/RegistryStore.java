package org.entwine.registry;

import java.util.List;

/**
 * Where the registry and ledgers are kept (the embedded database by default). The core declares it;
 * the storage adapters implement it.
 */
public interface RegistryStore extends AutoCloseable {

  /** Everything stored except indicator observations, which can run to millions of rows. */
  Registry load();

  /**
   * Streams the observations {@code query} selects, one at a time and in no particular order (they
   * can run to millions): the one way observations are read. A caller that needs them in order
   * sorts them ({@link org.entwine.evidence.Observation#KEY_ORDER}).
   */
  void observations(
      ObservationQuery query, java.util.function.Consumer<org.entwine.evidence.Observation> each);

  /**
   * Adds a batch in one transaction: all of it is stored, or (on any error) none of it and nothing
   * stored before changes.
   *
   * @param origin what the batch came from (file names), kept in the import log
   */
  default void add(Registry batch, String origin, String enteredBy) {
    add(batch, Entry.of(origin, enteredBy));
  }

  /** As {@link #add(Registry, String, String)}, under {@code entry} (kept in the audit trail). */
  void add(Registry batch, Entry entry);

  /**
   * Replaces stored records with new versions of themselves (same kind and id), in one transaction;
   * the earlier versions are kept, not lost.
   */
  default void replace(Registry batch, String origin, String enteredBy) {
    replace(batch, Entry.of(origin, enteredBy));
  }

  /**
   * As {@link #replace(Registry, String, String)}, under {@code entry} (kept in the audit trail).
   */
  void replace(Registry batch, Entry entry);

  /**
   * Starts a bulk load of a dataset in one transaction: observations stream in through {@link
   * ObservationLoad#add}, and {@link ObservationLoad#commit} stores them with the dataset's records
   * (sources, indicator definitions, contacts). Closing without committing stores nothing.
   *
   * @param records the records the load will store (their kinds and ids; the final versions are
   *     given to commit)
   * @param replace first remove what an earlier load of the same records stored: records with the
   *     same ids, and every observation of the same indicators
   */
  ObservationLoad beginLoad(Registry records, String origin, String enteredBy, boolean replace);

  /** A load under way. */
  interface ObservationLoad extends AutoCloseable {
    void add(org.entwine.evidence.Observation o);

    long count();

    /**
     * Stores the records and everything added, and ends the transaction.
     *
     * @throws DuplicateObservations (and stores nothing) when what was added gives more than one
     *     value of an indicator for one pair and period
     */
    void commit(Registry records);

    /** Rolls back unless committed. */
    @Override
    void close();
  }

  /**
   * A load gave a pair more than one value of an indicator for one period: the data is wrong, not
   * the store.
   */
  final class DuplicateObservations extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DuplicateObservations(String message) {
      super(message);
    }
  }

  /**
   * Whether a record of this kind and id is stored (kinds as in {@link Registry}: "source",
   * "indicator"…).
   */
  boolean contains(String kind, String id);

  /** The import log, newest first. */
  List<ImportLogEntry> imports();

  record ImportLogEntry(
      long id, java.time.Instant at, String origin, String enteredBy, int records) {}

  @Override
  void close();
}
