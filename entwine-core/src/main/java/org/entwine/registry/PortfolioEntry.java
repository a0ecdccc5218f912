package org.entwine.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.entwine.actor.ActorKind;
import org.entwine.framework.FrameworkStatus;
import org.entwine.framework.Level;
import org.entwine.source.Attestation;
import org.entwine.source.Source;
import org.entwine.time.PartialDate;

/**
 * One framework of a portfolio as it stood on {@code asOf}. A pair may hold several frameworks at
 * once (Denmark: a comprehensive partnership and a green strategic partnership); each is an entry,
 * and {@code pairLevel} is the pair's level, that of its highest active framework.
 *
 * @param since when the level in force began
 * @param established when the framework was first established, at whatever level
 * @param confidence how firmly the sources attest the change in force
 * @param sideNames where a side names the framework otherwise, that side's name
 * @param primary whether this framework gives the pair its level (one per pair)
 * @param citations the sources of the change in force, resolved (those the registry holds)
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
    List<String> sources,
    Attestation confidence,
    Map<String, String> sideNames,
    Level pairLevel,
    boolean primary,
    List<Source> citations) {}
