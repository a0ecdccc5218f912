package org.entwine.report;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entwine.app.Assessment;
import org.entwine.app.Assessor;
import org.entwine.app.Scoring;
import org.entwine.diagnostics.Flag;
import org.entwine.framework.Framework;
import org.entwine.framework.Level;
import org.entwine.framework.LevelChange;
import org.entwine.method.Pillar;
import org.entwine.method.PillarScore;
import org.entwine.registry.Registry;
import org.entwine.trust.Degree;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The portfolio report for a decision-maker: first, where the basis holds what changed since an
 * earlier date, the executive page (key judgements, risks to watch, what changed); then the
 * frameworks by level, what changed in the last year, the partners whose depth moved most, what to
 * watch, and the trust × cooperation matrix; then the depth ranking (chart and table); then the
 * method and evidence; then a page per framework partner. Every figure is the one {@code entwine
 * assess} gives for the same assessment: the report formats, never recomputes. Its {@link Content}
 * is written once and given two forms: XHTML from a Thymeleaf template (text escaped), printed to
 * PDF by openhtmltopdf with the bundled font embedded, and a Word document ({@link Docx}).
 */
public final class PortfolioReport {
  private static final TemplateEngine TEMPLATES = templates();

  /** How many partners without a framework the ranking adds, as {@code assess} lists them. */
  static final int OTHERS = 10;

  private PortfolioReport() {}

  /** A row of the ranking: every figure as the language writes it. */
  public record Row(
      String rank,
      String partner,
      String name,
      String level,
      String depth,
      String interests,
      String institutions,
      String identity,
      String degree,
      String cell,
      String flags) {}

  /** A line of text about one partner, named in the report's language. */
  public record Line(String partner, String text) {}

  /** A level and how many partners hold a framework at it. */
  public record Count(String level, long partners) {}

  /**
   * What every page of a report is written from, computed once: the assessment, the scoring behind
   * it, and each partner's depth in each of the twenty years to the scoring's year. A server keeps
   * it, so that each partner's brief after the first is only written, not computed again.
   */
  public record Basis(
      Assessor.Assessments assessed,
      Scoring scoring,
      org.entwine.app.DepthHistory history,
      org.entwine.app.Changes changes) {
    /** Without what changed: the report opens with the portfolio, no executive page. */
    public static Basis of(Assessor.Assessments assessed, Scoring scoring) {
      return of(assessed, scoring, null);
    }

    /** With what changed since an earlier date: the report opens with the executive page. */
    public static Basis of(
        Assessor.Assessments assessed, Scoring scoring, org.entwine.app.Changes changes) {
      return new Basis(assessed, scoring, org.entwine.app.DepthHistory.of(scoring), changes);
    }
  }

  /**
   * The executive page's header line: how the document is classified and who prepared it, as the
   * user sets them (each may be null).
   */
  public record Header(String classification, String author) {
    public static final Header NONE = new Header(null, null);
  }

  /**
   * The report's content in one language, every text worded and every figure written: what the
   * XHTML (and so the PDF) and the Word document are both written from.
   *
   * @param t every message by key, for headings
   * @param exec the executive page, before the portfolio; null in a brief or without what changed
   * @param overview the portfolio's first page; null in a brief
   * @param ranking the depth ranking and the method; null in a brief
   * @param appendix the method and evidence, in sentences; empty in a brief
   * @param datasets the citations of the sources behind the figures: the appendix's, or a brief's
   *     own
   */
  public record Content(
      String lang,
      String title,
      String subtitle,
      boolean brief,
      Map<String, String> t,
      ExecutivePage exec,
      Overview overview,
      Ranking ranking,
      List<String> appendix,
      List<String> datasets,
      List<PartnerPage> partners) {}

  /** The first page: frameworks by level, the year's changes, movers, what to watch, the matrix. */
  public record Overview(
      List<Count> counts,
      String framed,
      String changesHeading,
      List<Line> changes,
      List<Line> movers,
      List<Line> watch,
      Charts.Chart matrix,
      String matrixNote) {}

  /**
   * The depth ranking: chart and table of the framework partners, then the deepest of the others.
   */
  public record Ranking(
      Charts.Chart chart,
      List<String> pillars,
      List<Row> rows,
      String othersHeading,
      List<Row> others,
      String note) {}

  /**
   * The report as XHTML (a page a browser shows, and the source of the PDF): the portfolio, then a
   * page per framework partner.
   */
  public static String html(Basis b, Messages m) {
    return html(b, m, null);
  }

