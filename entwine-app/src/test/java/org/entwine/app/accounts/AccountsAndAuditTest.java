package org.entwine.app.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.entwine.input.UserInputException;
import org.entwine.registry.Entry;
import org.entwine.registry.Registry;
import org.entwine.source.Source;
import org.entwine.storage.ApiToken;
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
  void aTokenIsShownOnceKeptAsItsHashAndStopsWithItsAccountForGood() {
    try (DuckDbStore store = DuckDbStore.open(dir.resolve("t.duckdb"))) {
      Accounts accounts = new Accounts(store);
      accounts.add("ana", "correct horse battery".toCharArray(), Role.ANALYST, Entry.of("t", "a"));
      String token = accounts.newToken("ana", "nightly", null, Entry.of("t", "a")).token();
      assertThat(token).startsWith("ent_").hasSizeGreaterThan(40);
      assertThat(store.token(token)).as("kept as its hash, not itself").isEmpty();
      Instant now = Instant.now();
      assertThat(accounts.byToken(token, now)).map(v -> v.account().name()).hasValue("ana");
      assertThat(accounts.byToken(token + "x", now)).isEmpty();
      accounts.disable("ana", true, Entry.of("t", "a"));
      assertThat(accounts.byToken(token, now)).isEmpty();
      accounts.disable("ana", false, Entry.of("t", "a"));
      assertThat(accounts.byToken(token, now))
          .as("enabled again, the account's old tokens stay revoked")
          .isEmpty();
    }
  }

  @Test
  void aTokenExpiresIsRevokedByNameAndANewPasswordRevokesEveryTokenOfTheAccount() {
    try (DuckDbStore store = DuckDbStore.open(dir.resolve("x.duckdb"))) {
      Accounts accounts = new Accounts(store);
      char[] pw = "correct horse battery".toCharArray();
      accounts.add("ana", pw, Role.ANALYST, Entry.of("t", "a"));
      Instant now = Instant.now();
      Instant tomorrow = now.plus(Duration.ofDays(1));
      String daily = accounts.newToken("ana", "daily", tomorrow, Entry.of("t", "a")).token();
      String nightly = accounts.newToken("ana", "nightly", null, Entry.of("t", "a")).token();
      String other = accounts.newToken("ana", "other", null, Entry.of("t", "a")).token();
      assertThat(accounts.byToken(daily, now)).isPresent();
      assertThat(accounts.byToken(daily, tomorrow.plusSeconds(1))).as("expired").isEmpty();
      assertThatThrownBy(
              () -> accounts.newToken("ana", "late", now.minusSeconds(1), Entry.of("t", "a")))
          .hasMessageContaining("in the future");
      assertThatThrownBy(() -> accounts.newToken("ana", "", null, Entry.of("t", "a")))
          .hasMessageContaining("a token's name");
      assertThat(accounts.revoke("ana", "nightly", Entry.of("t", "a"))).isEqualTo(1);
      assertThat(accounts.byToken(nightly, now)).isEmpty();
      assertThat(accounts.byToken(other, now)).as("only the token named").isPresent();
      assertThatThrownBy(() -> accounts.revoke("ana", "nightly", Entry.of("t", "a")))
          .isInstanceOf(org.entwine.app.NotFoundException.class)
          .hasMessageContaining("no token in use named 'nightly'");
      assertThat(accounts.tokens("ana"))
          .extracting(ApiToken::name)
          .containsExactly("daily", "nightly", "other");
      accounts.password("ana", "another long passphrase".toCharArray(), Entry.of("t", "a"));
      assertThat(accounts.byToken(other, now)).as("a new password revokes them all").isEmpty();
      assertThat(accounts.byToken(daily, now)).isEmpty();
    }
  }

  @Test
  void theLastEnabledAdminIsNeitherDisabledNorDemoted() {
    try (DuckDbStore store = DuckDbStore.open(dir.resolve("l.duckdb"))) {
      Accounts accounts = new Accounts(store);
      char[] pw = "correct horse battery".toCharArray();
      accounts.add("boss", pw, Role.ADMIN, Entry.of("t", "a"));
      assertThatThrownBy(() -> accounts.disable("boss", true, Entry.of("t", "boss")))
          .isInstanceOf(UserInputException.class)
          .hasMessageContaining("last enabled admin");
      assertThatThrownBy(() -> accounts.role("boss", Role.READER, Entry.of("t", "boss")))
          .isInstanceOf(UserInputException.class);
      assertThat(accounts.find("boss").orElseThrow().role()).isEqualTo(Role.ADMIN);
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
