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

  @Test
  void aWriteForgetsTheAnswersAboutTheActorsItTouchedAndKeepsTheRest() {
    try (DuckDbStore store = DuckDbStore.open(dir.resolve("d.duckdb"))) {
      SharedStore db = new SharedStore(store, DefaultMethod.load());
      AtomicInteger computed = new AtomicInteger();
      db.kept("vnm", Set.of("VNM"), computed::incrementAndGet);
      db.kept("chn", Set.of("CHN"), computed::incrementAndGet);
      db.kept("all", null, computed::incrementAndGet);
      db.kept("vnm", Set.of("VNM"), computed::incrementAndGet);
      assertThat(computed).as("asked again, kept").hasValue(3);
      db.write(
          s -> 1,
          r ->
              new SharedStore.Change(
                  org.entwine.registry.Registry.empty(), false, Optional.of(Set.of("VNM", "RUS"))));
      db.kept("vnm", Set.of("VNM"), computed::incrementAndGet);
      db.kept("chn", Set.of("CHN"), computed::incrementAndGet);
      db.kept("all", null, computed::incrementAndGet);
      assertThat(computed)
          .as("VNM's and everyone's answers computed again, CHN's kept")
          .hasValue(5);
      db.write(
          s -> 1,
          r ->
              new SharedStore.Change(
                  org.entwine.registry.Registry.empty(), false, Optional.empty()));
      db.kept("chn", Set.of("CHN"), computed::incrementAndGet);
      assertThat(computed)
          .as("a write that cannot say what it touched forgets everything")
          .hasValue(6);
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
                  db.kept(
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
                      }));
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
                        "stored " + db.add(batch, org.entwine.registry.Entry.of("test", "test")));
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
