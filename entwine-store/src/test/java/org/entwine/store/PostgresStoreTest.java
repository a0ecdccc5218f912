package org.entwine.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.entwine.input.UserInputException;
import org.entwine.registry.Registry;
import org.entwine.source.Source;
import org.entwine.storage.Store;
import org.entwine.storage.StoreException;
import org.entwine.testing.LocalPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The storage contract on a real PostgreSQL server (started by the tests, a database of its own for
 * each test), and what a store that several servers and writers share must do.
 */
class PostgresStoreTest extends StoreContract {
  private String address;

  @BeforeEach
  void newDatabase() {
    address = LocalPostgres.get().newDatabase();
  }

  @Override
  Store open() {
    return PostgresStore.open(address);
  }

  @Override
  Connection raw() throws SQLException {
    var a = PostgresStore.Address.parse(address);
    return DriverManager.getConnection(a.jdbcUrl(), a.user(), a.password());
  }

  @Override
  String dialect() {
    return "postgresql";
  }

  @Test
  void writersAtOnceLoseNoBatchAndStoreNoneByHalves() throws Exception {
    int writers = 16;
    int batches = 25;
    AtomicInteger refused = new AtomicInteger();
    try (Store store = open()) {
      store.add(Registry.builder().sources(List.of(Source.of("taken", "Taken"))).build(), "", "");
      ExecutorService pool = Executors.newFixedThreadPool(writers);
      List<Future<?>> done = new ArrayList<>();
      for (int w = 0; w < writers; w++) {
        int writer = w;
        done.add(
            pool.submit(
                () -> {
                  for (int b = 0; b < batches; b++) {
                    List<Source> sources = new ArrayList<>();
                    for (int i = 0; i < 3; i++)
                      sources.add(Source.of("w" + writer + "-" + b + "-" + i, "A source"));
                    // every fifth batch also gives an id already stored: refused whole
                    if (b % 5 == 4) sources.add(Source.of("taken", "Taken again"));
                    try {
                      store.add(
                          Registry.builder().sources(sources).build(), "w" + writer, "u" + writer);
                    } catch (StoreException e) {
                      refused.incrementAndGet();
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> f : done) f.get(120, TimeUnit.SECONDS);
      pool.shutdown();
      int stored = writers * batches - refused.get();
      assertThat(refused.get()).isEqualTo(writers * batches / 5);
      assertThat(store.counts())
          .containsEntry("records", 1L + 3L * stored)
          .containsEntry("imports", 1L + stored);
      assertThat(store.load().sources()).hasSize(1 + 3 * stored);
    }
  }

  @Test
  void twoServersOnOneDatabaseSeeEachOthersWritesAndMigrateOnce() throws Exception {
    ExecutorService two = Executors.newFixedThreadPool(2);
    Future<Store> first = two.submit(this::open);
    Future<Store> second = two.submit(this::open);
    try (Store a = first.get(60, TimeUnit.SECONDS);
        Store b = second.get(60, TimeUnit.SECONDS)) {
      a.add(Registry.builder().sources(List.of(Source.of("from-a", "A"))).build(), "a", "a");
      assertThat(b.contains("source", "from-a")).isTrue();
      assertThat(b.imports()).singleElement().extracting(e -> e.enteredBy()).isEqualTo("a");
    } finally {
      two.shutdown();
    }
    try (Connection c = raw();
        var r = c.createStatement().executeQuery("SELECT count(*) FROM schema_version")) {
      r.next();
      assertThat(r.getInt(1)).isEqualTo(Migrations.CURRENT);
    }
  }

  @Test
  void theAddressShownNeverHoldsThePassword() {
    var a = PostgresStore.Address.parse("postgresql://ana:s3cret@db.example:5433/entwine?ssl=true");
    assertThat(a.shown())
        .isEqualTo("postgresql://ana@db.example:5433/entwine")
        .doesNotContain("s3cret");
    assertThat(a.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:5433/entwine?ssl=true");
    assertThat(a.password()).isEqualTo("s3cret");
    assertThatThrownBy(() -> PostgresStore.Address.parse("postgresql://ana:s3cret@db.example/"))
        .isInstanceOf(UserInputException.class)
        .hasMessageContaining("a host and a database")
        .hasMessageNotContaining("s3cret");
  }

  @Test
  void aServerThatIsNotThereIsSaidPlainly() throws Exception {
    int unused;
    try (ServerSocket s = new ServerSocket(0)) {
      unused = s.getLocalPort();
    }
    assertThatThrownBy(() -> PostgresStore.open("postgresql://x:pw@127.0.0.1:" + unused + "/none"))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("cannot reach the PostgreSQL database postgresql://x@127.0.0.1:")
        .hasMessageContaining("is the server running")
        .hasMessageNotContaining("pw");
  }

  @Test
  void aStoreHearsWhatAnotherStoreOnTheSameDatabaseChangedAndNotItsOwnTwice() throws Exception {
    try (Store here = open();
        Store there = open()) {
      java.util.concurrent.BlockingQueue<org.entwine.storage.StoreChange> heard =
          new java.util.concurrent.LinkedBlockingQueue<>();
      here.listen(heard::add);
      there.add(Registry.builder().sources(List.of(Source.of("far", "Far"))).build(), "t", "t");
      var records = heard.poll(5, java.util.concurrent.TimeUnit.SECONDS);
      assertThat(records).isNotNull();
      assertThat(records.here()).isFalse();
      assertThat(records.kind()).isEqualTo(org.entwine.storage.StoreChange.Kind.RECORDS);
      assertThat(here.storedBy(records.imports()).sources())
          .extracting(Source::id)
          .containsExactly("far");
      there.saveAccount(
          new org.entwine.storage.Account(
              "bob", org.entwine.storage.Role.ANALYST, "h", false, java.time.Instant.now()),
          org.entwine.registry.Entry.of("t", "t"));
      assertThat(heard.poll(5, java.util.concurrent.TimeUnit.SECONDS))
          .isEqualTo(org.entwine.storage.StoreChange.account("bob").elsewhere());
      here.add(Registry.builder().sources(List.of(Source.of("near", "Near"))).build(), "t", "t");
      var own = heard.poll(5, java.util.concurrent.TimeUnit.SECONDS);
      assertThat(own.here()).as("told at once, on the committing thread").isTrue();
      assertThat(heard.poll(1, java.util.concurrent.TimeUnit.SECONDS))
          .as("and not again when the database tells of it")
          .isNull();
    }
  }

  @Test
  void twoAdminsDisablingEachOtherAtOnceLeaveOneEnabled() throws Exception {
    try (Store a = open();
        Store b = open()) {
      var now = java.time.Instant.now();
      var entry = org.entwine.registry.Entry.of("t", "t");
      var boss =
          new org.entwine.storage.Account("boss", org.entwine.storage.Role.ADMIN, "h", false, now);
      var vu =
          new org.entwine.storage.Account("vu", org.entwine.storage.Role.ADMIN, "h", false, now);
      a.saveAccount(boss, entry);
      a.saveAccount(vu, entry);
      for (int round = 0; round < 10; round++) {
        a.saveAccount(boss, entry);
        a.saveAccount(vu, entry);
        java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Future<?> one =
            pool.submit(
                () -> {
                  together.await();
                  a.saveAccount(boss.disabled(true), true, entry);
                  return null;
                });
        Future<?> two =
            pool.submit(
                () -> {
                  together.await();
                  b.saveAccount(vu.disabled(true), true, entry);
                  return null;
                });
        int refused = 0;
        for (Future<?> f : List.of(one, two)) {
          try {
            f.get();
          } catch (java.util.concurrent.ExecutionException e) {
            assertThat(e.getCause()).isInstanceOf(org.entwine.input.UserInputException.class);
            refused++;
          }
        }
        pool.shutdown();
        assertThat(refused).as("round " + round).isEqualTo(1);
        assertThat(a.accounts()).filteredOn(x -> !x.disabled()).hasSize(1);
      }
    }
  }
}