  /**
   * One partner's brief alone ({@code partner} given: its page and its sources), or the whole
   * report (null).
   */
  public static String html(Basis b, Messages m, String partner) {
    return html(content(b, m, partner));
  }

  /** The same, the report opening with the executive page under {@code header}'s line. */
  public static String html(Basis b, Messages m, String partner, Header header) {
    return html(content(b, m, partner, header));
  }

  /** The content as XHTML. */
  public static String html(Content content) {
    Context c = new Context();
    c.setVariable("r", content);
    c.setVariable("t", content.t());
    return TEMPLATES.process("portfolio", c);
  }

  /** Prints the report's XHTML to PDF, the bundled fonts embedded. */
  public static void pdf(String xhtml, OutputStream out) {
    Pdf.write(xhtml, out);
  }

  /** Writes the content as a Word document (.docx), in the bundled font. */
  public static void docx(Content content, OutputStream out) {
    Docx.write(content, out);
  }

  /** The report's content: the whole report, or one partner's brief; no header line. */
  public static Content content(Basis b, Messages m, String partner) {
    return content(b, m, partner, Header.NONE);
  }

  /**
   * The report's content: the whole report (opening with the executive page, under {@code header}'s
   * line, where the basis holds what changed), or one partner's brief.
   */
  public static Content content(Basis b, Messages m, String partner, Header header) {
    Assessor.Assessments a = b.assessed();
    Scoring s = b.scoring();
    Registry registry = s.registry();
    List<Assessment> framed = a.framed();
    List<Assessment> paged;
    if (partner == null) paged = framed;
    else {
      // a partner the assessment left out (no framework, ledger record or flag) is assessed alone,
      // the same way: every partner has its brief
      paged = a.partners().stream().filter(p -> p.partner().equals(partner)).toList();
      if (paged.isEmpty()) paged = List.of(Assessor.of(s, a.asOf(), a.runs(), partner));
    }
    boolean brief = partner != null;
    String focal = PartnerPage.name(a.focal(), s, m);
    List<PartnerPage> pages =
        paged.stream()
            .map(p -> PartnerPage.of(p, a, s, b.history().depths(p.partner()), m, brief))
            .toList();
    List<String> datasets =
        new ArrayList<>(
            PartnerPage.citations(
                paged.stream().map(Assessment::score).filter(x -> x != null).toList(), registry));
    if (a.eventDataset() != null)
      datasets.add(
          org.entwine.events.EventCitation.of(a.eventDataset())
              .map(org.entwine.events.EventCitation::line)
              .orElse(a.eventDataset()));
    datasets.add(m.get("appendix.ledger"));
    return new Content(
        m.language(),
        m.get("title", focal, m.date(a.asOf())),
        m.get("subtitle", a.methodId(), a.methodVersion()),
        brief,
        m.worded(),
        brief ? null : executive(b, m, header),
        brief ? null : overview(a, s, framed, m),
        brief ? null : ranking(a, s, framed, m),
        brief ? List.of() : appendix(a, s, framed, m),
        datasets,
        pages);
  }

  private static Overview overview(
      Assessor.Assessments a, Scoring s, List<Assessment> framed, Messages m) {
    return new Overview(
        counts(framed, m),
        m.get("frameworks.count", framed.size()),
        m.get("changes.heading", m.date(a.asOf())),
        changes(a.focal(), a.asOf(), s, m),
        movers(framed, s, m),
        watch(framed, s, m),
        matrix(s, framed, m),
        m.get("matrix.note", judged(framed).size(), framed.size()));
  }

  /** The partners the matrix places: ranked, with peers at their level and a judged degree. */
  private static List<Assessment> judged(List<Assessment> framed) {
    return framed.stream()
        .filter(
            p ->
                !p.unranked()
                    && p.peerDepth() != null
                    && p.standing().degree() != Degree.INSUFFICIENT_EVIDENCE)
        .toList();
  }

