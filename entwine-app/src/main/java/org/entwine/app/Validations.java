package org.entwine.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entwine.method.Orientation;
import org.entwine.method.Score;
import org.entwine.method.Sensitivity;
import org.entwine.validation.Validation;

/**
 * How well a focal actor's depth agrees with its frameworks, year by year, by one method and
 * evidence.
 */
public final class Validations {
  private Validations() {}

  /**
   * The validation of one year: its scores against the levels held at its end, with rank intervals
   * over {@code runs}.
   */
  public static Validation of(Scoring s, int year, int runs) {
    return of(s, year, runs, LocalDate.now());
  }

  /**
   * The same, {@code today} the day the current year is judged on (its levels as of today, not of a
   * year end still to come).
   */
  static Validation of(Scoring s, int year, int runs, LocalDate today) {
    List<Score> scores = s.scoresIn(year);
    Map<String, Sensitivity.Interval> intervals = new HashMap<>();
    if (runs > 0) {
      java.util.Set<String> ranked = new java.util.HashSet<>();
      scores.stream().filter(x -> !x.thin()).forEach(x -> ranked.add(x.partner()));
      Sensitivity.run(s.method(), s.valuesIn(year), ranked, runs, 1)
          .intervals()
          .forEach(i -> intervals.put(i.partner(), i));
    }
    return Validation.of(
        s.focal(),
        year,
        scores,
        s.levelsOn(year == today.getYear() ? today : LocalDate.of(year, 12, 31)),
        intervals,
        yardsticks(s, year, today));
  }

  /**
   * Trade volume and the partner's size in the year, read as the method's validation section says,
   * and the levels at the end of the forward check's horizon if it has passed by {@code today}.
   */
  static Validation.Yardsticks yardsticks(Scoring s, int year, LocalDate today) {
    var b = s.method().baselines();
    Map<String, Double> trade = new HashMap<>();
    s.series(b.trade(), Orientation.FROM_FOCAL, year).forEach((p, v) -> trade.put(p, v.value()));
    Map<String, Double> size = new HashMap<>();
    s.series(b.partnerShare(), Orientation.TO_FOCAL, year)
        .forEach(
            (p, share) -> {
              Double t = trade.get(p);
              // the partner's total trade: its trade with the focal actor over the focal actor's
              // share of it
              if (t != null && share.value() > 0) size.put(p, t / (share.value() / 100));
            });
    int later = year + b.horizon();
    Map<String, org.entwine.framework.Level> levelsLater =
        later > today.getYear()
            ? null
            : s.levelsOn(later == today.getYear() ? today : LocalDate.of(later, 12, 31));
    return new Validation.Yardsticks(trade, size, b.topTraders(), b.horizon(), levelsLater);
  }

  /** Every year from {@code from} to {@code to} in which some partner is scored. */
  public static List<Validation> years(Scoring s, int from, int to, int runs) {
    List<Validation> out = new ArrayList<>();
    for (int y = from; y <= to; y++) {
      Validation v = of(s, y, runs);
      if (v.scored() > 0) out.add(v);
    }
    return out;
  }
}
