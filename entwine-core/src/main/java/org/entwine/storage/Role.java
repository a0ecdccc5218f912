package org.entwine.storage;

import java.util.Locale;

/** What an account may do. Each role may do what the roles before it may. */
public enum Role {
  /** Sees everything, changes nothing. */
  READER,
  /** Enters and edits ledgers and judgements. */
  ANALYST,
  /** Manages accounts, loads datasets, reads the audit trail. */
  ADMIN;

  /** Whether this role may do what {@code needed} may. */
  public boolean includes(Role needed) {
    return compareTo(needed) >= 0;
  }

  /** The role named {@code name} (reader, analyst, admin; any case). */
  public static Role parse(String name) {
    try {
      return valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new org.entwine.input.UserInputException(
          "a role is reader, analyst or admin, got '" + name + "'");
    }
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
