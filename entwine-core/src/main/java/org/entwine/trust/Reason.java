package org.entwine.trust;

import java.util.List;
import java.util.Objects;

/**
 * A reason the core gives without wording it: a key that the faces (the report, the command line,
 * the web pages) word in the reader's language, and the figures and names it speaks of. An argument
 * is a number, a text from the records (a document's title, a dataset's name) or another reason,
 * worded in its turn. The English sentences the core keeps beside a reason are worded the same.
 */
public record Reason(String key, List<Object> args) {
  public Reason {
    Objects.requireNonNull(key, "key");
    args = List.copyOf(args);
  }

  public static Reason of(String key, Object... args) {
    return new Reason(key, List.of(args));
  }
}
