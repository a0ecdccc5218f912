package org.entwine.trust;

/**
 * The papers' four degrees of confidence in a partner (Dang Dinh Quy and Nguyen Vu Tung), and the
 * honest fifth answer when the evidence is too thin to judge.
 */
public enum Degree {
  /** 1: it always matches words with deeds, verified in reality, and institutions bind it to. */
  HIGH_CONFIDENCE(1),
  /** 2: it sometimes does, and some factors push it to. */
  LESS_CONFIDENCE(2),
  /**
   * 3: its words do not match its deeds, and no institution binds it (or violations go unpunished).
   */
  SUSPICION(3),
  /** 4: it always acts inconsistently, and nothing binds it. */
  DEEP_SUSPICION(4),
  /** Too few commitments have fallen due to judge. */
  INSUFFICIENT_EVIDENCE(0);

  private final int number;

  Degree(int number) {
    this.number = number;
  }

  /** 1-4 as the papers number them; 0 for insufficient evidence. */
  public int number() {
    return number;
  }

  /** How a reader sees it: "degree 1 (high confidence)", or "insufficient evidence". */
  public String label() {
    String words = name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    return this == INSUFFICIENT_EVIDENCE ? words : "degree " + number + " (" + words + ")";
  }

  /**
   * The matrix's "high level of confidence": degree 1 alone. The papers reserve it for the
   * relations in depth ("within 4 levels of confidence above, level 1 is for assessing the
   * development in depth of relations"); degree 2, less confidence, sits with 3 and 4 on the lower
   * side, so that a degree never contradicts its cell.
   */
  public boolean isHighConfidence() {
    return this == HIGH_CONFIDENCE;
  }
}
