package org.entwine.storage;

import java.time.Instant;

/**
 * An API token as the store keeps it: the SHA-256 of the token (never the token), the account it
 * acts for, its name (what it is for; unique among the account's tokens in use), when it was made,
 * when it stops working (null: never), when it was revoked (null: it was not), and when it was last
 * used (null: never).
 */
public record ApiToken(
    String hash,
    String account,
    String name,
    Instant created,
    Instant expires,
    Instant revoked,
    Instant lastUsed) {

  /** Whether the token may still be used at {@code now}: not revoked, not expired. */
  public boolean usable(Instant now) {
    return revoked == null && (expires == null || now.isBefore(expires));
  }
}
