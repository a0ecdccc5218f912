package org.entwine.source;

import java.util.Locale;

/**
 * How firmly a source attests a fact. A {@code REPORTED} fact rests on a secondary page or on a
 * detail (a day, say) inferred rather than read; it is shown as reported wherever it appears, so
 * that an analyst never defends it as more than it is.
 */
public enum Attestation {
  /** A page read states the fact at the precision given. */
  CONFIRMED,
  /** A secondary source states it, or part of it (often the day) is inferred. */
  REPORTED;

  /** The default for a fact that says nothing of its attestation: confirmed by its sources. */
  public static Attestation orDefault(Attestation a) {
    return a == null ? CONFIRMED : a;
  }

  /** Lower case, for tables and JSON readers: "confirmed", "reported". */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
