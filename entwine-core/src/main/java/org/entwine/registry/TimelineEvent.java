package org.entwine.registry;

import java.util.List;
import java.util.Map;
import org.entwine.framework.FrameworkStatus;
import org.entwine.framework.Level;
import org.entwine.source.Attestation;
import org.entwine.time.PartialDate;

/**
 * One step in the history of a relation's frameworks.
 *
 * @param change ESTABLISHED, UPGRADED, DOWNGRADED, RENAMED (same level, new name), or the status
 *     the framework moved to (SUSPENDED, RESUMED, ENDED)
 * @param confidence how firmly the sources attest the step
 * @param sideNames where a side names the framework otherwise, that side's name
 * @param disagreement where sources disagree on the step, what each says
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
    List<String> sources,
    Attestation confidence,
    Map<String, String> sideNames,
    String disagreement) {}
