package org.entwine.registry;

import java.util.List;
import java.util.Map;
import org.entwine.framework.Level;

/**
 * How many frameworks an actor holds per level on a date, beside what sources report.
 *
 * <p>Counts are of frameworks, each at its own level, as foreign ministries count them: Viet Nam's
 * comprehensive partnership with Denmark counts among its comprehensive partnerships although the
 * pair also holds a green strategic partnership.
 *
 * @param partnerships frameworks on the ladder above NONE (alliances are counted apart)
 * @param partners the distinct partners those frameworks are with
 */
public record LevelCount(
    String actor,
    String name,
    Map<Level, Integer> byLevel,
    int partnerships,
    int partners,
    int alliances,
    List<ReportedCount> reported) {

  /** The latest reported count on or before the date, if any. */
  public java.util.Optional<ReportedCount> latestReported() {
    return reported.stream().max(java.util.Comparator.comparing(ReportedCount::asOf));
  }
}
