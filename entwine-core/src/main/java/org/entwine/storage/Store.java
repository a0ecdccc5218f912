package org.entwine.storage;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.entwine.events.EventStore;
import org.entwine.registry.Entry;
import org.entwine.registry.Registry;
import org.entwine.registry.RegistryStore;

/**
 * Everything Entwine keeps: the registry, ledgers and indicator observations ({@link
 * RegistryStore}), the event series ({@link EventStore}) and the accounts ({@link AccountStore}).
 * The one storage contract the commands, the web application and the use cases work through; the
 * entry points choose and open an implementation (the embedded database by default).
 */
public interface Store extends RegistryStore, EventStore, AccountStore {

  /** Where the store is, for messages: a file, or a server's address without any password. */
  String location();

  /** Whether nothing has been imported yet. */
  boolean isEmpty();

  /**
   * Adds several batches in one transaction, each an import of its own under {@code entry}, each
   * checked against what is stored and the batches before it: all of them are stored, or none.
   */
  default void add(List<Registry> batches, Entry entry) {
    add(batches, java.util.Collections.nCopies(batches.size(), entry));
  }

  /**
   * As {@link #add(List, Entry)}, each batch under an entry of its own ({@code entries}, in the
   * batches' order): the writes of several people stored in one transaction.
   */
  void add(List<Registry> batches, List<Entry> entries);

  /** As {@link #add(List, Entry)}, entered on this machine with no reason given. */
  default void add(List<Registry> batches, String origin, String enteredBy) {
    add(batches, Entry.of(origin, enteredBy));
  }

  /**
   * The audit trail, newest first: the changes since {@code since} (null: all), entered by {@code
   * user} (null: anyone), at most {@code limit} of them.
   */
  List<AuditEntry> audit(java.time.Instant since, String user, int limit);

  /**
   * The newest import the store holds (0: none): a number that grows with every change, which a
   * server reports as the write an answer reflects.
   */
  long lastImport();

  /** The records, as now stored, that the given imports stored (a record since replaced: not). */
  Registry storedBy(Collection<Long> imports);

  /**
   * Tells {@code listener} of every change committed to the store from now on: at once, on the
   * committing thread, for this process's changes; and, on a team's database, as the database tells
   * of other processes' changes (commands, other servers).
   */
  void listen(java.util.function.Consumer<StoreChange> listener);

  /** Rows per table, for status reports and tests that check nothing changed. */
  Map<String, Long> counts();

  /**
   * Holds the store for {@code task} (such as "update") until the hold is closed: while it is held,
   * another hold of the same task on the same store, from this process or any other, is refused at
   * once with a {@link StoreBusyException} that says who holds it. Other work goes on beside it;
   * the hold ends with the process that holds it, however that ends.
   */
  Hold hold(String task);

  /** A task's hold on the store; closing it lets the next one in. */
  interface Hold extends AutoCloseable {
    @Override
    void close();
  }

  /**
   * The time of the latest change whose origin starts with {@code origin} (as the import log and
   * the audit trail give it), or null when there is none: when a source was last loaded.
   */
  java.time.Instant lastChange(String origin);

  /**
   * Whether other processes may change the store while this one works on it (a team's database):
   * then what this process keeps of accounts and sessions must be checked against the store before
   * a write. The embedded file is held by one process.
   */
  default boolean othersMayWrite() {
    return false;
  }

  /**
   * Whether several threads may read at once (a pool of connections); else reads take turns (one
   * embedded connection serves one statement at a time).
   */
  default boolean concurrentReads() {
    return false;
  }
}
