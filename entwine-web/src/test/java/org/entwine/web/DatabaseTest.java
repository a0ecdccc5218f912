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

/** What the server keeps, and what a write makes it forget; a long computation does not hold up readers. */
class DatabaseTest {
  @TempDir Path dir;

  @Test
  void aWriteForgetsTheAnswersAboutTheActorsItTouchedAndKeepsTheRest() {
    try (DuckDbStore store = DuckDbStore.open(dir.resolve("d.duckdb"))) {
      Database db = new Database(store, DefaultMethod.load());
      AtomicInteger computed = new AtomicInteger();
      db.kept("vnm", Set.of("VNM"), computed::incrementAndGet);
      db.kept("chn", Set.of("CHN"), computed::incrementAndGet);
      db.kept("all", null, computed::incrementAndGet);
      db.kept("vnm", Set.of("VNM"), computed::incrementAndGet);
      assertThat(computed).as("asked again, kept").hasValue(3);
      db.write(s -> 1, r -> new Database.Change(org.entwine.registry.Registry.empty(), false, Optional.of(Set.of("VNM", "RUS"))));
      db.kept("vnm", Set.of("VNM"), computed::incrementAndGet);
      db.kept("chn", Set.of("CHN"), computed::incrementAndGet);
      db.kept("all", null, computed::incrementAndGet);
      assertThat(computed).as("VNM's and everyone's answers computed again, CHN's kept").hasValue(5);
      db.write(s -> 1, r -> new Database.Change(org.entwine.registry.Registry.empty(), false, Optional.empty()));
      db.kept("chn", Set.of("CHN"), computed::incrementAndGet);
      assertThat(computed).as("a write that cannot say what it touched forgets everything").hasValue(6);
    }
  }

  @Test
  void aReadIsNotHeldUpByAnotherRequestsLongComputation() throws Exception {
    try (DuckDbStore store = DuckDbStore.open(dir.resolve("d.duckdb"))) {
      Database db = new Database(store, DefaultMethod.load());
      CountDownLatch computing = new CountDownLatch(1);
      CountDownLatch release = new CountDownLatch(1);
      Thread slow = new Thread(() -> db.kept("slow", Set.of("VNM"), () -> {
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
      java.util.Map<String, Long> counts = db.read(DuckDbStore::counts);
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
      Database db = new Database(store, DefaultMethod.load());
      var before = db.registry();
      var source = org.entwine.source.Source.of("kept-test", "A source the test adds");
      var batch = new org.entwine.registry.Registry(java.util.List.of(source), java.util.List.of(), java.util.List.of(),
          java.util.List.of(), java.util.List.of(), java.util.List.of(), java.util.List.of(), java.util.List.of(), java.util.List.of(),
          java.util.List.of(), java.util.List.of(), java.util.List.of(), java.util.List.of());
      db.write(s -> {
        s.add(batch, "test", "test");
        return 1;
      }, r -> new Database.Change(batch, false, Optional.of(Set.of())));
      assertThat(db.registry().sources()).hasSize(before.sources().size() + 1).contains(source);
      assertThat(db.registry().sources()).containsExactlyInAnyOrderElementsOf(store.load().sources());
    }
  }
}
