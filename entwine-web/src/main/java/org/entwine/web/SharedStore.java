package org.entwine.web;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import java.util.function.Supplier;
import org.entwine.exchange.Batch;
import org.entwine.exchange.ExchangeException;
import org.entwine.exchange.Importer;
import org.entwine.framework.LevelName;
import org.entwine.framework.LevelVocabulary;
import org.entwine.method.Method;
import org.entwine.registry.Entry;
import org.entwine.registry.Registry;
import org.entwine.storage.Store;

/**
 * The server's store and method. The embedded store's one connection serves one statement at a
 * time, so requests take turns on it ({@link #read}, {@link #write}), each only as long as it reads
 * or writes; a pooled store (PostgreSQL) reads at once, and writes still take turns within the
 * server, so that what it keeps stays in step with the store: a long computation (an assessment's
 * sensitivity runs) runs outside that turn, so readers do not wait for it. Answers are kept until a
 * write touches them: a write forgets the answers about the actors it touched ({@link Touched}),
 * and those about everyone (the registry) always.
 */
final class SharedStore {
  private static final int KEPT = 512;
  private final Store store;
  private final Method method;

  /**
   * An answer, computed once for everyone who asks while it is computed; {@code about} null: about
   * everyone.
   */
  private record Kept(Set<String> about, CompletableFuture<Object> answer) {}

  private final ConcurrentHashMap<String, Kept> answers = new ConcurrentHashMap<>();
  private volatile Registry registry;

  SharedStore(Store store, Method method) {
    this.store = store;
    this.method = method;
  }

  Method method() {
    return method;
  }

  /** Reads from the store: at once where it can, else in turn with every other read and write. */
  <T> T read(Function<Store, T> work) {
    if (store.concurrentReads()) return work.apply(store);
    synchronized (store) {
      return work.apply(store);
    }
  }

  /**
   * What a write stored: its records (as new versions of stored ones, or added), and the actors
   * whose answers it may change (empty: any).
   */
  record Change(Registry records, boolean replaced, Optional<Set<String>> touched) {}

  /**
   * A change, in the store's own transaction, alone; then forgets what it changed: the answers
   * about everyone and those about the actors it touched. The registry kept takes the change's
   * records in (reading it again after every write would hold every request up while it is read).
   */
  <T> T write(Function<Store, T> work, Function<T, Change> change) {
    synchronized (store) {
      T result;
      try {
        result = work.apply(store);
      } catch (RuntimeException e) {
        unsure(); // a refused write changes nothing, but what it did is not known for sure
        throw e;
      }
      Change c = change.apply(result);
      keep(c.records(), c.replaced(), c.touched());
      return result;
    }
  }

  /** A batch of new records waiting for its turn to be stored, and what became of it. */
  private record Waiting(Batch batch, Entry entry, CompletableFuture<Integer> stored) {}

  private final ConcurrentLinkedQueue<Waiting> waiting = new ConcurrentLinkedQueue<>();

  /**
   * Adds a batch of new records, read and checked as {@code entwine import} does; returns how many
   * were stored. The batches that wait while another write has its turn are stored together, in one
   * transaction (one commit, one check against the store, one update of what is kept), so writes
   * keep pace when many people write at once. A group that cannot be stored whole is stored batch
   * by batch, so that one refused batch refuses no other and each gets its own message.
   */
  int add(Batch batch, Entry entry) {
    Waiting mine = new Waiting(batch, entry, new CompletableFuture<>());
    waiting.add(mine);
    synchronized (store) {
      if (!mine.stored().isDone()) storeWaiting();
    }
    try {
      return mine.stored().join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      throw e;
    }
  }

  /**
   * Stores every batch waiting, as one group per entry (who, from where, why) where it can. Called
   * in the store's turn.
   */
  private void storeWaiting() {
    java.util.Map<Entry, List<Waiting>> byEntry = new java.util.LinkedHashMap<>();
    for (Waiting w; (w = waiting.poll()) != null; )
      byEntry.computeIfAbsent(w.entry(), e -> new ArrayList<>()).add(w);
    byEntry.forEach(this::storeGroup);
  }

  private void storeGroup(Entry entry, List<Waiting> group) {
    Registry before = registry();
    if (group.size() > 1) {
      Batch all = group.stream().map(Waiting::batch).reduce(Batch.empty(), Batch::plus);
      if (Importer.problems(before, all, false).isEmpty()) {
        try {
          store.add(group.stream().map(w -> w.batch().registry()).toList(), entry);
          stored(before, all.registry(), false);
          group.forEach(w -> w.stored().complete(w.batch().registry().size()));
          return;
        } catch (RuntimeException e) {
          // the transaction was rolled back whole: each batch alone finds which was refused, and
          // why
        }
      }
    }
    for (Waiting w : group) {
      try {
        Registry r = registry();
        int n = Importer.ofRequests(store, () -> r).write(w.batch(), REQUEST, entry, false);
        stored(r, w.batch().registry(), false);
        w.stored().complete(n);
      } catch (RuntimeException e) {
        if (!(e instanceof ExchangeException)) unsure();
        w.stored().completeExceptionally(e);
      }
    }
  }

  /** How a request's document is named in messages about it. */
  static final Path REQUEST = Path.of("request");

