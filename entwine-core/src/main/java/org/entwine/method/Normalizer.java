package org.entwine.method;

import java.util.Arrays;

/** Turns an indicator's values over the reference set into 0-100 scores. */
public final class Normalizer {
  private Normalizer() {}

  /**
   * @param values transformed values of the reference set (no missing ones)
   * @param target for distance to target; null: the largest value
   * @return scores 0-100, in the same order; null when the values are all equal and the method has
   *     no target to measure them against: the indicator then tells the partners nothing apart
   */
  public static double[] normalize(Normalization n, double[] values, Double target) {
    int k = values.length;
    double[] out = new double[k];
    if (k == 0) return out;
    double min = Arrays.stream(values).min().orElse(0);
    double max = Arrays.stream(values).max().orElse(0);
    if (max == min && !(n == Normalization.DISTANCE_TO_TARGET && target != null)) return null;
    switch (n) {
      case MIN_MAX -> {
        for (int i = 0; i < k; i++) out[i] = 100 * (values[i] - min) / (max - min);
      }
      case Z_SCORE -> {
        // Summed in sorted order, so the result does not depend on the order of the input.
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double mean = Arrays.stream(sorted).sum() / k;
        double var = Arrays.stream(sorted).map(v -> (v - mean) * (v - mean)).sum() / k;
        double sd = Math.sqrt(var);
        for (int i = 0; i < k; i++) {
          double z = sd == 0 ? 0 : (values[i] - mean) / sd;
          out[i] = clip(50 + 50 * z / 3);
        }
      }
      case RANK -> {
        for (int i = 0; i < k; i++) {
          double below = 0;
          for (double v : values) below += v < values[i] ? 1 : v == values[i] ? 0.5 : 0;
          below -= 0.5; // the value itself
          out[i] = k == 1 ? 100 : 100 * below / (k - 1);
        }
      }
      case DISTANCE_TO_TARGET -> {
        double t = target != null ? target : max;
        for (int i = 0; i < k; i++) out[i] = t <= 0 ? 100 : clip(100 * values[i] / t);
      }
    }
    for (int i = 0; i < k; i++) out[i] = clip(out[i]); // floating point may stray past the ends
    return out;
  }

  private static double clip(double v) {
    return Math.max(0, Math.min(100, v));
  }
}
