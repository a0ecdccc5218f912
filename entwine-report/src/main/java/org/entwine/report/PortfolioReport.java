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
 * The portfolio report for a decision-maker: on its first page the frameworks by level, what
 * changed in the last year, the partners whose depth moved most, what to watch, and the trust ×
 * cooperation matrix; then the depth ranking (chart and table); then the method and evidence. Every
 * figure is the one {@code entwine assess} gives for the same assessment: the report formats, never
 * recomputes. Written as XHTML from a Thymeleaf template (text escaped), printed to PDF by
 * openhtmltopdf with the bundled font embedded.
 */
public final class PortfolioReport {
  private static final TemplateEngine TEMPLATES = templates();

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

  /** A line of text about one partner. */
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
      Map<String, Map<Integer, Double>> history,
      org.entwine.app.Changes changes) {
    /** Without what changed: the report opens with the portfolio, no executive page. */
    public static Basis of(Assessor.Assessments assessed, Scoring scoring) {
      return of(assessed, scoring, null);
    }

    /** With what changed since an earlier date: the report opens with the executive page. */
    public static Basis of(
        Assessor.Assessments assessed, Scoring scoring, org.entwine.app.Changes changes) {
      return new Basis(assessed, scoring, PartnerPage.histories(scoring), changes);
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
   * The report as XHTML (a page a browser shows, and the source of the PDF): the portfolio, then a
   * page per framework partner.
   */
  public static String html(Basis b, Messages m) {
    return html(b, m, null);
  }

  /**
   * One partner's brief alone ({@code partner} given: its page only), or the whole report (null).
   */
  public static String html(Basis b, Messages m, String partner) {
    return html(b, m, partner, Header.NONE);
  }

  /** The same, with the executive page's header line. */
  public static String html(Basis b, Messages m, String partner, Header header) {
    Assessor.Assessments a = b.assessed();
    Scoring s = b.scoring();
    Registry registry = s.registry();
    List<Assessment> framed = a.partners().stream().filter(p -> p.level() != Level.NONE).toList();
    List<Assessment> paged =
        partner == null
            ? framed
            : a.partners().stream().filter(p -> p.partner().equals(partner)).toList();
    if (partner != null && paged.isEmpty())
      throw new org.entwine.input.UserInputException(
          a.focal() + " has no assessed relation with " + partner);
    Context c = new Context();
    c.setVariable("brief", partner != null);
    c.setVariable(
        "partners",
        paged.stream().map(p -> PartnerPage.of(p, a, s, b.history().get(p.partner()), m)).toList());
    c.setVariable("lang", m.language());
    c.setVariable("title", m.get("title", a.focal(), m.date(a.asOf())));
    c.setVariable("subtitle", m.get("subtitle", a.methodId(), a.methodVersion()));
    c.setVariable("t", m.texts());
    c.setVariable("exec", executive(b, m, header));
    c.setVariable("counts", counts(framed, m));
    c.setVariable("framed", m.get("frameworks.count", framed.size()));
    c.setVariable("changesHeading", m.get("changes.heading", m.date(a.asOf())));
    c.setVariable("changes", changes(a.focal(), a.asOf(), registry, m));
    c.setVariable("movers", movers(framed, m));
    c.setVariable("watch", watch(framed, m));
    List<Assessment> judged =
        framed.stream()
            .filter(
                p ->
                    !p.unranked()
                        && p.peerDepth() != null
                        && p.standing().degree() != Degree.INSUFFICIENT_EVIDENCE)
            .toList();
    c.setVariable("matrixNote", m.get("matrix.note", judged.size(), framed.size()));
    c.setVariable(
        "matrix",
        Charts.matrix(
            judged.stream()
                .map(
                    p ->
                        new Charts.Point(
                            registry.actor(p.partner()).map(m::name).orElse(p.name()),
                            p.depth() - p.peerDepth(),
                            p.standing().degree().number()))
                .toList(),
            new Charts.Quadrants(
                m.label("cellNeutral", org.entwine.trust.Cell.GOOD_FRIEND),
                m.label("cellNeutral", org.entwine.trust.Cell.BAD_FRIEND),
                m.label("cellNeutral", org.entwine.trust.Cell.GOOD_PARTNER),
                m.label("cellNeutral", org.entwine.trust.Cell.BAD_PARTNER)),
            m.get("matrix.across"),
            m.get("col.degree")));
    List<Assessment> ranked =
        framed.stream()
            .filter(p -> !p.unranked())
            .sorted(Comparator.comparing(Assessment::depth).reversed())
            .toList();
    c.setVariable(
        "ranking",
        Charts.ranking(
            ranked.stream().map(p -> new Charts.Bar(p.partner(), p.depth())).toList(),
            m.get("col.depth")));
    c.setVariable("rankingNote", m.get("ranking.note", a.runs(), a.seed()));
    c.setVariable("rows", framed.stream().map(p -> row(p, s, m)).toList());
    c.setVariable(
        "pillars", List.of(Pillar.values()).stream().map(p -> m.label("pillar", p)).toList());
    List<String> appendix = new ArrayList<>();
    appendix.add(m.get("appendix.method", a.methodId(), a.methodVersion(), a.methodHash()));
    appendix.add(m.get("appendix.runs", a.runs(), a.seed(), String.valueOf(a.year())));
    if (a.vintage().medianAge() != null)
      appendix.add(
          m.get(
              "appendix.vintage",
              a.vintage().freshest().entrySet().stream()
                  .map(
                      e ->
                          registry
                                  .source(e.getKey())
                                  .map(src -> src.dataset() != null ? src.dataset() : src.label())
                                  .orElse(m.get("appendix.ledger"))
                              + " "
                              + e.getValue())
                  .collect(java.util.stream.Collectors.joining(", ")),
              m.number(a.vintage().medianAge(), 1),
              m.number(a.vintage().oldestAge(), 1)));
    if (a.eventDataset() != null)
      appendix.add(
          m.get(
              "appendix.events",
              a.eventDataset(),
              String.valueOf(a.eventsFrom()),
              String.valueOf(a.eventsTo())));
    List<String> thin =
        framed.stream().filter(Assessment::unranked).map(Assessment::partner).toList();
    if (!thin.isEmpty()) appendix.add(m.get("appendix.thin", String.join(", ", thin)));
    appendix.add(m.get("appendix.sources", a.focal(), a.asOf().toString()));
    appendix.add(m.get("appendix.names", Runtime.version().toString()));
    c.setVariable("appendix", appendix);
    List<String> datasets =
        new ArrayList<>(
            PartnerPage.citations(
                paged.stream().map(Assessment::score).filter(x -> x != null).toList(), registry));
    if (a.eventDataset() != null) datasets.add(a.eventDataset());
    datasets.add(m.get("appendix.ledger"));
    c.setVariable("datasets", datasets);
    return TEMPLATES.process("portfolio", c);
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

  /** Prints the report's XHTML to PDF, the bundled fonts embedded. */
  public static void pdf(String xhtml, OutputStream out) {
    Pdf.write(xhtml, out);
  }

  private static List<Count> counts(List<Assessment> framed, Messages m) {
    Map<Level, Long> by = new EnumMap<>(Level.class);
    framed.forEach(p -> by.merge(p.level(), 1L, Long::sum));
    List<Count> out = new ArrayList<>();
    by.forEach((level, n) -> out.add(new Count(m.label("level", level), n)));
    return out;
  }

  /** The framework changes of the year to the report's date: founded, upgraded, suspended. */
  private static List<Line> changes(String focal, LocalDate asOf, Registry r, Messages m) {
    List<Map.Entry<LocalDate, Line>> out = new ArrayList<>();
    for (Framework f : r.frameworks()) {
      if (!f.involves(focal)) continue;
      for (LevelChange ch : f.changes()) {
        LocalDate day = ch.date().earliest();
        if (day.isAfter(asOf) || !day.isAfter(asOf.minusYears(1))) continue;
        out.add(
            Map.entry(
                day,
                new Line(f.partnerOf(focal), ch.date() + ": " + m.label("level", ch.level()))));
      }
    }
    return out.stream()
        .sorted(Map.Entry.comparingByKey(Comparator.reverseOrder()))
        .map(Map.Entry::getValue)
        .toList();
  }

  /** The three whose depth rose most over five years, and the three whose depth fell most. */
  private static List<Line> movers(List<Assessment> framed, Messages m) {
    List<Assessment> moved =
        framed.stream()
            .filter(p -> p.depthChange() != null)
            .sorted(Comparator.comparing(Assessment::depthChange).reversed())
            .toList();
    Map<String, Line> out = new LinkedHashMap<>();
    for (Assessment p : moved.subList(0, Math.min(3, moved.size())))
      if (p.depthChange() > 0) out.put(p.partner(), mover(p, m));
    for (int i = moved.size() - 1; i >= Math.max(0, moved.size() - 3); i--)
      if (moved.get(i).depthChange() < 0)
        out.putIfAbsent(moved.get(i).partner(), mover(moved.get(i), m));
    return List.copyOf(out.values());
  }

  private static Line mover(Assessment p, Messages m) {
    return new Line(
        p.partner(),
        m.get(
            p.depthChange() > 0 ? "movers.rose" : "movers.fell",
            m.number(Math.abs(p.depthChange()), 1),
            m.number(p.depthFiveYearsBefore(), 1),
            m.number(p.depth(), 1)));
  }

  private static final List<Flag> WATCHED =
      List.of(Flag.LABEL_ABOVE_SUBSTANCE, Flag.IMPLEMENTATION_GAP, Flag.SUBSTANCE_WITHOUT_LABEL);

  private static List<Line> watch(List<Assessment> framed, Messages m) {
    List<Line> out = new ArrayList<>();
    for (Flag f : WATCHED)
      for (Assessment p : framed)
        if (p.flags().contains(f)) out.add(new Line(p.partner(), m.label("flag", f)));
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
        p.cell() == null ? "" : m.label("cellNeutral", p.cell()),
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
