package org.entwine.actor;

/**
 * Two actors without a direction, always in the same order (alphabetical) however they are given:
 * the one way a framework's default id, a pair's ledgers and an undirected dataset's rows name a
 * pair.
 */
public record UnorderedPair(String first, String second) {
  public UnorderedPair {
    if (first.compareTo(second) > 0)
      throw new IllegalArgumentException(
          "an unordered pair is kept in order: " + first + ", " + second);
  }

  public static UnorderedPair of(String a, String b) {
    return a.compareTo(b) <= 0 ? new UnorderedPair(a, b) : new UnorderedPair(b, a);
  }

  /** The two codes joined by {@code separator}: "CHN-VNM". */
  public String joined(String separator) {
    return first + separator + second;
  }
}
