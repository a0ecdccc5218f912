package org.entwine.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entwine.time.Month;

/**
 * Accumulates events into relation-month series. An event id seen again (GDELT re-publishes events)
 * counts once. Events come with their month packed YYYYMM, as the readers parse it (one per event);
 * the series give it as a {@link Month}.
 */
public final class RelationMonths {
  private final Map<String, Acc> byKey = new HashMap<>();
  private final Set<Long> seen = new HashSet<>();
  private long duplicates;

  private static final class Acc {
    final String actor;
    final String partner;
    final int month;
    long events;
    final long[] quad = new long[4];
    final long[] families = new long[CameoFamily.values().length];
    double goldstein;
    long mentions;
    long sources;
    long articles;
    double tone;

    Acc(String actor, String partner, int month) {
      this.actor = actor;
      this.partner = partner;
      this.month = month;
    }
  }

  /**
   * Adds one event of CAMEO code {@code eventCode}; returns false (and counts it) when its id was
   * already added.
   */
  public boolean add(
      long eventId,
      String actor,
      String partner,
      int month,
      String eventCode,
      QuadClass quad,
      double goldstein,
      long mentions,
      long sources,
      long articles,
      double tone) {
    if (!seen.add(eventId)) {
      duplicates++;
      return false;
    }
    add(actor, partner, month, eventCode, quad, goldstein, mentions, sources, articles, tone);
    return true;
  }

  /** Adds one event whose id the caller has already checked. */
  public void add(
      String actor,
      String partner,
      int month,
      String eventCode,
      QuadClass quad,
      double goldstein,
      long mentions,
      long sources,
      long articles,
      double tone) {
    Acc a =
        byKey.computeIfAbsent(
            actor + "|" + partner + "|" + month, k -> new Acc(actor, partner, month));
    a.events++;
    a.quad[quad.number() - 1]++;
    CameoFamily.count(a.families, CameoFamily.mask(eventCode), 1);
    a.goldstein += goldstein;
    a.mentions += mentions;
    a.sources += sources;
    a.articles += articles;
    a.tone += tone;
  }

  public long duplicates() {
    return duplicates;
  }

  /** The series, ordered by actor, partner and month. */
  public List<RelationMonth> results() {
    List<RelationMonth> out = new ArrayList<>();
    for (Acc a : byKey.values()) {
      out.add(
          new RelationMonth(
              a.actor,
              a.partner,
              Month.ofPacked(a.month),
              a.events,
              a.quad.clone(),
              a.goldstein,
              a.mentions,
              a.sources,
              a.articles,
              a.tone,
              a.families.clone()));
    }
    out.sort(
        Comparator.comparing(RelationMonth::actor)
            .thenComparing(RelationMonth::partner)
            .thenComparing(RelationMonth::month));
    return out;
  }
}
