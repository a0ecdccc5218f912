package org.entwine.storage;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.entwine.registry.Entry;

/**
 * The accounts of a shared store, their API tokens and signed-in sessions. Each change to an
 * account or a token is written to the import log (the audit trail) in the same transaction, as are
 * sign-ins; {@link #note} writes the audit trail's entries that change nothing (a failed sign-in, a
 * slow-down, a token's use).
 */
public interface AccountStore {
  Optional<Account> account(String name);

  /** Every account, by name. */
  List<Account> accounts();

  /**
   * Stores a new account, or a new version of a stored one (same name).
   *
   * @param endAccess also end the account's sessions and revoke its API tokens, in the same
   *     transaction (it was disabled, or its password changed)
   * @throws org.entwine.input.UserInputException (and stores nothing) when the change would leave
   *     no enabled admin where there was one
   */
  void saveAccount(Account account, boolean endAccess, Entry entry);

  /** As {@link #saveAccount(Account, boolean, Entry)}, its sessions and tokens kept. */
  default void saveAccount(Account account, Entry entry) {
    saveAccount(account, false, entry);
  }

  /** Stores an API token, by its hash (the token itself is never kept). */
  void addToken(ApiToken token, Entry entry);

  /** The token with this hash, revoked or expired ones included. */
  Optional<ApiToken> token(String tokenHash);

  /** The tokens of {@code account} (null: of every account), revoked ones included, by name. */
  List<ApiToken> tokens(String account);

  /**
   * Revokes {@code account}'s tokens named {@code name} (null: all its tokens) that are not revoked
   * yet; returns how many.
   */
  int revokeTokens(String account, String name, Instant at, Entry entry);

  /** Notes a token's use: when it was last used, and {@code entry} in the audit trail. */
  void tokenUsed(String tokenHash, Instant at, Entry entry);

  /** Stores a new session, and {@code entry} (the sign-in) in the audit trail. */
  void startSession(Session session, Entry entry);

  /** The session whose id has this hash, if it has not ended. */
  Optional<Session> session(String idHash);

  /** When a session was last used. */
  void sessionUsed(String idHash, Instant at);

  /** Ends a session (signed out). */
  void endSession(String idHash);

  /** Ends the sessions started before {@code startedBefore} or unused since {@code usedBefore}. */
  void endSessions(Instant startedBefore, Instant usedBefore);

  /**
   * Remembers a browser that signed in to {@code account}, by the hash of the random id its cookie
   * holds: its sign-ins are not slowed down by others' failures.
   */
  void addDevice(String deviceHash, String account, Instant at);

  /** The account a browser signed in to, by the hash of its cookie's id. */
  Optional<String> deviceAccount(String deviceHash);

  /** Writes {@code entry} to the audit trail: a change of no record (a sign-in's failure…). */
  void note(Entry entry);
}
