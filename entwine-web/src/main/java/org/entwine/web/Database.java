package org.entwine.web;

import java.util.function.Function;
import org.entwine.method.Method;
import org.entwine.store.DuckDbStore;

/**
 * The server's one database connection and method. A DuckDB connection serves one statement at a
 * time, so requests take turns on it.
 */
final class Database {
  private final DuckDbStore store;
  private final Method method;

  Database(DuckDbStore store, Method method) {
    this.store = store;
    this.method = method;
  }

  Method method() {
    return method;
  }

  <T> T read(Function<DuckDbStore, T> work) {
    synchronized (store) {
      return work.apply(store);
    }
  }

  /** The same for a change: it runs alone, in the store's own transaction. */
  <T> T write(Function<DuckDbStore, T> work) {
    return read(work);
  }
}
