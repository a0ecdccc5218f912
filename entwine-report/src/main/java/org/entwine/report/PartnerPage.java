package org.entwine.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entwine.app.Assessment;
import org.entwine.app.Scoring;
import org.entwine.framework.Framework;
import org.entwine.framework.LevelChange;
import org.entwine.method.Pillar;
import org.entwine.method.PillarScore;
import org.entwine.method.Score;

/**
 * One partner's page of the report: its level and depth, the pillars de jure and de facto (table
 * and radar), twenty years of depth, the framework's history, the degree of confidence with what it
 * rests on, flags and readiness for the next level. Every figure is the assessment's or the
 * scoring's; the page only writes them out.
 */
public record PartnerPage(
    String partner,
    String name,
    String heading,
    String level,
    String depth,
    String rank,
    List<PillarRow> pillars,
    String radar,
    String history,
    List<String> timeline,
    String degree,
    String degreeReason,
    List<String> flags,
    String upgrade) {

  /** A pillar's score and its de jure and de facto sides. */
  public record PillarRow(String pillar, String score, String deJure, String deFacto) {}

  /** How many years of depth a page shows. */
  static final int YEARS = 20;

  /**
   * Each partner's depth in each of the twenty years to the scoring's year, scored once for all.
   */
  static Map<String, Map<Integer, Double>> histories(Scoring s) {
    Map<String, Map<Integer, Double>> out = new LinkedHashMap<>();
    for (int y = s.year() - YEARS + 1; y <= s.year(); y++)
      for (Score x : s.scoresIn(y))
        if (x.depth() != null)
          out.computeIfAbsent(x.partner(), k -> new LinkedHashMap<>()).put(y, x.depth());
    return out;
  }

  static PartnerPage of(
      Assessment p, String focal, Scoring s, Map<Integer, Double> history, Messages m) {
    PortfolioReport.Row row = PortfolioReport.row(p, m);
    List<PillarRow> pillars = new ArrayList<>();
    List<Charts.Spoke> spokes = new ArrayList<>();
    for (Pillar pillar : Pillar.values()) {
      PillarScore ps = p.score() == null ? null : p.score().pillars().get(pillar);
      String label = m.label("pillar", pillar);
      pillars.add(
          new PillarRow(
              label,
              ps == null ? "–" : m.number(ps.score(), 1),
              ps == null ? "–" : m.number(ps.deJure(), 1),
              ps == null ? "–" : m.number(ps.deFacto(), 1)));
      if (ps != null) spokes.add(new Charts.Spoke(label, ps.deJure(), ps.deFacto()));
    }
    List<String> timeline = new ArrayList<>();
    for (Framework f : s.registry().frameworks())
      if (f.involves(focal) && f.partnerOf(focal).equals(p.partner()))
        for (LevelChange c : f.changes())
          timeline.add(c.date() + ": " + m.label("level", c.level()));
    String upgrade =
        p.upgrade() == null
            ? null
            : m.get(
                "partner.upgrade",
                m.label("level", p.upgrade().nextLevel()),
                m.number(p.upgrade().gap(), 1),
                p.upgrade().holdBack() == null ? "–" : m.label("pillar", p.upgrade().holdBack()));
    return new PartnerPage(
        p.partner(),
        p.name(),
        m.get("partner.heading", p.name(), p.partner()),
        row.level(),
        row.depth(),
        row.rank(),
        pillars,
        spokes.isEmpty()
            ? null
            : Charts.radar(spokes, m.get("partner.deJure"), m.get("partner.deFacto")),
        history == null || history.isEmpty() ? null : Charts.history(history, m.get("col.depth")),
        timeline,
        row.degree(),
        p.standing().reason(),
        p.flags().stream().map(f -> m.label("flag", f)).toList(),
        upgrade);
  }
}
