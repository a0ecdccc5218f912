package org.entwine.web;

import io.javalin.http.Context;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
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
import org.entwine.storage.StoreChange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's store and method. The embedded store's one connection serves one statement at a
 * time, so requests take turns on it ({@link #read}, {@link #write}), each only as long as it reads
 * or writes; a pooled store (PostgreSQL) reads at once, and writes still take turns within the
 * server, so that what it keeps stays in step with the store: a long computation (an assessment's
 * sensitivity runs) runs outside that turn, so readers do not wait for it.
 *
 * <p>Answers are kept until a write touches them ({@link Touched}: the answers about the actors it
 * touched, and those about everyone). Then an answer long to compute ({@link #latest}: an
 * assessment) is kept while its successor is computed, once for everyone, away from the requests: a
 * reader is served the last answer at once, with the write it reflects ({@value #REFLECTS}), and
 * waits only for a question never answered, or when it asks for an answer that reflects a given
 * write ({@value #AFTER}: the pages send the last write they made, which a write's answer gives in
 * {@value #WRITE}); its successors are paced, each starting no sooner after the last than that one
 * took. An answer quick to compute ({@link #kept}) is computed anew at once. A write is numbered by
 * the store's import log, so that servers on one database number them alike; the changes another
 * server or a command makes are heard from the store ({@link Store#listen}) and taken in as this
 * server's own.
 */
final class SharedStore {
  /** The header that says which write an answer reflects: the import it was computed after. */
  static final String REFLECTS = "X-Entwine-Reflects";

  /** The header a request sends for an answer that reflects at least that write. */
  static final String AFTER = "X-Entwine-After";

  /** The header a write's answer gives: the write to ask after, to read it back. */
  static final String WRITE = "X-Entwine-Write";

  private static final Logger LOG = LoggerFactory.getLogger(SharedStore.class);
  private static final int KEPT = 512;

  /** How long a request waits to hear of a write it asks after, made on another server. */
  private static final long HEAR_WAIT_MILLIS = 2_000;

  private final Store store;
  private final Method method;
  private volatile Registry registry;

  /** The changes this server has taken in, counted: what an answer was computed after. */
  private volatile long generation;

  /** The newest write (import) this server has taken in: what an answer says it reflects. */
  private volatile long version;

  /** The thread writing in the store's turn: the changes it makes are taken in as it makes them. */
  private volatile Thread writer;

  /**
   * Starts the next successor of an answer long to compute once as long has passed since the last
   * one as that one took: under steady writes the successors of one question would otherwise run
   * back to back, a core's worth of computing answers already out of date when done (an assessment
   * with its sensitivity runs, after each of a hundred writes a second). Paced, one question takes
   * at most half a core; a request that asks after a given write ({@value #AFTER}) is never paced.
   */
  private final java.util.concurrent.ScheduledExecutorService pace =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "entwine-answers-pace");
            t.setDaemon(true);
            return t;
          });

  /** Computes answers' successors, away from the requests that are served the last answers. */
  private final ExecutorService successors =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "entwine-answers");
            t.setDaemon(true);
            return t;
          });

  SharedStore(Store store, Method method) {
    this.store = store;
    this.method = method;
    this.turns = inTurns(store);
    store.listen(this::heard);
    this.version = store.lastImport();
  }

  Method method() {
    return method;
  }

  /** Tells {@code listener} of the store's changes (see {@link Store#listen}). */
  void listen(Consumer<StoreChange> listener) {
    store.listen(listener);
  }

  /**
   * The store as a computation reads it: each call at once where the store serves several, else in
   * its turn, given back between calls, so that what is computed between its queries (a scoring)
   * holds no one up.
   */
  Store inTurns() {
    return turns;
  }

  private final Store turns;

  private static Store inTurns(Store store) {
    if (store.concurrentReads()) return store;
    return (Store)
        java.lang.reflect.Proxy.newProxyInstance(
            Store.class.getClassLoader(),
            new Class<?>[] {Store.class},
            (proxy, m, args) -> {
              synchronized (store) {
                try {
                  return m.invoke(store, args);
                } catch (java.lang.reflect.InvocationTargetException e) {
                  throw e.getCause();
                }
              }
            });
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
   * The write's number is set as {@value #WRITE} on {@code ctx} (null: none).
   */
  <T> T write(Context ctx, Function<Store, T> work, Function<T, Change> change) {
    synchronized (store) {
      T result;
      writer = Thread.currentThread();
      try {
        result = work.apply(store);
      } catch (RuntimeException e) {
        unsure(); // a refused write changes nothing, but what it did is not known for sure
        throw e;
      } finally {
        writer = null;
      }
      Change c = change.apply(result);
      keep(c.records(), c.replaced(), c.touched());
      if (ctx != null) ctx.header(WRITE, String.valueOf(version));
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
   * by batch, so that one refused batch refuses no other and each gets its own message. The write's
   * number is set as {@value #WRITE} on {@code ctx} (null: none).
   */
  int add(Context ctx, Batch batch, Entry entry) {
    Waiting mine = new Waiting(batch, entry, new CompletableFuture<>());
    waiting.add(mine);
    synchronized (store) {
      if (!mine.stored().isDone()) storeWaiting();
    }
    try {
      int n = mine.stored().join();
      if (ctx != null) ctx.header(WRITE, String.valueOf(version));
      return n;
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      throw e;
    }
  }

  /**
   * Stores every batch waiting, as one group, each batch under its own entry (who, from where,
   * why): a team's analysts each write as themselves. Called in the store's turn.
   */
  private void storeWaiting() {
    List<Waiting> group = new ArrayList<>();
    for (Waiting w; (w = waiting.poll()) != null; ) group.add(w);
    writer = Thread.currentThread();
    try {
      if (!group.isEmpty()) storeGroup(group);
    } finally {
      writer = null;
    }
  }

  private void storeGroup(List<Waiting> group) {
    Registry before = registry();
    if (group.size() > 1) {
      Batch all = group.stream().map(Waiting::batch).reduce(Batch.empty(), Batch::plus);
      if (Importer.problems(before, all, false).isEmpty()) {
        try {
          store.add(
              group.stream().map(w -> w.batch().registry()).toList(),
              group.stream().map(Waiting::entry).toList());
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
        int n = Importer.ofRequests(store, () -> r).write(w.batch(), REQUEST, w.entry(), false);
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
   * every request up while it is read), and the answers about the actors it touched are out of
   * date. Called in the store's turn, after the write.
   */
  private void keep(Registry records, boolean replaced, Optional<Set<String>> touched) {
    Registry kept = registry;
    if (kept != null)
      registry =
          replaced
              ? kept.replacing(records.withObservations(List.of()))
              : kept.plus(records.withObservations(List.of()));
    forget(touched, written == 0 || written == Long.MAX_VALUE ? store.lastImport() : written);
    written = 0;
  }

  /**
   * The newest import the write in the store's turn made, as the store told it (0: none told yet;
   * {@link Long#MAX_VALUE}: one it did not number, so the store is asked).
   */
  private long written;

  /**
   * After a write that failed in the store: what it did is not known for sure, so nothing kept is
   * kept.
   */
  private void unsure() {
    registry = null;
    forget(Optional.empty(), store.lastImport());
  }

  /**
   * What the store tells of a change that this server did not make in its own write's turn (another
   * server's, a command's): taken in as its own would be.
   */
  private void heard(StoreChange change) {
    if (change.here() && Thread.currentThread() == writer) {
      // taken in by the write itself, which needs only its number
      written =
          Math.max(written, change.imports().stream().mapToLong(Long::longValue).max().orElse(0));
      if (change.imports().isEmpty())
        written = Long.MAX_VALUE; // not said: the write asks the store
      return;
    }
    switch (change.kind()) {
      case RECORDS -> {
        synchronized (store) {
          try {
            Registry stored = store.storedBy(change.imports());
            Registry kept = registry;
            Optional<Set<String>> touched = Optional.empty();
            if (kept != null) {
              registry = kept.replacing(stored); // new versions, or new records: either way
              touched = Touched.by(stored, kept);
            }
            forget(
                touched,
                Math.max(
                    version, change.imports().stream().mapToLong(Long::longValue).max().orElse(0)));
          } catch (RuntimeException e) {
            LOG.warn("a change heard from the store could not be read: all kept is forgotten", e);
            unsure();
          }
        }
      }
      case DATA, UNKNOWN -> catchUp();
      default -> {
        // accounts and sessions: the sign-in's
      }
    }
  }

  /**
   * Takes in every write the store holds, as for a change not told in detail: everything kept is
   * out of date, and the registry is read again when next asked for.
   */
  private void catchUp() {
    synchronized (store) {
      registry = null;
      forget(Optional.empty(), Math.max(version, store.lastImport()));
    }
  }

  /**
   * The answers about {@code actors} (empty: every answer) are out of date from now: the next asker
   * computes their successors. Then the server reflects write {@code newVersion}.
   */
  private void forget(Optional<Set<String>> actors, long newVersion) {
    long g = generation + 1;
    generation = g;
    for (Question q : questions.values()) {
      if (q.about == null || actors.isEmpty() || q.about.stream().anyMatch(actors.get()::contains))
        synchronized (q) {
          q.outdatedAt = g;
        }
    }
    synchronized (this) {
      version = Math.max(version, newVersion);
      notifyAll();
    }
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

  /** An answer: its value, the change it was computed after, and the write it reflects. */
  record Answer(Object value, long generation, long reflects) {}

  /** A question asked: whom it is about, its last answer, and its successor being computed. */
  private static final class Question {
    final Set<String> about;
    Answer last;
    long outdatedAt = -1;
    CompletableFuture<Answer> successor;

    /** The successor waiting for its pace to start (null: none waits). */
    java.util.concurrent.ScheduledFuture<?> paced;

    /** How long the last computation took, and when it ended ({@link System#nanoTime}). */
    long took;

    long endedAt;

    Question(Set<String> about) {
      this.about = about;
    }

    /** Whether no change has touched the last answer since it was computed. */
    boolean current() {
      return last != null && outdatedAt <= last.generation();
    }
  }

  private final ConcurrentHashMap<String, Question> questions = new ConcurrentHashMap<>();

  /**
   * The answer to {@code question} as its JSON, kept as {@link #kept} keeps it: a large answer is
   * written once, not once per request.
   */
  byte[] keptJson(Context ctx, String question, Set<String> about, Supplier<?> compute) {
    return kept(ctx, "json " + question, about, () -> json(compute.get()));
  }

  /** As {@link #keptJson}, kept as {@link #latest} keeps it (an assessment). */
  byte[] latestJson(Context ctx, String question, Set<String> about, Supplier<?> compute) {
    return latest(ctx, "json " + question, about, () -> json(compute.get()));
  }

  static byte[] json(Object answer) {
    try {
      return org.entwine.json.DomainJson.api().writeValueAsBytes(answer);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("the answer cannot be written as JSON", e);
    }
  }

  /**
   * The answer to a question quick to compute (a portfolio, a pair's ledgers): as {@link #answer},
   * reflecting every write so far: after a write that touched it, the request waits for its
   * successor (computed once for all who ask), which takes milliseconds. The write it reflects is
   * set as {@value #REFLECTS}.
   */
  <T> T kept(Context ctx, String question, Set<String> about, Supplier<T> compute) {
    return served(ctx, answer(question, about, compute, version));
  }

  /**
   * The answer to a question long to compute (an assessment, twenty years of history, a report): as
   * {@link #answer}, the last answer served at once while its successor is computed, unless the
   * request asks after a later write ({@value #AFTER}). The write it reflects is set as {@value
   * #REFLECTS}.
   */
  <T> T latest(Context ctx, String question, Set<String> about, Supplier<T> compute) {
    return served(ctx, answer(question, about, compute, after(ctx)));
  }

  @SuppressWarnings("unchecked")
  private static <T> T served(Context ctx, Answer a) {
    ctx.header(REFLECTS, String.valueOf(a.reflects()));
    return (T) a.value();
  }

  /** The write a request asks its answers to reflect ({@value #AFTER}); 0: any. */
  static long after(Context ctx) {
    String after = ctx.header(AFTER);
    if (after == null || after.isBlank()) return 0;
    try {
      return Long.parseLong(after.strip());
    } catch (NumberFormatException e) {
      throw new org.entwine.input.UserInputException(
          AFTER + " expects the number of a write (as " + WRITE + " gave it), got '" + after + "'");
    }
  }

  /**
   * The answer to {@code question}, about {@code about} (null: about everyone), computed by {@code
   * compute} (which takes its turn on the store through {@link #read} only for what it reads), kept
   * until a write touches it, and kept after that while its successor is computed:
   *
   * <ul>
   *   <li>a current answer is served (it reflects every write so far);
   *   <li>an out-of-date one is served if it reflects write {@code after}, and its successor is
   *       computed away from the request, once for everyone;
   *   <li>else the request waits for the successor (computed on its own thread when no one is
   *       computing it yet).
   * </ul>
   *
   * One question is computed by one thread at a time: under steady writes the computations do not
   * pile up, each slowing the others.
   */
  Answer answer(String question, Set<String> about, Supplier<?> compute, long after) {
    if (after > version) hearOf(after);
    // not heard in time (the notice can wait behind a computation's turn): read the store itself
    if (after > version) catchUp();
    if (questions.size() > KEPT) questions.values().removeIf(q -> q.successor == null);
    while (true) {
      Question q = questions.computeIfAbsent(question, k -> new Question(about));
      CompletableFuture<Answer> successor;
      boolean mine = false;
      synchronized (q) {
        if (q.current()) return new Answer(q.last.value(), q.last.generation(), version);
        if (q.last != null && q.last.reflects() >= after) {
          if (q.successor == null) {
            CompletableFuture<Answer> next = q.successor = new CompletableFuture<>();
            long wait = q.took - (System.nanoTime() - q.endedAt);
            Runnable start = () -> successors.execute(() -> compute(q, compute, next));
            if (wait <= 0) start.run();
            else q.paced = pace.schedule(start, wait, java.util.concurrent.TimeUnit.NANOSECONDS);
          }
          return q.last;
        }
        if (q.successor == null) {
          q.successor = new CompletableFuture<>();
          mine = true;
        } else if (q.paced != null && q.paced.cancel(false)) {
          // a successor waiting for its pace starts now, for the request that waits for it
          q.paced = null;
          mine = true;
        }
        successor = q.successor;
      }
      if (mine) compute(q, compute, successor);
      try {
        Answer a = successor.join();
        if (a.reflects() >= after) return a;
        // computed from before the write asked after: ask again, for the next computation
      } catch (CompletionException e) {
        if (e.getCause() instanceof RuntimeException r) throw r;
        throw e;
      }
    }
  }

  private void compute(Question q, Supplier<?> compute, CompletableFuture<Answer> successor) {
    // read before the registry is: the answer is at least as new as it says
    long g = generation;
    long v = version;
    long started = System.nanoTime();
    try {
      Answer a = new Answer(compute.get(), g, v);
      synchronized (q) {
        q.last = a;
        q.successor = null;
        q.paced = null;
        q.endedAt = System.nanoTime();
        q.took = q.endedAt - started;
      }
      successor.complete(a);
    } catch (RuntimeException e) {
      synchronized (q) {
        q.successor = null;
        q.paced = null;
      }
      successor.completeExceptionally(e);
      if (!(e instanceof org.entwine.input.UserInputException
          || e instanceof org.entwine.app.NotFoundException))
        LOG.debug("an answer could not be computed", e);
    }
  }

  /** Waits (a little) to hear of a write another server made, which a request asks after. */
  private synchronized void hearOf(long write) {
    long until = System.currentTimeMillis() + HEAR_WAIT_MILLIS;
    try {
      for (long left; version < write && (left = until - System.currentTimeMillis()) > 0; )
        wait(left);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** A JSON object's bytes with one more field, a number, at its end. */
  static byte[] withField(byte[] object, String name, long value) {
    int end = object.length - 1;
    while (end > 0 && object[end] != '}') end--;
    if (end <= 0) throw new IllegalArgumentException("not a JSON object");
    int before = end - 1;
    while (before > 0 && Character.isWhitespace(object[before])) before--;
    byte[] field =
        ((object[before] == '{' ? "" : ",") + "\"" + name + "\":" + value + "}")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] out = java.util.Arrays.copyOf(object, end + field.length);
    System.arraycopy(field, 0, out, end, field.length);
    return out;
  }

  /** The newest write this server has taken in. */
  long version() {
    return version;
  }
}
