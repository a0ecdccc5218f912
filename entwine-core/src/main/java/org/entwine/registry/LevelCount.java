package org.entwine.registry;

import java.util.List;
import java.util.Map;
import org.entwine.framework.Level;

/**
 * How many frameworks an actor holds per level on a date, beside what sources report.
 *
 * @param partnerships frameworks on the ladder above NONE (alliances are counted apart)
 */
public record LevelCount(
    String actor, String name, Map<Level, Integer> byLevel, int partnerships, int alliances,
    List<ReportedCount> reported) {}