  /** Every judged partner on the trust × cooperation matrix, by name, the quadrants named. */
  private static Charts.Chart matrix(Scoring s, List<Assessment> framed, Messages m) {
    return Charts.matrix(
        judged(framed).stream()
            .map(
                p ->
                    new Charts.Point(
                        PartnerPage.name(p.partner(), s, m),
                        p.depth() - p.peerDepth(),
                        p.standing().degree().number()))
            .toList(),
        new Charts.Quadrants(
            cellNeutral(org.entwine.trust.Cell.GOOD_FRIEND, m),
            cellNeutral(org.entwine.trust.Cell.BAD_FRIEND, m),
            cellNeutral(org.entwine.trust.Cell.GOOD_PARTNER, m),
            cellNeutral(org.entwine.trust.Cell.BAD_PARTNER, m)),
        m.get("matrix.across"),
        m.get("col.degree"),
        m.locale());
  }

  /** A cell in the neutral wording, with its number: "1: high confidence, more cooperation". */
  static String cellNeutral(org.entwine.trust.Cell c, Messages m) {
    return c.number() + ": " + m.label("cellNeutral", c);
  }

  private static Ranking ranking(
      Assessor.Assessments a, Scoring s, List<Assessment> framed, Messages m) {
    List<Assessment> ranked =
        framed.stream()
            .filter(p -> !p.unranked())
            .sorted(Comparator.comparing(Assessment::depth).reversed())
            .toList();
    // the others as assess lists them: ranked, without a framework, deepest first
    List<Assessment> others = a.others();
    return new Ranking(
        Charts.ranking(
            ranked.stream()
                .map(p -> new Charts.Bar(PartnerPage.name(p.partner(), s, m), p.depth()))
                .toList(),
            m.get("col.depth"),
            m.locale()),
        List.of(Pillar.values()).stream().map(p -> m.label("pillar", p)).toList(),
        framed.stream().map(p -> row(p, s, m)).toList(),
        m.get("ranking.others", Math.min(OTHERS, others.size()), others.size()),
        others.stream().limit(OTHERS).map(p -> row(p, s, m)).toList(),
        m.get("ranking.note", a.runs(), a.seed()));
  }

  private static List<String> appendix(
      Assessor.Assessments a, Scoring s, List<Assessment> framed, Messages m) {
    Registry registry = s.registry();
    List<String> appendix = new ArrayList<>();
    appendix.add(m.get("appendix.method", a.methodId(), a.methodVersion(), a.methodHash()));
    appendix.add(m.get("appendix.runs", a.runs(), a.seed(), String.valueOf(a.year())));
    if (a.vintage().medianAge() != null)
      appendix.add(
          m.get(
              "appendix.vintage",
              org.entwine.app.Vintages.line(registry, a.vintage(), m.get("appendix.ledgerShort")),
              m.number(a.vintage().medianAge(), 1),
              m.number(a.vintage().oldestAge(), 1)));
    String basis = m.depthBasis(a.vintage());
    if (basis != null) appendix.add(basis);
    if (a.eventDataset() != null)
      appendix.add(
          m.get(
                  "appendix.events",
                  a.eventDataset().toUpperCase(java.util.Locale.ROOT),
                  m.month(a.eventsFrom()),
                  m.month(a.eventsTo()))
              + (a.eventsLatest() == null
                  ? ""
                  : " "
                      + m.get(
                          "appendix.eventsLatest",
                          a.eventDataset().toUpperCase(java.util.Locale.ROOT),
                          a.eventsLatest())));
    List<String> thin =
        framed.stream()
            .filter(Assessment::unranked)
            .map(p -> PartnerPage.name(p.partner(), s, m))
            .toList();
    if (!thin.isEmpty()) appendix.add(m.get("appendix.thin", String.join(", ", thin)));
    appendix.add(m.get("appendix.sources", a.focal(), a.asOf().toString()));
    appendix.add(m.get("appendix.names", Runtime.version().feature()));
    return appendix;
  }

  /**
   * The executive page in words, for a face of its own (the web's portfolio); null where the basis
   * holds no changes.
   */
  public static ExecutivePage executive(Basis b, Messages m, Header header) {
    if (b.changes() == null) return null;
    Registry registry = b.scoring().registry();
    return ExecutivePage.of(
        org.entwine.app.Briefing.of(b.assessed(), b.changes(), registry),
        b.changes(),
        b.assessed().asOf(),
        header.classification(),
        header.author(),
        registry,
        m);
  }

  private static List<Count> counts(List<Assessment> framed, Messages m) {
    Map<Level, Long> by = new EnumMap<>(Level.class);
    framed.forEach(p -> by.merge(p.level(), 1L, Long::sum));
    List<Count> out = new ArrayList<>();
    by.forEach((level, n) -> out.add(new Count(m.label("level", level), n)));
    return out;
  }

