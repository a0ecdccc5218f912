package org.entwine.source;

import java.util.List;
import java.util.regex.Pattern;

/** The rules every identifier and source list follows, checked in one place. */
public final class Ids {
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/+-]{0,119}");

  private Ids() {}

  public static String require(String id, String what) {
    if (id == null || !isId(id)) {
      throw new IllegalArgumentException(
          "expected "
              + what
              + " of letters, digits and . _ : / + - (at most 120), got '"
              + id
              + "'");
    }
    return id;
  }

  /**
   * Whether {@code id} matches {@link #ID}. Checked by hand because it runs for every field of
   * millions of observations; IdsTest checks it agrees with the pattern.
   */
  static boolean isId(String id) {
    int n = id.length();
    if (n == 0 || n > 120) return false;
    for (int i = 0; i < n; i++) {
      char c = id.charAt(i);
      boolean alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      if (!alnum && (i == 0 || ".:_/+-".indexOf(c) < 0)) return false;
    }
    return true;
  }

  static boolean matchesPattern(String id) {
    return ID.matcher(id).matches();
  }

  /** Every record cites at least one source. */
  public static List<String> requireSources(List<String> sources) {
    if (sources == null || sources.isEmpty()) {
      throw new IllegalArgumentException("every record needs at least one source");
    }
    sources.forEach(s -> require(s, "a source id"));
    return List.copyOf(sources);
  }

  public static <T> List<T> list(List<T> l) {
    return l == null ? List.of() : List.copyOf(l);
  }
}
