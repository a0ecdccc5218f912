package org.entwine.storage;

import java.time.Instant;

/**
 * A signed-in session as the store keeps it, so that every server on a team's database knows it:
 * the SHA-256 of its id (never the id, which only the browser's cookie holds), the account, the
 * session's CSRF token, the address it signed in from, when it started and when it was last used
 * (written at most once a minute: see the server's sign-in).
 */
public record Session(
    String idHash,
    String account,
    String csrf,
    String address,
    Instant started,
    Instant lastUsed) {}
