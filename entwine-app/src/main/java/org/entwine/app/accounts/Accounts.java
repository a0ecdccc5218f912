package org.entwine.app.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.entwine.app.NotFoundException;
import org.entwine.input.UserInputException;
import org.entwine.registry.Entry;
import org.entwine.storage.Account;
import org.entwine.storage.Role;
import org.entwine.storage.Store;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * The accounts of a shared store, for the command line ({@code entwine users}) and the server's
 * sign-in alike: passwords hashed with Argon2id (Spring Security's encoder, OWASP's parameters),
 * API tokens of 256 random bits kept as their SHA-256. Every change is written to the audit trail
 * as {@code by}'s.
 */
public final class Accounts {
  /** The shortest password accepted: a passphrase, not a word. */
  public static final int MIN_PASSWORD = 10;

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Argon2PasswordEncoder ARGON2 =
      Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();

  /** A hash to verify against when there is no account, so that a wrong name takes as long. */
  private static final String NO_ONE = ARGON2.encode("no account has this password");

  private final Store store;

  public Accounts(Store store) {
    this.store = store;
  }

  /** Whether the store has any account: then the server asks everyone to sign in. */
  public boolean any() {
    return !store.accounts().isEmpty();
  }

  public List<Account> list() {
    return store.accounts();
  }

  public Optional<Account> find(String name) {
    return store.account(name);
  }

  public Account add(String name, char[] password, Role role, Entry by) {
    requireNew(name);
    Account a = new Account(name, role, hash(password), false, Instant.now());
    store.saveAccount(a, withOrigin(by, "account " + name + " added, role " + role));
    return a;
  }

  /** Refuses a name no account may have, or one already taken (before a password is asked for). */
  public void requireNew(String name) {
    Account.requireName(name);
    if (store.account(name).isPresent())
      throw new UserInputException("there is already an account '" + name + "'");
  }

  public Account role(String name, Role role, Entry by) {
    Account a = existing(name).withRole(role);
    store.saveAccount(a, withOrigin(by, "account " + name + ": role " + role));
    return a;
  }

  public Account disable(String name, boolean disabled, Entry by) {
    Account a = existing(name).disabled(disabled);
    store.saveAccount(
        a, withOrigin(by, "account " + name + (disabled ? " disabled" : " enabled again")));
    return a;
  }

  public Account password(String name, char[] password, Entry by) {
    Account a = existing(name).withPasswordHash(hash(password));
    store.saveAccount(a, withOrigin(by, "account " + name + ": new password"));
    return a;
  }

  /** A new API token for {@code name}: shown once, kept only as its hash. */
  public String newToken(String name, String label, Entry by) {
    Account a = existing(name);
    byte[] bits = new byte[32];
    RANDOM.nextBytes(bits);
    String token = "ent_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
    store.addToken(
        tokenHash(token), a.name(), label, withOrigin(by, "API token for " + name + ": " + label));
    return token;
  }

  /**
   * The account that signs in with this name and password, if it is enabled. A wrong name costs the
   * same hash as a wrong password, so that timing does not tell which names exist.
   */
  public Optional<Account> signIn(String name, char[] password) {
    return verify(find(name), password);
  }

  /**
   * The account, if it is enabled and {@code password} is its password: the slow hash, apart from
   * reading the account, so that a server need not hold its store while it computes. No account
   * costs the same hash.
   */
  public static Optional<Account> verify(Optional<Account> a, char[] password) {
    boolean matches =
        ARGON2.matches(new String(password), a.map(Account::passwordHash).orElse(NO_ONE));
    return a.filter(x -> matches && !x.disabled());
  }

  /** The enabled account an API token belongs to. */
  public Optional<Account> byToken(String token) {
    if (token == null || !token.startsWith("ent_")) return Optional.empty();
    return store.tokenAccount(tokenHash(token)).flatMap(store::account).filter(a -> !a.disabled());
  }

  private Account existing(String name) {
    return store
        .account(name)
        .orElseThrow(() -> new NotFoundException("there is no account '" + name + "'"));
  }

  private static String hash(char[] password) {
    if (password.length < MIN_PASSWORD)
      throw new UserInputException(
          "a password needs at least " + MIN_PASSWORD + " characters (a passphrase is best)");
    return ARGON2.encode(new String(password));
  }

  static String tokenHash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  private static Entry withOrigin(Entry by, String origin) {
    return new Entry(origin, by.enteredBy(), by.address(), by.reason());
  }
}
