package org.entwine.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import org.entwine.app.Actors;
import org.entwine.app.Assessment;
import org.entwine.app.Assessor;
import org.entwine.app.Scoring;
import org.entwine.diagnostics.ImplementationGap;
import org.entwine.method.Contribution;
import org.entwine.method.Pillar;
import org.entwine.method.Score;
import org.entwine.registry.PairLedgers;
import org.entwine.registry.Registry;
import org.entwine.registry.Timeline;
import org.entwine.report.PartnerPage;
import org.entwine.source.Attestation;
import org.entwine.storage.Store;
import org.entwine.trust.Cell;
import org.entwine.trust.CommitmentCheck;
import org.entwine.trust.Confidence;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "brief",
    mixinStandardHelpOptions = true,
    description = {
      "One partner in full, every figure traced to its evidence and source: the framework and its"
          + " history, the depth and each indicator's contribution, the degree of confidence and"
          + " the commitments it rests on, the implementation gap, and the ledgers."
    })
final class BriefCommand extends DatabaseCommand {
  @Parameters(index = "0", paramLabel = "ACTOR")
  String actor;

  @Parameters(index = "1", paramLabel = "PARTNER")
  String partner;

  @Mixin AsOfOption asOf;

  @Option(
      names = "--runs",
      paramLabel = "N",
      description = "Sensitivity runs for the rank interval (default: 200).")
  int runs = 200;

  @Mixin MethodOption method;
  @Mixin LanguageOption language;