  /** What a write stored, to the registry {@code before} it: see {@link #keep}. */
  private void stored(Registry before, Registry records, boolean replaced) {
    keep(records, replaced, Touched.by(records, before));
  }

  /**
   * The kept registry takes in what a write stored (reading it again after every write would hold
   * every request up while it is read), and the answers about the actors it touched are forgotten.
   */
  private void keep(Registry records, boolean replaced, Optional<Set<String>> touched) {
    Registry kept = registry;
    if (kept != null)
      registry =
          replaced
              ? kept.replacing(records.withObservations(List.of()))
              : kept.plus(records.withObservations(List.of()));
    forget(touched);
  }

  /**
   * The store in the server's turns, for work beside the requests (an update): each call takes its
   * turn as a request's write does, so that the embedded store's one connection serves one at a
   * time. Closing it does not close the store.
   */
  Store inTurn() {
    return (Store)
        java.lang.reflect.Proxy.newProxyInstance(
            Store.class.getClassLoader(),
            new Class<?>[] {Store.class},
            (proxy, method, args) -> {
              if (method.getName().equals("close") && method.getParameterCount() == 0) return null;
              synchronized (store) {
                try {
                  return method.invoke(store, args);
                } catch (java.lang.reflect.InvocationTargetException e) {
                  throw e.getCause();
                }
              }
            });
  }

  /**
   * After a change made beside the requests (an update's events): the answers kept may read what it
   * changed, so none is kept; the registry stays (events are no records).
   */
  void changedBeside() {
    forget(Optional.empty());
  }

  /**
   * After a write that failed in the store: what it did is not known for sure, so nothing kept is
   * kept.
   */
  private void unsure() {
    registry = null;
    forget(Optional.empty());
  }

  private void forget(Optional<Set<String>> actors) {
    answers
        .entrySet()
        .removeIf(
            e ->
                e.getValue().about() == null
                    || actors.isEmpty()
                    || e.getValue().about().stream().anyMatch(actors.get()::contains));
  }

  /** The level vocabulary, made once from the level names it is made of. */
  private record Vocabulary(List<LevelName> names, LevelVocabulary vocabulary) {}

  private volatile Vocabulary vocabulary;

  /** The vocabulary of the levels' official names that a document received is read with. */
  LevelVocabulary vocabulary() {
    List<LevelName> names = registry().levelNames();
    Vocabulary v = vocabulary;
    if (v == null || !v.names().equals(names))
      vocabulary = v = new Vocabulary(names, new LevelVocabulary(names));
    return v.vocabulary();
  }

  /** The registry and ledgers, read once after each write. */
  Registry registry() {
    Registry r = registry;
    if (r != null) return r;
    synchronized (
        store) { // in turn with writes, so a registry read before a write is never kept after it
      if (registry == null) registry = store.load();
      return registry;
    }
  }

  /**
   * The answer to {@code question} as its JSON, kept as {@link #kept} keeps it: a large answer (an
   * assessment is some hundreds of kilobytes) is written once, not once per request.
   */
  byte[] keptJson(String question, Set<String> about, Supplier<?> compute) {
    return kept(
        "json " + question,
        about,
        () -> {
          try {
            return org.entwine.json.DomainJson.api().writeValueAsBytes(compute.get());
          } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("the answer cannot be written as JSON", e);
          }
        });
  }

  /**
   * A question's computation: its lock, held while the answer is computed, and the last answer with
   * the tick its computation started at.
   */
  private static final class Computing {
    long started;
    Object answer;
  }

  private final ConcurrentHashMap<String, Computing> computing = new ConcurrentHashMap<>();
  private final java.util.concurrent.atomic.AtomicLong ticks =
      new java.util.concurrent.atomic.AtomicLong();

  /**
   * The answer to {@code question}, as computed since the last write that touched {@code about}
   * (null: any write), or computed now by {@code compute} (which takes its turn on the store
   * through {@link #read} only for what it reads) and kept. One question is computed by one thread
   * at a time: a write that forgets an answer while it is computed does not start a second
   * computation beside the first (under steady writes they piled up, each slowing the others: 50
   * clients on PostgreSQL, assessments p50 3.7 s); those who ask after the write wait for the next,
   * which starts when the first ends and reads what the write stored. Those who waited behind a
   * computation that started after they asked take its answer rather than computing again: it read
   * the store after every write they could have seen.
   */
  @SuppressWarnings("unchecked")
  <T> T kept(String question, Set<String> about, Supplier<T> compute) {
    if (answers.size() > KEPT) {
      answers.clear();
      computing.clear(); // the locks of questions no longer kept, which would otherwise only grow
    }
    Kept mine = new Kept(about, new CompletableFuture<>());
    long asked = ticks.incrementAndGet();
    Kept k = answers.putIfAbsent(question, mine);
    if (k == null) {
      k = mine;
      try {
        Computing c = computing.computeIfAbsent(question, q -> new Computing());
        synchronized (c) {
          if (c.answer != null && c.started > asked) {
            mine.answer().complete(c.answer);
          } else {
            c.answer = null;
            c.started = ticks.incrementAndGet();
            Object answer = compute.get();
            c.answer = answer;
            mine.answer().complete(answer);
          }
        }
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
