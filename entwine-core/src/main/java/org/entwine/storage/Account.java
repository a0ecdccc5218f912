package org.entwine.storage;

import java.time.Instant;

/**
 * Someone who signs in to a shared store: a name, a role, the hash of their password (never the
 * password), and whether the account is disabled (kept, so that what it entered still names it).
 */
public record Account(
    String name, Role role, String passwordHash, boolean disabled, Instant created) {
  public Account {
    requireName(name);
  }

  /** Refuses a name no account may have. */
  public static void requireName(String name) {
    if (name == null || !name.matches("[A-Za-z0-9][A-Za-z0-9._@-]{0,63}"))
      throw new org.entwine.input.UserInputException(
          "an account name is 1 to 64 letters, digits, '.', '_', '@' or '-' (starting with a"
              + " letter or digit), got '"
              + name
              + "'");
  }

  public Account withRole(Role r) {
    return new Account(name, r, passwordHash, disabled, created);
  }

  public Account disabled(boolean d) {
    return new Account(name, role, passwordHash, d, created);
  }

  public Account withPasswordHash(String hash) {
    return new Account(name, role, hash, disabled, created);
  }
}
