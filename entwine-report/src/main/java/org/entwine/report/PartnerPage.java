package org.entwine.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.entwine.app.Assessment;
import org.entwine.app.Assessor;
import org.entwine.app.Scoring;
import org.entwine.events.EventEvidence;
import org.entwine.evidence.Metric;
import org.entwine.evidence.Target;
import org.entwine.framework.Framework;
import org.entwine.framework.LevelChange;
import org.entwine.method.Contribution;
import org.entwine.method.Pillar;
import org.entwine.method.PillarScore;
import org.entwine.method.RawValue;
import org.entwine.method.RawValues;
import org.entwine.method.Score;
import org.entwine.registry.Registry;
import org.entwine.source.Attestation;
import org.entwine.trust.CommitmentCheck;

/**
 * One partner's page of the report: its level and depth, the pillars de jure and de facto (table
 * and radar), twenty years of depth, the framework's history, the degree of confidence with what it
 * rests on and what binds the partner, each commitment on the pair with its target, outcome and
 * figure, flags, the comparison with the partners at the next rung of the ordinary ladder, the
 * event record, and notes on the evidence and the incidents. Every figure is the assessment's or
 * the scoring's; the page only writes them out, every sentence in the report's language and every
 * partner by its name.
 */
public record PartnerPage(
    String partner,
    String name,
    String heading,
    String level,
    String depth,
    String rank,
    List<PillarRow> pillars,
    Charts.Chart radar,
    Charts.Chart history,
    List<String> timeline,
    String degree,
    String degreeReason,
    String binding,
    List<CommitmentRow> commitments,
    List<String> flags,
    String upgrade,
    List<String> events,
    List<String> notes,
    String sources) {

  /**
   * A commitment on the pair, as the check judged it on the report's date: its target and due year,
   * what the check says, the figure of that year and whose it is.
   */
  public record CommitmentRow(
      String id,
      String text,
      String by,
      String target,
      String outcome,
      String figure,
      String source) {
    /** What the figure and its source read where the check had no figure. */
    static final String NONE = "–";

    /** Whether a figure judged the commitment (or counts its deliveries so far). */
    public boolean hasFigure() {
      return !figure.equals(NONE);
    }
  }

  /** A pillar's score and its de jure and de facto sides. */
  public record PillarRow(String pillar, String score, String deJure, String deFacto) {}

  /**
   * @param brief whether the page stands alone, its sources cited below it rather than in an
   *     appendix
   */
  static PartnerPage of(
      Assessment p,
      Assessor.Assessments a,
      Scoring s,
      Map<Integer, Double> history,
      Messages m,
      boolean brief) {
    String focal = a.focal();
    PortfolioReport.Row row = PortfolioReport.row(p, s, m);
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
          timeline.add(m.date(c.date()) + ": " + m.label("level", c.level()));
    var c = p.confidence();
    String upgrade = readiness(p.upgrade(), m);
    return new PartnerPage(
        p.partner(),
        row.name(),
        m.get("partner.heading", row.name(), p.partner()),
        row.level(),
        row.depth(),
        row.rank(),
        pillars,
        spokes.isEmpty()
            ? null
            : Charts.radar(spokes, m.get("partner.deJure"), m.get("partner.deFacto"), m.locale()),
        history == null || history.isEmpty()
            ? null
            : Charts.history(history, m.get("col.depth"), m.locale()),
        timeline,
        row.degree(),
        m.reason(p.standing().why()),
        c.bindingWhy().isEmpty()
            ? m.get("partner.noBinding")
            : m.get("partner.binding", m.reasons(c.bindingWhy())),
        commitments(p, s, m),
        p.flags().stream().map(f -> m.label("flag", f)).toList(),
        upgrade,
        events(p, a, s, m),
        java.util.stream.Stream.concat(
                notes(p.score(), s.year(), m).stream(), incidents(p, m).stream())
            .toList(),
        sources(p, s, m, brief));
  }

  /**
   * The partner beside those at the next rung of the ordinary ladder, as a comparison and never as
   * advice; null without one.
   */
  static String readiness(org.entwine.diagnostics.UpgradeReadiness r, Messages m) {
    if (r == null) return null;
    String level = m.label("level", r.nextLevel());
    if (r.holdBack() == null || r.gap() == 0)
      return m.get("partner.readinessEven", level, r.partnersAtNextLevel());
    return m.get(
        "partner.readiness",
        level,
        r.partnersAtNextLevel(),
        m.number(r.gap(), 1),
        m.label("pillar", r.holdBack()).toLowerCase(m.locale()));
  }

  /** Every commitment on the pair, by either side, in the ledger's order. */
  public static List<CommitmentRow> commitments(Assessment p, Scoring s, Messages m) {
    List<CommitmentRow> out = new ArrayList<>();
    for (CommitmentCheck.Result k : p.confidence().checks()) {
      Target t = k.target();
      String year = k.dueYear() == null ? null : String.valueOf(k.dueYear());
      String target = "–";
      if (t != null) {
        String amount =
            t.baseYear() == null
                ? m.amount(t.value(), t.unit())
                : m.get("amount.multiple", m.number(t.value(), 0), String.valueOf(t.baseYear()));
        target =
            year == null
                ? m.get("commitment.targetOpen", amount)
                : m.get("commitment.target", amount, year);
      } else if (year != null) target = m.get("commitment.due", year);
      if (k.restates() != null) target += " " + m.get("commitment.restates", k.restates());
      var f = k.figure();
      String outcome =
          switch (k.verdict()) {
            case MET, PARTLY_MET, MISSED ->
                m.label("verdict", k.verdict())
                    + (k.share() != null
                        ? " (" + m.percent(k.share()) + ")"
                        : f == null ? " " + m.get("commitment.entered") : "");
            case NOT_JUDGED ->
                m.get(
                    t != null && t.metric().kind() == Metric.Kind.PLEDGE
                        ? "commitment.notJudgedPledge"
                        : "commitment.notJudged",
                    year);
            case PENDING ->
                year == null ? m.get("commitment.pendingOpen") : m.get("commitment.pending", year);
          };
      out.add(
          new CommitmentRow(
              k.commitment(),
              k.text(),
              String.join(", ", k.by().stream().map(c -> name(c, s, m)).toList()),
              target,
              outcome,
              f == null
                  ? CommitmentRow.NONE
                  : m.get(
                      "commitment.figure", m.amount(f.value(), f.unit()), String.valueOf(f.year())),
              f == null ? CommitmentRow.NONE : whose(f, s.focal(), s, m)));
    }
    return out;
  }

  /** Whose figure it is (the focal actor's own report, or the body that reported it), and where. */
  private static String whose(CommitmentCheck.Figure f, String focal, Scoring s, Messages m) {
    Registry r = s.registry();
    String who =
        f.outcomes().isEmpty()
            ? m.get("commitment.ownReport", name(focal, s, m))
            : r.outcomes().stream()
                .filter(o -> o.id().equals(f.outcomes().get(0)) && o.reportedBy() != null)
                .map(o -> o.reportedBy())
                .findFirst()
                .orElse(String.join(", ", f.outcomes()));
    List<String> where = new ArrayList<>();
    for (String id : f.sources()) where.add(r.source(id).map(x -> x.label()).orElse(id));
    return who
        + ": "
        + String.join("; ", where)
        + (f.confidence() == Attestation.REPORTED ? " " + m.get("commitment.reported") : "");
  }

  /** The incidents that bear on the degree, each with its date, what happened and its sources. */
  static List<String> incidents(Assessment p, Messages m) {
    return p.standing().incidents().stream()
        .map(
            i ->
                m.get(
                    i.material() ? "note.incident.deed" : "note.incident.words",
                    m.date(i.date()),
                    i.title(),
                    String.join(", ", i.sources())))
        .toList();
  }

  /** What the monthly event record says of the relation, in sentences. */
  static List<String> events(Assessment p, Assessor.Assessments a, Scoring s, Messages m) {
    if (a.eventDataset() == null) return List.of(m.get("events.none"));
    String dataset = a.eventDataset().toUpperCase(java.util.Locale.ROOT);
    String from = m.month(a.eventsFrom());
    String to = m.month(a.eventsTo());
    EventEvidence.Relation ev = p.events();
    String partner = name(p.partner(), s, m);
    String focal = name(a.focal(), s, m);
    if (ev == null) return List.of(m.get("events.nothing", focal, partner, dataset, from, to));
    List<String> out = new ArrayList<>();
    out.add(
        m.get(
            "events.summary",
            ev.events(),
            ev.monthsWithEvents(),
            dataset,
            from,
            to,
            m.signed(ev.latestScore(), 2)));
    out.add(
        ev.deedsToWords() == null
            ? m.get("events.deedsThin", partner, EventEvidence.MINIMUM_COOPERATION)
            : m.get("events.deeds", m.percent(ev.deedsToWords()), partner, focal));
    out.add(
        ev.swings() == null
            ? m.get("events.sparse", ev.monthsWithEvents(), EventEvidence.MINIMUM_MONTHS)
            : m.get(
                "events.stability",
                m.number(ev.swings(), 3),
                m.percent(ev.materialConflictShare())));
    if (!s.eventGaps().isEmpty())
      out.add(m.get("events.gaps", s.eventGaps().size(), m.month(s.eventGaps().firstKey())));
    if (ev.shock() != null)
      out.add(
          m.get(
              "events.shock",
              m.signed(ev.shock().before(), 2),
              m.signed(ev.shock().after(), 2),
              m.month(ev.shock().month())));
    return out;
  }

  /**
   * Notes on the evidence: what the values cover and how old they are, then, each in one sentence,
   * the figures that rest on an earlier year's value, on a dataset that lists only what exists, or
   * on the registry's own ledgers rather than a published dataset.
   */
  static List<String> notes(Score score, int year, Messages m) {
    if (score == null) return List.of();
    List<String> out = new ArrayList<>();
    String coverage = m.percent(score.coverage());
    out.add(
        score.thin() || score.evidenceAge() == null
            ? m.get("note.thin", coverage)
            : m.get(
                "note.coverage",
                coverage,
                m.number(score.evidenceAge(), 1),
                m.label("pillar", score.oldestPillar()).toLowerCase(m.locale())));
    List<String> earlier = new ArrayList<>();
    List<String> absent = new ArrayList<>();
    List<String> ledger = new ArrayList<>();
    for (Contribution c : score.contributions()) {
      RawValue v = c.raw();
      if (v == null) continue;
      String name = m.indicator(c.indicator());
      if (v.note() != null && v.note().startsWith(RawValues.ABSENT))
        absent.add(m.get("note.of", name, String.valueOf(v.year())));
      else if (v.year() < year) earlier.add(m.get("note.of", name, String.valueOf(v.year())));
      else if (v.source().equals(RawValues.LEDGER)) ledger.add(name);
    }
    if (!earlier.isEmpty()) out.add(m.get("note.earlier", String.join("; ", earlier)));
    if (!absent.isEmpty()) out.add(m.get("note.absent", String.join("; ", absent)));
    if (!ledger.isEmpty()) out.add(m.get("note.ledger", String.join("; ", ledger)));
    return out;
  }

  /**
   * The line naming the published sources of the partner's figures; null without any. A brief cites
   * them in full below the page, the report in its appendix.
   */
  private static String sources(Assessment p, Scoring s, Messages m, boolean brief) {
    var ids = p.score() == null ? java.util.Set.<String>of() : sourceIds(List.of(p.score()));
    if (ids.isEmpty()) return null;
    List<String> labels =
        ids.stream()
            .map(id -> s.registry().source(id).map(x -> x.label()).orElse(id))
            .distinct()
            .toList();
    return m.get(brief ? "partner.sourcesBelow" : "partner.sources", String.join("; ", labels));
  }

  /** The ids of the published sources behind the scores' values, each once, in order. */
  static java.util.SortedSet<String> sourceIds(List<Score> scores) {
    java.util.TreeSet<String> ids = new java.util.TreeSet<>();
    for (Score x : scores)
      for (Contribution c : x.contributions()) if (c.raw() != null) ids.add(c.raw().source());
    ids.remove(RawValues.LEDGER);
    return ids;
  }

  /** The citations of the sources behind the scores' values, each once, by source id. */
  static List<String> citations(List<Score> scores, Registry registry) {
    List<String> out = new ArrayList<>();
    for (String id : sourceIds(scores)) {
      out.add(
          registry
              .source(id)
              .map(
                  x ->
                      id
                          + ": "
                          + x.citation()
                          + (x.dataset() == null ? "" : "; " + x.label())
                          + (x.url() == null ? "" : " <" + x.url() + ">"))
              .orElse(id));
    }
    return out;
  }

  /** An actor's name in the report's language. */
  static String name(String code, Scoring s, Messages m) {
    return s.registry().actor(code).map(m::name).orElse(code);
  }
}