  @Override
  int run(Store store) {
    Labels w = Labels.of(language.words());
    LocalDate day = asOf.day();
    Scoring s = method.score(store, actor, day.getYear());
    Registry r = s.registry();
    String p = Actors.resolve(r, partner);
    // the partner as assess sees it: one computation serves both
    Assessment a = Assessor.of(s, day, runs, p);
    PrintWriter out = out();
    out.println(w.get("cli.brief.heading", s.focal(), p, w.name(r, p), w.date(day)));
    out.println();

    out.println(w.get("cli.brief.framework"));
    var timeline = Timeline.of(r, s.focal(), p);
    if (timeline.isEmpty()) out.println("  " + w.get("cli.brief.noFramework"));
    timeline.forEach(
        e ->
            out.printf(
                "  %-14s %-11s %-24s %s%s  [%s]%n",
                w.date(e.date()),
                w.word("change", e.change()),
                e.level() == null ? "" : w.word("level", e.level()),
                e.officialName() == null ? "" : e.officialName(),
                e.document() == null ? "" : " (" + e.document() + ")",
                String.join(", ", e.sources())));

    Score x = a.score();
    out.println();
    out.println(
        w.get(
            "cli.brief.depth",
            String.valueOf(s.year()),
            s.method().id(),
            String.valueOf(s.method().version()),
            s.method().hash().substring(0, 12)));
    if (x == null) {
      out.println("  " + w.get("cli.assess.noValues"));
    } else {
      var iv = a.rank();
      out.println(
          "  "
              + w.get(
                  "cli.brief.depthLine",
                  pillar(x.depth(), w),
                  x.thin()
                      ? w.get("cli.brief.thin")
                      : iv == null
                          ? ""
                          : w.get(
                              "cli.brief.rank",
                              String.valueOf(iv.rank()),
                              w.fixed(iv.rankLow(), 0),
                              w.fixed(iv.rankHigh(), 0),
                              String.valueOf(runs)),
                  w.percent(x.coverage(), 0),
                  pillar(x, Pillar.INTERESTS, w),
                  pillar(x, Pillar.INSTITUTIONS, w),
                  pillar(x, Pillar.IDENTITY, w),
                  String.valueOf(x.width()),
                  String.valueOf(x.areas()),
                  String.join(
                      ", ",
                      org.entwine.method.Width.areas(
                              s.method(),
                              s.ledgers().of(s.focal(), p),
                              s.year(),
                              s.values().getOrDefault(p, java.util.Map.of()))
                          .stream()
                          .map(w::area)
                          .toList()),
                  x.durableYears() == null
                      ? "–"
                      : w.get("cli.brief.years", String.valueOf(x.durableYears())),
                  pillar(s.stability().get(p), w)));
      out.println("  " + ExplainCommand.age(x, w));
      for (Contribution c : x.contributions()) {
        String note = ExplainCommand.note(c.raw().note(), w);
        out.println(
            "  "
                + w.get(
                    "cli.brief.contribution",
                    String.format("%-12s", w.word("pillar", c.pillar())),
                    String.format("%-8s", w.word("side", c.side())),
                    String.format("%-32s", w.indicator(c.indicator())),
                    String.format("%-12s", Table.cell(c.raw().value())),
                    String.valueOf(c.raw().year()),
                    String.format("%5s", w.fixed(c.normalized(), 1)),
                    String.format("%5s", w.fixed(c.points(), 2)),
                    cite(r, c.raw().source(), w),
                    note == null ? "" : " " + note));
      }
    }

    PairLedgers.Pair pair = s.ledgers().of(s.focal(), p);
    Cell cell = a.cell();
    Confidence.FromLedger c = a.confidence();
    var standing = a.standing();
    out.println();
    out.println(w.get("cli.brief.confidence"));
    out.println(
        "  "
            + w.get(
                "cli.brief.standing",
                w.degree(standing.degree()),
                w.get("basis." + standing.basis()),
                String.valueOf(standing.from()),
                String.valueOf(standing.to()),
                w.reason(standing.why())));
    for (var i : standing.incidents())
      out.println(
          "  "
              + w.get(
                  "cli.brief.incident",
                  w.date(i.date()),
                  i.until() == null ? "" : w.get("cli.brief.until", w.date(i.until())),
                  i.kind(),
                  w.get(i.material() ? "cli.brief.deed" : "cli.brief.wordsOnly"),
                  i.title(),
                  String.join(", ", i.sources())));
    out.println("  " + w.get("cli.brief.ledger", w.degree(c.degree()), w.reason(c.why())));
    if (c.consistency() != null) {
      out.println(
          "    "
              + w.get(
                  "cli.brief.consistency",
                  w.fixed(c.consistency(), 2),
                  String.valueOf(c.fulfilled()),
                  String.valueOf(c.partial()),
                  String.valueOf(c.fallenDue()),
                  w.signed(c.compliance(), 2)));
    }
    if (!c.commitments().isEmpty()) {
      out.println(
          "    "
              + w.get(
                  "cli.brief.restsOn",
                  String.join(
                      "; ",
                      c.checks().stream()
                          .filter(k -> c.commitments().contains(k.commitment()))
                          .map(
                              k ->
                                  k.commitment()
                                      + " "
                                      + w.get("verdict." + k.verdict().name())
                                      + (k.share() == null
                                          ? ""
                                          : " (" + w.percent(k.share(), 0) + ")"))
                          .toList())));
    }
    var e = a.eventConfidence();
    out.println(
        "  "
            + (e == null
                ? w.get("cli.brief.noEvents")
                : w.get(
                    "cli.brief.events",
                    w.reason(e.basisWhy()),
                    w.degree(e.degree()),
                    w.reason(e.why()))));
    out.println(
        "  "
            + w.get(
                "cli.brief.binding",
                c.bindingWhy().isEmpty()
                    ? w.get("cli.brief.nothingRecorded")
                    : String.join("; ", c.bindingWhy().stream().map(w::reason).toList())));
    r.judgementsOn(s.focal(), p, day)
        .forEach(
            j ->
                out.println(
                    "  "
                        + w.get(
                            "cli.brief.judgement",
                            j.analyst(),
                            w.date(j.date()),
                            String.valueOf(j.degree()),
                            j.reason(),
                            String.join(", ", j.sources()))));
    out.println(
        "  "
            + w.get(
                "cli.brief.matrix",
                cell == null ? w.get("cli.brief.noCell") : w.cellInFull(cell),
                a.peerDepth() == null
                    ? w.get("cli.brief.noPeer")
                    : w.get("cli.brief.peer", w.fixed(a.peerDepth(), 1))));
    events(a, s, p, w, out);

    ImplementationGap gap = a.gap();
    out.println();
    out.println(w.get("cli.brief.gap"));
    if (gap.isEmpty()) out.println("  " + w.get("cli.brief.nothingRecorded"));
    lines(out, w, "cli.brief.undelivered", gap.undelivered(), gap.undeliveredWhy());
    lines(out, w, "cli.brief.overdue", gap.overdue(), gap.overdueWhy());
    lines(out, w, "cli.brief.underused", gap.underused(), gap.underusedWhy());

    out.println();
    out.println(w.get("cli.brief.ledgers"));
    section(
        out,
        w,
        "documents",
        pair.documents().stream()
            .map(
                d ->
                    w.date(d.date())
                        + "  "
                        + d.title()
                        + (d.legallyBinding() ? w.get("cli.brief.legallyBinding") : "")
                        + "  ["
                        + String.join(", ", d.sources())
                        + "]")
            .toList());
    section(out, w, "commitments", commitments(r, a, s, w));
    section(
        out,
        w,
        "outcomes",
        pair.outcomes().stream()
            .map(
                o ->
                    w.get(
                        "cli.brief.outcome",
                        o.id(),
                        w.amount(o.value(), o.unit()),
                        String.valueOf(o.year()),
                        w.get("metric." + o.metric().name()),
                        o.reportedBy() == null ? "" : w.get("cli.brief.outcomeBy", o.reportedBy()),
                        o.date() == null ? "" : " (" + w.date(o.date()) + ")",
                        o.confidence() == Attestation.REPORTED
                            ? " " + w.get("commitment.reported")
                            : "",
                        String.join(", ", o.sources())))
            .toList());
    section(
        out,
        w,
        "projects",
        pair.projects().stream()
            .map(
                k ->
                    k.title()
                        + " — "
                        + w.word("projectStatus", k.status())
                        + (k.plannedEnd() == null
                            ? ""
                            : w.get("cli.brief.plannedEnd", w.date(k.plannedEnd())))
                        + "  ["
                        + String.join(", ", k.sources())
                        + "]")
            .toList());
    section(
        out,
        w,
        "mechanisms",
        pair.mechanisms().stream()
            .map(
                k ->
                    w.get(
                        "cli.brief.mechanism",
                        k.name(),
                        w.word("mechanismLevel", k.level()),
                        w.date(k.established()),
                        String.valueOf(k.sessions().size()),
                        String.join(", ", k.sources())))
            .toList());
    section(
        out,
        w,
        "contacts",
        pair.contacts().stream()
            .filter(k -> k.date().isOnOrBefore(day))
            .sorted((k1, k2) -> k2.date().compareTo(k1.date()))
            .limit(10)
            .map(
                k ->
                    w.date(k.date())
                        + "  "
                        + (k.title() == null ? w.word("contactLevel", k.level()) : k.title())
                        + "  ["
                        + String.join(", ", k.sources())
                        + "]")
            .toList());
    MethodOption.notice(s, out(), err(), Format.TABLE);
    return ExitCodes.OK;
  }