  /** The framework changes of the year to the report's date: founded, upgraded, suspended. */
  private static List<Line> changes(String focal, LocalDate asOf, Scoring s, Messages m) {
    List<Map.Entry<LocalDate, Line>> out = new ArrayList<>();
    for (Framework f : s.registry().frameworks()) {
      if (!f.involves(focal)) continue;
      for (LevelChange ch : f.changes()) {
        LocalDate day = ch.date().earliest();
        if (day.isAfter(asOf) || !day.isAfter(asOf.minusYears(1))) continue;
        out.add(
            Map.entry(
                day,
                new Line(
                    PartnerPage.name(f.partnerOf(focal), s, m),
                    m.date(ch.date()) + ": " + m.label("level", ch.level()))));
      }
    }
    return out.stream()
        .sorted(Map.Entry.comparingByKey(Comparator.reverseOrder()))
        .map(Map.Entry::getValue)
        .toList();
  }

  /** The three whose depth rose most over five years, and the three whose depth fell most. */
  private static List<Line> movers(List<Assessment> framed, Scoring s, Messages m) {
    List<Assessment> moved =
        framed.stream()
            .filter(p -> p.depthChange() != null)
            .sorted(Comparator.comparing(Assessment::depthChange).reversed())
            .toList();
    Map<String, Line> out = new LinkedHashMap<>();
    for (Assessment p : moved.subList(0, Math.min(3, moved.size())))
      if (p.depthChange() > 0) out.put(p.partner(), mover(p, s, m));
    for (int i = moved.size() - 1; i >= Math.max(0, moved.size() - 3); i--)
      if (moved.get(i).depthChange() < 0)
        out.putIfAbsent(moved.get(i).partner(), mover(moved.get(i), s, m));
    return List.copyOf(out.values());
  }

  private static Line mover(Assessment p, Scoring s, Messages m) {
    return new Line(
        PartnerPage.name(p.partner(), s, m),
        m.get(
            p.depthChange() > 0 ? "movers.rose" : "movers.fell",
            m.number(Math.abs(p.depthChange()), 1),
            m.number(p.depthFiveYearsBefore(), 1),
            m.number(p.depth(), 1)));
  }

  private static final List<Flag> WATCHED =
      List.of(Flag.LABEL_ABOVE_SUBSTANCE, Flag.IMPLEMENTATION_GAP, Flag.SUBSTANCE_WITHOUT_LABEL);

  private static List<Line> watch(List<Assessment> framed, Scoring s, Messages m) {
    List<Line> out = new ArrayList<>();
    for (Flag f : WATCHED)
      for (Assessment p : framed)
        if (p.flags().contains(f))
          out.add(new Line(PartnerPage.name(p.partner(), s, m), m.label("flag", f)));
    return out;
  }

  static Row row(Assessment p, Scoring s, Messages m) {
    var iv = p.rank();
    String rank =
        p.unranked() || iv == null
            ? "–"
            : iv.rank() + " (" + Math.round(iv.rankLow()) + "–" + Math.round(iv.rankHigh()) + ")";
    return new Row(
        rank,
        p.partner(),
        PartnerPage.name(p.partner(), s, m),
        m.label("level", p.level()),
        p.score() == null ? "–" : m.number(p.depth(), 1),
        pillar(p, Pillar.INTERESTS, m),
        pillar(p, Pillar.INSTITUTIONS, m),
        pillar(p, Pillar.IDENTITY, m),
        m.label("degree", p.standing().degree()),
        p.cell() == null ? "" : cellNeutral(p.cell(), m),
        String.join(", ", p.flags().stream().map(f -> m.label("flag", f)).toList()));
  }

  private static String pillar(Assessment p, Pillar pillar, Messages m) {
    if (p.score() == null) return "–";
    PillarScore s = p.score().pillars().get(pillar);
    return s == null ? "–" : m.number(s.score(), 1);
  }

  private static TemplateEngine templates() {
    ClassLoaderTemplateResolver r =
        new ClassLoaderTemplateResolver(PortfolioReport.class.getClassLoader());
    r.setPrefix("org/entwine/report/templates/");
    r.setSuffix(".xhtml");
    r.setTemplateMode(TemplateMode.XML); // well-formed XHTML, which openhtmltopdf reads
    r.setCharacterEncoding("UTF-8");
    TemplateEngine e = new TemplateEngine();
    e.setTemplateResolver(r);
    return e;
  }
}
