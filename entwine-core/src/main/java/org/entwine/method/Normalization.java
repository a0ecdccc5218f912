package org.entwine.method;

/** How raw values become 0-100 scores over the reference set (the OECD/JRC handbook's options). */
public enum Normalization {
  /**
   * (x - min) / (max - min) × 100; all equal gives no scores (the indicator tells no partner
   * apart).
   */
  MIN_MAX,
  /** 50 + 50 × z / 3, clipped to 0-100: three standard deviations span the scale. */
  Z_SCORE,
  /** Percentile rank: the share of the reference set below x, ties counted half, × 100. */
  RANK,
  /** x / target × 100, capped at 100 (the indicator's target, else the reference set's maximum). */
  DISTANCE_TO_TARGET
}