  /**
   * Each commitment with its target, due year, what the check says of it (naming the figure behind
   * that) and the figure's sources; the other figures of the year beneath. In English the check's
   * own sentence; in another language the partner page's words for the same check.
   */
  static List<String> commitments(Registry r, Assessment a, Scoring s, Labels w) {
    List<CommitmentCheck.Result> checks = a.confidence().checks();
    List<String> out = new java.util.ArrayList<>();
    if (!w.english()) {
      for (var row : PartnerPage.commitments(a, s, w.messages()))
        out.add(
            w.get(
                row.hasFigure() ? "cli.brief.commitmentChecked" : "cli.brief.commitmentUnfigured",
                row.id(),
                row.text(),
                row.by(),
                row.target(),
                row.outcome(),
                row.figure(),
                row.source()));
      return out;
    }
    for (CommitmentCheck.Result k : checks) {
      var t = k.target();
      out.add(
          k.commitment()
              + ": "
              + k.text()
              + " (by "
              + String.join(", ", k.by())
              + (t == null
                  ? ""
                  : "; target "
                      + CommitmentCheck.amount(t.value(), t.unit())
                      + ", "
                      + t.metric().what())
              + (k.dueYear() == null ? "" : "; due " + k.dueYear())
              + (k.confidence() == Attestation.REPORTED ? "; reported" : "")
              + (k.restates() == null ? "" : "; restates " + k.restates() + ", counted once")
              + ")  ["
              + String.join(", ", k.sources())
              + "]");
      out.add("  " + k.verdict().label().toUpperCase(java.util.Locale.ROOT) + ": " + k.reason());
      if (k.figure() != null)
        k.figure().sources().forEach(id -> out.add("  source of the figure: " + cite(r, id, w)));
      k.others().forEach(f -> out.add("  also on record: " + figure(f)));
    }
    return out;
  }

