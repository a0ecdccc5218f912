package org.entwine.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        s.focal(), year, scores, s.levelsOn(LocalDate.of(year, 12, 31)), intervals);
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
