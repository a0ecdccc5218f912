package org.entwine.registry;

import java.util.List;
import org.entwine.framework.FrameworkStatus;
import org.entwine.framework.Level;
import org.entwine.time.PartialDate;

/**
 * One step in the history of a relation's frameworks.
 *
 * @param change ESTABLISHED, UPGRADED, DOWNGRADED, RENAMED (same level, new name), or the status
 *     the framework moved to (SUSPENDED, ACTIVE, ENDED)
 */
public record TimelineEvent(
    PartialDate date,
    String framework,
    String change,
    Level level,
    FrameworkStatus status,
    String officialName,
    List<String> sectors,
    String document,
    String note,
    List<String> sources) {}
