package org.entwine.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.entwine.app.DefaultMethod;
import org.entwine.store.DuckDbStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the server keeps, and what a write makes it forget; a long computation does not hold up
 * readers.
 */
class SharedStoreTest {
  @TempDir Path dir;

  /** A batch of one new source, for a write the store numbers. */
  private static org.entwine.registry.Registry source(String id) {
    return org.entwine.registry.Registry.builder()
        .sources(java.util.List.of(org.entwine.source.Source.of(id, "A source the test adds")))
        .build();
  }

  /** A write of a new source that touches {@code touched} (empty: everyone). */
  private static void write(SharedStore db, String id, Optional<Set<String>> touched) {
    var batch = source(id);
    db.write(
        null,
        s -> {
          s.add(batch, "test", "test");
          return 1;
        },
        r -> new SharedStore.Change(batch, false, touched));
  }

  @Test
  void underSteadyWritesASuccessorStartsNoSoonerAfterTheLastThanThatOneTookUnlessOneWaitsForIt()
      throws Exception {
    try (DuckDbStore store = DuckDbStore.open(dir.resolve("p.duckdb"))) {
      SharedStore db = new SharedStore(store, DefaultMethod.load());
      java.util.List<Long> starts =
          java.util.Collections.synchronizedList(new java.util.ArrayList<>());
      java.util.function.Supplier<Integer> takes300ms =
          () -> {
            starts.add(System.nanoTime());
            try {
              Thread.sleep(300);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            return starts.size();
          };
      assertThat(db.answer("a", Set.of("VNM"), takes300ms, 0).value()).isEqualTo(1);
      // a write, then a reader: served the last answer at once; the successor is paced, since the
      // last computation ended just now and took 300 ms
      write(db, "p1", Optional.of(Set.of("VNM")));
      long asked = System.nanoTime();
      assertThat(db.answer("a", Set.of("VNM"), takes300ms, 0).value()).isEqualTo(1);
      assertThat(System.nanoTime() - asked).as("served at once").isLessThan(200_000_000L);
      long deadline = System.nanoTime() + 5_000_000_000L;
      while (starts.size() < 2 && System.nanoTime() < deadline) Thread.sleep(10);
      assertThat(starts).hasSize(2);
      assertThat(starts.get(1) - asked)
          .as("the successor started after its pace, not at once")
          .isGreaterThanOrEqualTo(200_000_000L);
      // wait for it to end, then write again: one who asks after that write is not paced
      while (db.answer("a", Set.of("VNM"), takes300ms, 0).value() != (Integer) 2
          && System.nanoTime() < deadline) Thread.sleep(10);
      write(db, "p2", Optional.of(Set.of("VNM")));
      long written = db.version();
      // a reader served the last answer leaves a paced successor; one who waits starts it now
      assertThat(db.answer("a", Set.of("VNM"), takes300ms, 0).value()).isEqualTo(2);
      long waited = System.nanoTime();
      SharedStore.Answer fresh = db.answer("a", Set.of("VNM"), takes300ms, written);
      assertThat(fresh.reflects()).isEqualTo(written);
      assertThat(System.nanoTime() - waited)
          .as("computed at once for the one who waits: 300 ms, not 300 ms of pace and 300 more")
          .isLessThan(580_000_000L);
    }
  }

  @Test
  void aWriteOutdatesTheAnswersAboutWhomItTouchedServedWhileTheirSuccessorsAreComputed()
      throws Exception {
    try (DuckDbStore store = DuckDbStore.open(dir.resolve("d.duckdb"))) {
      SharedStore db = new SharedStore(store, DefaultMethod.load());
      AtomicInteger computed = new AtomicInteger();
      assertThat(db.answer("vnm", Set.of("VNM"), computed::incrementAndGet, 0).value())
          .isEqualTo(1);
      assertThat(db.answer("chn", Set.of("CHN"), computed::incrementAndGet, 0).value())
          .isEqualTo(2);
      assertThat(db.answer("all", null, computed::incrementAndGet, 0).value()).isEqualTo(3);
      assertThat(db.answer("vnm", Set.of("VNM"), computed::incrementAndGet, 0).value())
          .as("asked again, kept")
          .isEqualTo(1);
      long before = db.version();
      write(db, "w1", Optional.of(Set.of("VNM", "RUS")));
      long written = db.version();
      assertThat(written)
          .as("the write's number, from the store's import log")
          .isGreaterThan(before);

      // the first to ask after the write is served the last answer at once, and its successor is
      // computed away from the request
      CountDownLatch started = new CountDownLatch(1);
      CountDownLatch release = new CountDownLatch(1);
      java.util.function.Supplier<Integer> slow =
          () -> {
            started.countDown();
            try {
              release.await();
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            return 100;
          };
      SharedStore.Answer served = db.answer("vnm", Set.of("VNM"), slow, 0);
      assertThat(served.value()).isEqualTo(1);
      assertThat(served.reflects()).as("the write it reflects").isEqualTo(before);
      assertThat(started.await(5, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
      // one who asks after the write waits for the successor, which is computed once
      var waiting =
          java.util.concurrent.CompletableFuture.supplyAsync(
              () -> db.answer("vnm", Set.of("VNM"), computed::incrementAndGet, written));
      Thread.sleep(200);
      assertThat(waiting).isNotDone();
      release.countDown();
      SharedStore.Answer next = waiting.get(5, java.util.concurrent.TimeUnit.SECONDS);
      assertThat(next.value()).isEqualTo(100);
      assertThat(next.reflects()).isGreaterThanOrEqualTo(written);
      assertThat(db.answer("vnm", Set.of("VNM"), computed::incrementAndGet, written).value())
          .as("current now: kept")
          .isEqualTo(100);
      assertThat(db.answer("chn", Set.of("CHN"), computed::incrementAndGet, written).value())
          .as("CHN's answer was not touched: kept, and current")
          .isEqualTo(2);
      assertThat(computed).as("nothing computed twice").hasValue(3);
      // everyone's answer was out of date: served, and its successor computed in the background
      assertThat(db.answer("all", null, computed::incrementAndGet, 0).value()).isEqualTo(3);
      long until = System.currentTimeMillis() + 5000;
      while (db.answer("all", null, computed::incrementAndGet, 0).value().equals(3)
          && System.currentTimeMillis() < until) Thread.sleep(10);
      assertThat(db.answer("all", null, computed::incrementAndGet, 0).value()).isEqualTo(4);
    }
  }

  @Test
  void aChangeAnotherProcessMadeIsTakenInAsThisServersOwn() {
    try (DuckDbStore store = DuckDbStore.open(dir.resolve("d.duckdb"))) {
      org.entwine.app.BundledExample.loadRegistry(store);
      SharedStore db = new SharedStore(store, DefaultMethod.load());
      int sources = db.registry().sources().size();
      AtomicInteger computed = new AtomicInteger();
      db.answer("all", null, computed::incrementAndGet, 0);
      // written past the server, as a command would on a shared database
      store.add(source("elsewhere"), "test", "test");
      assertThat(db.registry().sources()).hasSize(sources + 1);
      assertThat(db.version()).isEqualTo(store.lastImport());
      assertThat(db.answer("all", null, computed::incrementAndGet, store.lastImport()).value())
          .as("asked after that write: computed anew")
          .isEqualTo(2);
    }
  }

  @Test
  void aWriteAskedAfterButNotHeardInTimeIsReadFromTheStoreNotAnsweredWithout() {
    try (DuckDbStore store = DuckDbStore.open(dir.resolve("d.duckdb"))) {
      org.entwine.app.BundledExample.loadRegistry(store);
      // a store whose notices never arrive, as when they wait behind a long computation's turn
      org.entwine.storage.Store deaf =
          (org.entwine.storage.Store)
              java.lang.reflect.Proxy.newProxyInstance(
                  getClass().getClassLoader(),
                  new Class<?>[] {org.entwine.storage.Store.class},
                  (proxy, method, args) -> {
                    if (method.getName().equals("listen")) return null;
                    try {
                      return method.invoke(store, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                      throw e.getCause();
                    }
                  });
      SharedStore db = new SharedStore(deaf, DefaultMethod.load());
      AtomicInteger computed = new AtomicInteger();
      db.answer("all", null, computed::incrementAndGet, 0);
      store.add(source("elsewhere"), "test", "test"); // another server's write, never heard of
      assertThat(db.answer("all", null, computed::incrementAndGet, store.lastImport()).value())
          .as("asked after that write: computed anew, not the answer from before it")
          .isEqualTo(2);
      assertThat(db.version()).isEqualTo(store.lastImport());
      assertThat(db.registry().sources().stream().map(x -> x.id())).contains("elsewhere");
    }
  }

  @Test
  void aReadIsNotHeldUpByAnotherRequestsLongComputation() throws Exception {
    try (DuckDbStore store = DuckDbStore.open(dir.resolve("d.duckdb"))) {
      SharedStore db = new SharedStore(store, DefaultMethod.load());
      CountDownLatch computing = new CountDownLatch(1);
      CountDownLatch release = new CountDownLatch(1);
      Thread slow =
          new Thread(
              () ->
                  db.answer(
                      "slow",
                      Set.of("VNM"),
                      () -> {
                        db.read(s -> s.counts()); // its turn on the store
                        computing.countDown();
                        try {
                          release.await(); // then a long computation, off the store
                        } catch (InterruptedException e) {
                          Thread.currentThread().interrupt();
                        }
                        return 1;
                      },
                      0));
      slow.start();
      computing.await();
      long t0 = System.nanoTime();
      java.util.Map<String, Long> counts = db.read(org.entwine.storage.Store::counts);
      assertThat(counts).isNotEmpty();
      assertThat((System.nanoTime() - t0) / 1e9).as("seconds a read waited").isLessThan(2.0);
      release.countDown();
      slow.join();
    }
  }

  @Test
  void theRegistryKeptTakesInWhatAWriteStoredWithoutReadingItAgain() {
    try (DuckDbStore store = DuckDbStore.open(dir.resolve("d.duckdb"))) {
      org.entwine.app.BundledExample.loadRegistry(store);
      SharedStore db = new SharedStore(store, DefaultMethod.load());
      var before = db.registry();
      var source = org.entwine.source.Source.of("kept-test", "A source the test adds");
      var batch =
          org.entwine.registry.Registry.builder().sources(java.util.List.of(source)).build();
      db.write(
          null,
          s -> {
            s.add(batch, "test", "test");
            return 1;
          },
          r -> new SharedStore.Change(batch, false, Optional.of(Set.of())));
      assertThat(db.registry().sources()).hasSize(before.sources().size() + 1).contains(source);
      assertThat(db.registry().sources())
          .containsExactlyInAnyOrderElementsOf(store.load().sources());
    }
  }

  private static org.entwine.exchange.Batch contact(SharedStore db, String id) {
    String doc =
        "{\"entwine\": 1, \"contacts\": [{\"id\": \""
            + id
            + "\", \"date\": \"2024-01-01\", \"from\": \"LAO\", \"to\": \"KHM\", \"level\":"
            + " \"OFFICIAL\", \"title\": \"A visit\", \"sources\": [\"paper-thai-2013\"]}]}";
    return new org.entwine.exchange.RegistryReader(
            db.registry().vocabulary(),
            new org.entwine.source.Provenance("test", java.time.Instant.now()),
            true)
        .read("request", doc.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /**
   * Each of {@code ids} added by a writer of its own, all waiting while the store is busy; what
   * became of each.
   */
  private static java.util.Map<String, String> addWhileBusy(
      DuckDbStore store, SharedStore db, java.util.List<String> ids) throws InterruptedException {
    java.util.Map<String, String> outcome = new java.util.concurrent.ConcurrentHashMap<>();
    java.util.List<Thread> writers = new java.util.ArrayList<>();
    synchronized (store) {
      for (int i = 0; i < ids.size(); i++) {
        String id = ids.get(i);
        var batch = contact(db, id);
        String key = i + " " + id;
        Thread t =
            new Thread(
                () -> {
                  try {
                    outcome.put(
                        key,
                        "stored "
                            + db.add(null, batch, org.entwine.registry.Entry.of("test", "test")));
                  } catch (org.entwine.exchange.ExchangeException e) {
                    outcome.put(key, "refused: " + e.problems());
                  }
                });
        writers.add(t);
        t.start();
      }
      for (Thread t : writers) {
        while (t.getState() != Thread.State.BLOCKED) Thread.sleep(1);
      }
    }
    for (Thread t : writers) t.join();
    return outcome;
  }

  @Test
  void writesThatWaitAreStoredTogetherAndARefusedOneRefusesNoOther() throws Exception {
    try (DuckDbStore store = DuckDbStore.open(dir.resolve("d.duckdb"))) {
      org.entwine.app.BundledExample.loadRegistry(store);
      SharedStore db = new SharedStore(store, DefaultMethod.load());
      long importsBefore = store.counts().get("imports");
      int contactsBefore = db.registry().contacts().size();
      // ten writers wait while the store is busy: stored together, each as an import of its own
      java.util.List<String> ids = new java.util.ArrayList<>();
      for (int i = 0; i < 10; i++) ids.add("group-" + i);
      assertThat(addWhileBusy(store, db, ids).values())
          .hasSize(10)
          .allMatch(v -> v.equals("stored 1"));
      assertThat(store.counts().get("imports")).isEqualTo(importsBefore + 10);
      // twelve more, two of them with the same id, and one with an id stored above: those two are
      // refused, no other
      ids.clear();
      for (int i = 10; i < 20; i++) ids.add("group-" + i);
      ids.add("group-13");
      ids.add("group-4");
      var outcome = addWhileBusy(store, db, ids);
      assertThat(outcome).hasSize(12);
      assertThat(outcome.values()).filteredOn(v -> v.equals("stored 1")).hasSize(10);
      assertThat(outcome.values())
          .filteredOn(v -> v.startsWith("refused"))
          .hasSize(2)
          .allSatisfy(v -> assertThat(v).contains("request:1: contacts[0].id"))
          .anySatisfy(v -> assertThat(v).contains("group-13"))
          .anySatisfy(v -> assertThat(v).contains("group-4"));
      // each write stored once; the kept registry and the store agree
      assertThat(store.counts().get("imports")).isEqualTo(importsBefore + 20);
      assertThat(store.load().contacts()).hasSize(contactsBefore + 20);
      assertThat(db.registry().contacts()).hasSize(contactsBefore + 20);
    }
  }
}