  private static String figure(CommitmentCheck.Figure f) {
    return CommitmentCheck.amount(f.value(), f.unit())
        + " in "
        + f.year()
        + ", "
        + f.basis()
        + (f.confidence() == Attestation.REPORTED ? " (reported)" : "")
        + "  ["
        + String.join(", ", f.sources())
        + "]";
  }

  /** What the monthly event record says of the relation, in the language's sentences. */
  private static void events(Assessment a, Scoring s, String p, Labels w, PrintWriter out) {
    var ev = a.events();
    String dataset = s.eventDataset();
    if (dataset == null) {
      out.println("  " + w.get("cli.brief.eventsNone"));
      return;
    }
    String from = w.month(s.eventsFrom());
    String to = w.month(s.eventsTo());
    if (ev == null) {
      out.println("  " + w.get("cli.brief.eventsNothing", dataset, from, to, s.focal(), p));
      return;
    }
    out.println(
        "  "
            + w.get(
                "cli.brief.eventsSummary",
                dataset,
                from,
                to,
                w.count(ev.events()),
                ev.monthsWithEvents(),
                w.signed(ev.latestScore(), 2)));
    out.println(
        "    "
            + (ev.deedsToWords() == null
                ? w.get(
                    "cli.brief.deedsThin",
                    p,
                    String.valueOf(org.entwine.events.EventEvidence.MINIMUM_COOPERATION))
                : w.get("cli.brief.deeds", w.percent(ev.deedsToWords(), 0), p, s.focal())));
    out.println(
        "    "
            + (ev.swings() == null
                ? w.get(
                    "cli.brief.sparse",
                    String.valueOf(ev.monthsWithEvents()),
                    String.valueOf(org.entwine.events.EventEvidence.MINIMUM_MONTHS))
                : w.get(
                    "cli.brief.stability",
                    w.fixed(ev.swings(), 3),
                    w.percent(ev.materialConflictShare(), 1))));
    if (ev.shock() != null)
      out.println(
          "  "
              + w.get(
                  "cli.brief.shock",
                  w.signed(ev.shock().before(), 2),
                  w.signed(ev.shock().after(), 2),
                  w.month(ev.shock().month())));
  }

  /** A figure with one decimal as the language writes it; a dash where missing. */
  private static String pillar(Double value, Labels w) {
    return value == null ? "–" : w.fixed(value, 1);
  }

  /** A pillar's score, with the year of its evidence where that is earlier than the year scored. */
  private static String pillar(Score x, Pillar p, Labels w) {
    var ps = x.pillars().get(p);
    if (ps.score() == null) return "–";
    return w.fixed(ps.score(), 1)
        + (ps.dataYear() != null && ps.dataYear() < x.year() ? " (" + ps.dataYear() + ")" : "");
  }

  /** The gap's lines: the core's English sentences, or its reasons worded in another language. */
  private static void lines(
      PrintWriter out,
      Labels w,
      String key,
      List<String> english,
      List<org.entwine.trust.Reason> why) {
    for (int i = 0; i < english.size(); i++)
      out.println("  " + w.get(key, w.english() ? english.get(i) : w.reason(why.get(i))));
  }

  /** A source as a reader follows it: its citation, dataset version and address. */
  static String cite(Registry r, String id, Labels w) {
    return r.source(id)
        .map(
            z ->
                z.citation()
                    + (z.version() == null ? "" : w.get("cli.brief.version", z.version()))
                    + (z.url() == null ? "" : ", " + z.url()))
        .orElse(id.equals(org.entwine.method.RawValues.LEDGER) ? w.ledger() : id);
  }

  private static void section(PrintWriter out, Labels w, String title, List<String> lines) {
    out.printf(
        "  %s:%s%n",
        w.get("cli.brief." + title),
        lines.isEmpty() ? " " + w.get("cli.brief.nothingRecorded") : "");
    lines.forEach(l -> out.println("    " + l));
  }
}
