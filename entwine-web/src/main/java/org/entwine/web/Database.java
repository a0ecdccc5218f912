package org.entwine.web;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.entwine.method.Method;
import org.entwine.registry.Registry;
import org.entwine.store.DuckDbStore;

/**
 * The server's one database connection and method. A DuckDB connection serves one statement at a
 * time, so requests take turns on it ({@link #read}, {@link #write}), each only as long as it reads or
 * writes: a long computation (an assessment's sensitivity runs) runs outside that turn, so readers do
 * not wait for it. Answers are kept until a write touches them: a write forgets the answers about
 * the actors it touched ({@link Touched}), and those about everyone (the registry) always.
 */
final class Database {
  private static final int KEPT = 512;
  private final DuckDbStore store;
  private final Method method;
  /** An answer, computed once for everyone who asks while it is computed; {@code about} null: about everyone. */
  private record Kept(Set<String> about, CompletableFuture<Object> answer) {}
  private final ConcurrentHashMap<String, Kept> answers = new ConcurrentHashMap<>();
  private volatile Registry registry;

  Database(DuckDbStore store, Method method) {
    this.store = store;
    this.method = method;
  }

  Method method() {
    return method;
  }

  /** Reads from the store, in turn with every other read and write. */
  <T> T read(Function<DuckDbStore, T> work) {
    synchronized (store) {
      return work.apply(store);
    }
  }

  /**
   * What a write stored: its records (as new versions of stored ones, or added), and the actors whose
   * answers it may change (empty: any).
   */
  record Change(Registry records, boolean replaced, Optional<Set<String>> touched) {}

  /**
   * A change, in the store's own transaction, alone; then forgets what it changed: the answers about
   * everyone and those about the actors it touched. The registry kept takes the change's records in
   * (reading it again after every write would hold every request up while it is read).
   */
  <T> T write(Function<DuckDbStore, T> work, Function<T, Change> change) {
    synchronized (store) {
      T result;
      try {
        result = work.apply(store);
      } catch (RuntimeException e) {
        registry = null; // a refused write changes nothing, but what it did is not known for sure
        forget(Optional.empty());
        throw e;
      }
      Change c = change.apply(result);
      Registry r = registry;
      if (r != null) registry = c.replaced() ? r.replacing(c.records().withObservations(java.util.List.of()))
          : r.plus(c.records().withObservations(java.util.List.of()));
      forget(c.touched());
      return result;
    }
  }

  private void forget(Optional<Set<String>> actors) {
    answers.entrySet().removeIf(e -> e.getValue().about() == null || actors.isEmpty()
        || e.getValue().about().stream().anyMatch(actors.get()::contains));
  }

  /** The registry and ledgers, read once after each write. */
  Registry registry() {
    Registry r = registry;
    if (r != null) return r;
    synchronized (store) { // in turn with writes, so a registry read before a write is never kept after it
      if (registry == null) registry = store.load();
      return registry;
    }
  }

  /**
   * The answer to {@code question} as its JSON, kept as {@link #kept} keeps it: a large answer (an
   * assessment is some hundreds of kilobytes) is written once, not once per request.
   */
  byte[] keptJson(String question, Set<String> about, Supplier<?> compute) {
    return kept("json " + question, about, () -> {
      try {
        return org.entwine.json.DomainJson.api().writeValueAsBytes(compute.get());
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new IllegalStateException("the answer cannot be written as JSON", e);
      }
    });
  }

  /**
   * The answer to {@code question}, as computed since the last write that touched {@code about} (null:
   * any write), or computed now by {@code compute} (which takes its turn on the store through {@link
   * #read} only for what it reads) and kept.
   */
  @SuppressWarnings("unchecked")
  <T> T kept(String question, Set<String> about, Supplier<T> compute) {
    if (answers.size() > KEPT) answers.clear();
    Kept mine = new Kept(about, new CompletableFuture<>());
    Kept k = answers.putIfAbsent(question, mine);
    if (k == null) {
      k = mine;
      try {
        mine.answer().complete(compute.get());
      } catch (RuntimeException e) {
        answers.remove(question, mine);
        mine.answer().completeExceptionally(e);
      }
    }
    try {
      return (T) k.answer().join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      throw e;
    }
  }
}
