package org.entwine.source;

import java.util.List;
import java.util.regex.Pattern;

/** The rules every identifier and source list follows, checked in one place. */
public final class Ids {
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/+-]{0,119}");

  private Ids() {}

  public static String require(String id, String what) {
    if (id == null || !ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "expected " + what + " of letters, digits and . _ : / + - (at most 120), got '" + id + "'");
    }
    return id;
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
