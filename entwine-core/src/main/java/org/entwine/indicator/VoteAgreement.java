package org.entwine.indicator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Voting agreement between every pair of countries in a body such as the UN General Assembly, per
 * year (and optionally per issue): the raw share of roll calls on which both voted alike, and
 * Cohen's kappa, which corrects that share for the agreement two countries would reach by chance
 * given how often each votes yes, abstains or votes no. Only roll calls on which both voted count.
 *
 * <p>Counts are kept per pair in a 3×3 table (yes/abstain/no × yes/abstain/no), so memory grows
 * with countries² × periods, never with the number of votes.
 */
public final class VoteAgreement {
  /** The vote values, in the order of the 3×3 tables. */
  public static final int YES = 0;

  public static final int ABSTAIN = 1;
  public static final int NO = 2;

  private final int countries;
  private final Map<Period, int[]> tables = new HashMap<>();

  /** A year, or a year and an issue. */
  public record Period(int year, String issue) {}

  /**
   * @param votes number of roll calls on which both voted
   * @param agreement share of those with the same vote (0..1)
   * @param kappa Cohen's kappa (−1..1); NaN when chance agreement is total (both always voted the
   *     same single way), where kappa is undefined
   */
  public record Result(int a, int b, Period period, int votes, double agreement, double kappa) {}

  /**
   * @param countries how many countries there are; they are numbered 0..countries−1
   */
  public VoteAgreement(int countries) {
    if (countries < 2) throw new IllegalArgumentException("needs at least two countries");
    this.countries = countries;
  }

  /**
   * Adds one roll call.
   *
   * @param voters the countries that voted, each at most once
   * @param votes their votes ({@link #YES}, {@link #ABSTAIN}, {@link #NO}), in the same order
   */
  public void add(Period period, int[] voters, int[] votes, int n) {
    Objects.requireNonNull(period, "period");
    int[] t = tables.computeIfAbsent(period, k -> new int[countries * (countries - 1) / 2 * 9]);
    for (int x = 0; x < n; x++) {
      for (int y = x + 1; y < n; y++) {
        int i = voters[x];
        int j = voters[y];
        int vi = votes[x];
        int vj = votes[y];
        if (i > j) {
          int s = i;
          i = j;
          j = s;
          s = vi;
          vi = vj;
          vj = s;
        }
        t[pair(i, j) * 9 + vi * 3 + vj]++;
      }
    }
  }

  private int pair(int i, int j) {
    // index of (i, j), i < j, in the upper triangle read row by row
    return i * (2 * countries - i - 1) / 2 + (j - i - 1);
  }

  /** Every pair and period with at least one common vote, ordered by period, then pair. */
  public List<Result> results() {
    List<Result> out = new ArrayList<>();
    for (var e : tables.entrySet()) {
      int[] t = e.getValue();
      for (int i = 0; i < countries; i++) {
        for (int j = i + 1; j < countries; j++) {
          int base = pair(i, j) * 9;
          Result r = result(i, j, e.getKey(), t, base);
          if (r != null) out.add(r);
        }
      }
    }
    out.sort(
        Comparator.comparingInt((Result r) -> r.period().year())
            .thenComparing(r -> r.period().issue() == null ? "" : r.period().issue())
            .thenComparingInt(Result::a)
            .thenComparingInt(Result::b));
    return out;
  }

  static Result result(int a, int b, Period period, int[] t, int base) {
    int n = 0;
    int same = 0;
    int[] rowA = new int[3];
    int[] colB = new int[3];
    for (int va = 0; va < 3; va++) {
      for (int vb = 0; vb < 3; vb++) {
        int c = t[base + va * 3 + vb];
        n += c;
        rowA[va] += c;
        colB[vb] += c;
        if (va == vb) same += c;
      }
    }
    if (n == 0) return null;
    double po = (double) same / n;
    double pe = 0;
    for (int k = 0; k < 3; k++) pe += ((double) rowA[k] / n) * ((double) colB[k] / n);
    double kappa = pe >= 1.0 ? Double.NaN : (po - pe) / (1.0 - pe);
    return new Result(a, b, period, n, po, kappa);
  }
}
