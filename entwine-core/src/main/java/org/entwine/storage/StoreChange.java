package org.entwine.storage;

import java.util.List;

/**
 * A change committed to the store, as told to those who keep what they read from it (a server's
 * answers, its sessions and verified tokens): what changed, and whether this process made it
 * ({@code here}) or another did (a command or a second server on a team's database).
 *
 * @param subject the account ({@link Kind#ACCOUNT}) or the session id's hash ({@link
 *     Kind#SESSION_ENDED}); else null
 * @param imports the imports that stored the records ({@link Kind#RECORDS}); else empty
 */
public record StoreChange(Kind kind, String subject, List<Long> imports, boolean here) {
  public StoreChange {
    imports = List.copyOf(imports);
  }

  /** What changed. */
  public enum Kind {
    /** Records added or stored anew (no observations): the imports name them. */
    RECORDS,
    /** Observations or event series loaded or replaced: any answer may change. */
    DATA,
    /** An account's role, state or password, or its tokens or sessions. */
    ACCOUNT,
    /** One session ended (signed out). */
    SESSION_ENDED,
    /** Something may have changed that was not heard of (the store's notices were interrupted). */
    UNKNOWN
  }

  public static StoreChange records(List<Long> imports) {
    return new StoreChange(Kind.RECORDS, null, imports, true);
  }

  public static StoreChange data() {
    return new StoreChange(Kind.DATA, null, List.of(), true);
  }

  public static StoreChange account(String name) {
    return new StoreChange(Kind.ACCOUNT, name, List.of(), true);
  }

  public static StoreChange sessionEnded(String idHash) {
    return new StoreChange(Kind.SESSION_ENDED, idHash, List.of(), true);
  }

  public static StoreChange unknown() {
    return new StoreChange(Kind.UNKNOWN, null, List.of(), false);
  }

  /** The same change, as made by another process. */
  public StoreChange elsewhere() {
    return new StoreChange(kind, subject, imports, false);
  }

  /** The change as one line of text, for a notice between processes: see {@link #parse}. */
  public String text() {
    return kind
        + " "
        + (subject == null ? "-" : subject)
        + " "
        + (imports.isEmpty()
            ? "-"
            : String.join(",", imports.stream().map(String::valueOf).toList()));
  }

  /** A change told by another process, from its {@link #text}; UNKNOWN where it cannot be read. */
  public static StoreChange parse(String text) {
    String[] parts = text.split(" ");
    try {
      Kind kind = Kind.valueOf(parts[0]);
      String subject = parts[1].equals("-") ? null : parts[1];
      List<Long> imports =
          parts[2].equals("-")
              ? List.of()
              : java.util.Arrays.stream(parts[2].split(",")).map(Long::valueOf).toList();
      return new StoreChange(kind, subject, imports, false);
    } catch (RuntimeException e) {
      return unknown(); // from a newer Entwine, or cut short: forget what is kept
    }
  }
}
