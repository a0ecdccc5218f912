package org.entwine.registry;

import java.time.LocalDate;
import java.util.List;
import org.entwine.actor.ActorKind;
import org.entwine.framework.FrameworkStatus;
import org.entwine.framework.Level;
import org.entwine.time.PartialDate;

/**
 * One framework of a portfolio as it stood on {@code asOf}.
 *
 * @param since when the level in force began
 * @param established when the framework was first established, at whatever level
 */
public record PortfolioEntry(
    LocalDate asOf,
    String partner,
    String partnerName,
    ActorKind partnerKind,
    Level level,
    String officialName,
    List<String> sectors,
    PartialDate since,
    PartialDate established,
    FrameworkStatus status,
    String framework,
    String document,
    List<String> sources) {}
