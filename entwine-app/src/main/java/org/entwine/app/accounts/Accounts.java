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
import org.entwine.storage.ApiToken;
import org.entwine.storage.Role;
import org.entwine.storage.Store;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * The accounts of a shared store, for the command line ({@code entwine users}) and the server's
 * sign-in alike: passwords hashed with Argon2id (Spring Security's encoder, OWASP's parameters),
 * API tokens of 256 random bits kept as their SHA-256, named, listed, revoked one by one and
 * optionally expiring. Disabling an account or giving it a new password ends its sessions and
 * revokes its tokens; the last enabled admin can be neither disabled nor demoted. Every change is
 * written to the audit trail as {@code by}'s.
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

  /**
   * Gives an account a role; its sessions and tokens act with the new role from their next request.
   * The last enabled admin keeps the role (the store refuses it).
   */
  public Account role(String name, Role role, Entry by) {
    Account a = existing(name).withRole(role);
    store.saveAccount(a, withOrigin(by, "account " + name + ": role " + role));
    return a;
  }

  /**
   * Disables an account, ending its sessions and revoking its tokens (enabled again, it signs in
   * anew and needs new tokens), or enables it. The last enabled admin stays enabled.
   */
  public Account disable(String name, boolean disabled, Entry by) {
    Account a = existing(name).disabled(disabled);
    store.saveAccount(
        a,
        disabled,
        withOrigin(by, "account " + name + (disabled ? " disabled" : " enabled again")));
    return a;
  }

  /** A new password: the account's sessions end and its tokens are revoked, here and everywhere. */
  public Account password(String name, char[] password, Entry by) {
    Account a = existing(name).withPasswordHash(hash(password));
    store.saveAccount(a, true, withOrigin(by, "account " + name + ": new password"));
    return a;
  }

  /** A token just made: the token itself (shown once, never kept) and what the store keeps. */
  public record NewToken(String token, ApiToken stored) {}

  /**
   * A new API token for {@code name}, called {@code tokenName} (unique among its tokens in use),
   * working until {@code expires} (null: until revoked): shown once, kept only as its hash.
   */
  public NewToken newToken(String name, String tokenName, Instant expires, Entry by) {
    Account a = existing(name);
    requireTokenName(tokenName);
    Instant now = Instant.now();
    if (expires != null && !expires.isAfter(now))
      throw new UserInputException("a token's expiry must be in the future, got " + expires);
    byte[] bits = new byte[32];
    RANDOM.nextBytes(bits);
    String token = "ent_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
    ApiToken t = new ApiToken(hashOf(token), a.name(), tokenName, now, expires, null, null);
    store.addToken(t, withOrigin(by, "API token for " + name + ": " + tokenName));
    return new NewToken(token, t);
  }

  /** The tokens of {@code name} (null: of every account), revoked and expired ones included. */
  public List<ApiToken> tokens(String name) {
    if (name != null) existing(name);
    return store.tokens(name);
  }

  /**
   * Revokes {@code name}'s tokens called {@code tokenName} (null: all its tokens); returns how
   * many.
   *
   * @throws NotFoundException when it has no such token in use
   */
  public int revoke(String name, String tokenName, Entry by) {
    existing(name);
    int n =
        store.revokeTokens(
            name,
            tokenName,
            Instant.now(),
            withOrigin(
                by,
                tokenName == null
                    ? "API tokens of " + name + " revoked"
                    : "API token for " + name + " revoked: " + tokenName));
    if (n == 0)
      throw new NotFoundException(
          name
              + " has no token in use"
              + (tokenName == null ? "" : " named '" + tokenName + "'")
              + " (entwine users token list "
              + name
              + ")");
    return n;
  }

  private static void requireTokenName(String tokenName) {
    if (tokenName == null || !tokenName.matches("[A-Za-z0-9][A-Za-z0-9._@ -]{0,63}"))
      throw new UserInputException(
          "a token's name is 1 to 64 letters, digits, spaces, '.', '_', '@' or '-' (starting"
              + " with a letter or digit), got '"
              + tokenName
              + "'");
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

  /** An API token that works: the token as stored, and its account. */
  public record Verified(ApiToken token, Account account) {}

  /**
   * The token and its enabled account, if the token works at {@code now}: known, not revoked, not
   * expired.
   */
  public Optional<Verified> byToken(String token, Instant now) {
    if (token == null || !token.startsWith("ent_")) return Optional.empty();
    return store
        .token(hashOf(token))
        .filter(t -> t.usable(now))
        .flatMap(
            t ->
                store.account(t.account()).filter(a -> !a.disabled()).map(a -> new Verified(t, a)));
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

  /**
   * The SHA-256 of a secret of 256 random bits (a token, a session's id), as the store keeps it:
   * such a secret needs no slow hash.
   */
  public static String hashOf(String secret) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  private static Entry withOrigin(Entry by, String origin) {
    return new Entry(origin, by.enteredBy(), by.address(), by.reason());
  }
}
