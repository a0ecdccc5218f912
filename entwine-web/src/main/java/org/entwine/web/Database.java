package org.entwine.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.entwine.method.Method;
import org.entwine.store.DuckDbStore;

/**
 * The server's one database connection and method. A DuckDB connection serves one statement at a
 * time, so requests take turns on it. Answers that take long to compute (an assessment runs the
 * sensitivity analysis) are kept until the next change: every write starts a new version.
 */
final class Database {
  private static final int KEPT = 256;
  private final DuckDbStore store;
  private final Method method;
  private long version;
  private final Map<String, Object> answers = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
      return size() > KEPT;
    }
  };

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

  /** The same for a change: it runs alone, in the store's own transaction, and forgets the answers kept. */
  <T> T write(Function<DuckDbStore, T> work) {
    synchronized (store) {
      try {
        return work.apply(store);
      } finally {
        version++;
        answers.clear();
      }
    }
  }

  /** The registry and ledgers, read once per version. */
  org.entwine.registry.Registry registry() {
    return kept("registry", DuckDbStore::load);
  }

  /** The answer to {@code question} as computed since the last change, or computed now and kept. */
  @SuppressWarnings("unchecked")
  <T> T kept(String question, Function<DuckDbStore, T> work) {
    synchronized (store) {
      String key = version + " " + question;
      T answer = (T) answers.get(key);
      if (answer == null) {
        answer = work.apply(store);
        answers.put(key, answer);
      }
      return answer;
    }
  }
}
