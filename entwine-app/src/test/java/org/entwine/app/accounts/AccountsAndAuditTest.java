package org.entwine.app.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.entwine.input.UserInputException;
import org.entwine.registry.Entry;
import org.entwine.registry.Registry;
import org.entwine.source.Source;
import org.entwine.storage.AuditEntry;
import org.entwine.storage.Role;
import org.entwine.store.DuckDbStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccountsAndAuditTest {
  @TempDir Path dir;

  @Test
  void aPasswordIsKeptAsAnArgon2idHashAndSignsInOnlyRightAndEnabled() {
    try (DuckDbStore store = DuckDbStore.open(dir.resolve("a.duckdb"))) {
      Accounts accounts = new Accounts(store);
      assertThat(accounts.any()).isFalse();
      char[] password = "correct horse battery".toCharArray();
      accounts.add("ana", password, Role.ANALYST, Entry.of("t", "admin"));
      assertThat(accounts.any()).isTrue();
      String hash = store.account("ana").orElseThrow().passwordHash();
      assertThat(hash).startsWith("$argon2id$").doesNotContain("correct horse");
      assertThat(accounts.signIn("ana", password)).isPresent();
      assertThat(accounts.signIn("ana", "correct horse batterY".toCharArray())).isEmpty();
      assertThat(accounts.signIn("bob", password)).isEmpty();
      assertThat(accounts.signIn("not a name", password)).isEmpty();
      accounts.disable("ana", true, Entry.of("t", "admin"));
      assertThat(accounts.signIn("ana", password)).isEmpty();
      assertThatThrownBy(() -> accounts.add("ana", password, Role.READER, Entry.of("t", "a")))
          .isInstanceOf(UserInputException.class)
          .hasMessageContaining("already an account");
      assertThatThrownBy(
              () -> accounts.add("bo", "short".toCharArray(), Role.READER, Entry.of("t", "a")))
          .hasMessageContaining("at least 10 characters");
    }
  }

  @Test
  void aTokenIsShownOnceKeptAsItsHashAndStopsWithItsAccount() {
    try (DuckDbStore store = DuckDbStore.open(dir.resolve("t.duckdb"))) {
      Accounts accounts = new Accounts(store);
      accounts.add("ana", "correct horse battery".toCharArray(), Role.ANALYST, Entry.of("t", "a"));
      String token = accounts.newToken("ana", "nightly", Entry.of("t", "a"));
      assertThat(token).startsWith("ent_").hasSizeGreaterThan(40);
      assertThat(store.tokenAccount(token)).as("kept as its hash, not itself").isEmpty();
      assertThat(accounts.byToken(token)).map(a -> a.name()).hasValue("ana");
      assertThat(accounts.byToken(token + "x")).isEmpty();
      accounts.disable("ana", true, Entry.of("t", "a"));
      assertThat(accounts.byToken(token)).isEmpty();
    }
  }

  @Test
  void aRecordsHistoryShowsWhoMadeEachVersionAndWhy() {
    try (DuckDbStore store = DuckDbStore.open(dir.resolve("h.duckdb"))) {
      store.add(
          Registry.builder().sources(List.of(Source.of("s", "First"))).build(),
          new Entry("import", "ana", null, null));
      store.replace(
          Registry.builder().sources(List.of(Source.of("s", "Second"))).build(),
          new Entry("web", "minh", "10.0.0.2", "typo"));
      store.replace(
          Registry.builder().sources(List.of(Source.of("s", "Third"))).build(),
          new Entry("web", "ana", "10.0.0.3", "the ministry's wording"));
      store.add(
          Registry.builder().sources(List.of(Source.of("other", "Other"))).build(),
          Entry.of("import", "ana"));
      List<AuditEntry> history = AuditTrail.ofRecord(store, "source:s", 10);
      assertThat(history).extracting(AuditEntry::enteredBy).containsExactly("ana", "minh", "ana");
      assertThat(history)
          .extracting(AuditEntry::reason)
          .containsExactly("the ministry's wording", "typo", null);
      assertThat(history.get(1).changes())
          .singleElement()
          .satisfies(
              c -> {
                assertThat(c.before()).contains("First");
                assertThat(c.after()).contains("Second");
              });
      assertThatThrownBy(() -> AuditTrail.ofRecord(store, "sauce:s", 10))
          .hasMessageContaining("a record is KIND:ID");
    }
  }
}
