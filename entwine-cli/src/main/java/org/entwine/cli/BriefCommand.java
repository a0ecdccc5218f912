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
import org.entwine.storage.Store;
import org.entwine.trust.Cell;
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

  @Override
  int run(Store store) {
    LocalDate day = asOf.day();
    Scoring s = method.score(store, actor, day.getYear());
    Registry r = s.registry();
    String p = Actors.resolve(r, partner);
    // the partner as assess sees it: one computation serves both
    Assessment a = Assessor.of(s, day, runs, p);
    PrintWriter out = out();
    String name = r.actor(p).map(z -> z.name()).orElse(p);
    out.printf("%s and %s (%s), as of %s%n%n", s.focal(), p, name, day);

    out.println("FRAMEWORK");
    var timeline = Timeline.of(r, s.focal(), p);
    if (timeline.isEmpty()) out.println("  no framework recorded");
    timeline.forEach(
        e ->
            out.printf(
                "  %-14s %-11s %-24s %s%s  [%s]%n",
                e.date(),
                e.change(),
                e.level() == null ? "" : e.level(),
                e.officialName() == null ? "" : e.officialName(),
                e.document() == null ? "" : " (" + e.document() + ")",
                String.join(", ", e.sources())));

    Score x = a.score();
    out.printf(
        "%nDEPTH in %d (method %s v%d, sha256 %s…)%n",
        s.year(), s.method().id(), s.method().version(), s.method().hash().substring(0, 12));
    if (x == null) {
      out.println("  no evidence for the method's indicators");
    } else {
      var iv = a.rank();
      out.printf(
          "  depth %s%s, coverage %.0f%%: interests %s, institutions %s, identity %s; width %d/%d"
              + " (%s); durable %s; stability %s%n",
          ScoreCommand.fmt(x.depth()),
          x.thin()
              ? " (thin evidence: not ranked)"
              : iv == null
                  ? ""
                  : String.format(
                      ", rank %d (%.0f-%.0f over %d sensitivity runs)",
                      iv.rank(), iv.rankLow(), iv.rankHigh(), runs),
          100 * x.coverage(),
          ScoreCommand.pillar(x, Pillar.INTERESTS),
          ScoreCommand.pillar(x, Pillar.INSTITUTIONS),
          ScoreCommand.pillar(x, Pillar.IDENTITY),
          x.width(),
          x.areas(),
          String.join(
              ", ",
              org.entwine.method.Width.areas(
                  s.method(),
                  s.ledgers().of(s.focal(), p),
                  s.year(),
                  s.values().getOrDefault(p, java.util.Map.of()))),
          x.durableYears() == null ? "–" : x.durableYears() + " years",
          ScoreCommand.fmt(s.stability().get(p)));
      out.println("  " + ExplainCommand.age(x));
      for (Contribution c : x.contributions()) {
        out.printf(
            "  %-12s %-8s %-32s raw %-12s (%d) score %5.1f  %5.2f points  [%s]%s%n",
            c.pillar(),
            c.side(),
            c.indicator(),
            Table.cell(c.raw().value()),
            c.raw().year(),
            c.normalized(),
            c.points(),
            cite(r, c.raw().source()),
            c.raw().note() == null ? "" : " " + c.raw().note());
      }
    }

    PairLedgers.Pair pair = s.ledgers().of(s.focal(), p);
    Cell cell = a.cell();
    Confidence.FromLedger c = a.confidence();
    var standing = a.standing();
    out.printf("%nCONFIDENCE%n");
    out.printf(
        "  %s, from the %s, %d-%d: %s%n",
        standing.degree().label(),
        standing.basis(),
        standing.from(),
        standing.to(),
        standing.reason());
    for (var i : standing.incidents())
      out.printf(
          "  incident %s%s, %s (%s): %s [%s]%n",
          i.date(),
          i.until() == null ? "" : " to " + i.until(),
          i.kind(),
          i.material() ? "a deed" : "words",
          i.title(),
          String.join(", ", i.sources()));
    out.printf("  from the commitment ledger: %s: %s%n", c.degree().label(), c.reason());
    if (c.consistency() != null) {
      out.printf(
          "    consistency %.2f (fulfilled %d, partial %d, of %d fallen due); G7/G20 compliance"
              + " %+.2f%n",
          c.consistency(), c.fulfilled(), c.partial(), c.fallenDue(), c.compliance());
    }
    var e = a.eventConfidence();
    out.println(
        e == null
            ? "  from event data: no event counts cover the pair"
            : String.format("  from %s: %s: %s", e.basis(), e.degree().label(), e.reason()));
    out.println(
        "  binding: "
            + (c.binding().isEmpty() ? "nothing recorded" : String.join("; ", c.binding())));
    r.judgements().stream()
        .filter(
            j -> j.focal().equals(s.focal()) && j.partner().equals(p) && j.date().isOnOrBefore(day))
        .forEach(
            j ->
                out.printf(
                    "  analyst's judgement (%s, %s): degree %d, \"%s\" [%s]%n",
                    j.analyst(), j.date(), j.degree(), j.reason(), String.join(", ", j.sources())));
    out.printf(
        "  matrix: %s (%s; degree 1 is the high level of confidence, 2-4 the lower)%n",
        cell == null ? "no cell" : cell.number() + " " + cell.label() + ": " + cell.neutral(),
        a.peerDepth() == null
            ? "no partner at its level is ranked"
            : String.format(
                "more cooperation means depth >= %.1f, the median of the partners at its level",
                a.peerDepth()));
    var ev = a.events();
    if (s.eventDataset() == null) {
      out.println(
          "  event data: none loaded ('entwine events load' adds deeds-to-words and shocks)");
    } else if (ev == null) {
      out.printf(
          "  event data (%s, %s to %s): no events between %s and %s%n",
          s.eventDataset(),
          AssessCommand.month(s.eventsFrom()),
          AssessCommand.month(s.eventsTo()),
          s.focal(),
          p);
    } else {
      out.printf(
          "  event data (%s, %s to %s): %,d events in %d month%s; relation score %+.2f (-9 hostile"
              + " to +9 friendly)%n",
          s.eventDataset(),
          AssessCommand.month(s.eventsFrom()),
          AssessCommand.month(s.eventsTo()),
          ev.events(),
          ev.monthsWithEvents(),
          ev.monthsWithEvents() == 1 ? "" : "s",
          ev.latestScore());
      out.println(
          ev.deedsToWords() == null
              ? "    deeds to words: too few cooperation events from "
                  + p
                  + " to judge ("
                  + org.entwine.events.EventEvidence.MINIMUM_COOPERATION
                  + " needed)"
              : String.format(
                  "    deeds to words: %.0f%% of %s's cooperation with %s was material (deeds), the"
                      + " rest verbal",
                  100 * ev.deedsToWords(), p, s.focal()));
      out.println(
          ev.swings() == null
              ? "    stability: too sparse ("
                  + ev.monthsWithEvents()
                  + " months with events; "
                  + org.entwine.events.EventEvidence.MINIMUM_MONTHS
                  + " needed)"
              : String.format(
                  "    stability: score swings %.3f a month; material conflict %.1f%% of events",
                  ev.swings(), 100 * ev.materialConflictShare()));
      if (ev.shock() != null) {
        out.printf(
            "  EVENT SHOCK: the relation score fell from %+.2f to %+.2f in %s%n",
            ev.shock().before(), ev.shock().after(), AssessCommand.month(ev.shock().month()));
      }
    }

    ImplementationGap gap = a.gap();
    out.printf("%nIMPLEMENTATION GAP%n");
    if (gap.isEmpty()) out.println("  none recorded");
    gap.undelivered().forEach(g -> out.println("  undelivered commitment: " + g));
    gap.overdue().forEach(g -> out.println("  overdue project: " + g));
    gap.underused().forEach(g -> out.println("  mechanism meeting less than planned: " + g));

    out.printf("%nLEDGERS%n");
    section(
        out,
        "documents",
        pair.documents().stream()
            .map(
                d ->
                    d.date()
                        + "  "
                        + d.title()
                        + (d.legallyBinding() ? " (legally binding)" : "")
                        + "  ["
                        + String.join(", ", d.sources())
                        + "]")
            .toList());
    section(
        out,
        "commitments",
        pair.commitments().stream()
            .map(
                k ->
                    k.id()
                        + ": "
                        + k.text()
                        + " (by "
                        + String.join(", ", k.by())
                        + (k.due() == null ? "" : ", due " + k.due())
                        + ") — "
                        + k.statusOn(day)
                        + "  ["
                        + String.join(", ", k.sources())
                        + "]")
            .toList());
    section(
        out,
        "projects",
        pair.projects().stream()
            .map(
                k ->
                    k.title()
                        + " — "
                        + k.status()
                        + (k.plannedEnd() == null ? "" : ", planned end " + k.plannedEnd())
                        + "  ["
                        + String.join(", ", k.sources())
                        + "]")
            .toList());
    section(
        out,
        "mechanisms",
        pair.mechanisms().stream()
            .map(
                k ->
                    k.name()
                        + " ("
                        + k.level()
                        + ", since "
                        + k.established()
                        + ", "
                        + k.sessions().size()
                        + " sessions recorded)  ["
                        + String.join(", ", k.sources())
                        + "]")
            .toList());
    section(
        out,
        "contacts",
        pair.contacts().stream()
            .filter(k -> k.date().isOnOrBefore(day))
            .sorted((k1, k2) -> k2.date().compareTo(k1.date()))
            .limit(10)
            .map(
                k ->
                    k.date()
                        + "  "
                        + (k.title() == null ? k.level() : k.title())
                        + "  ["
                        + String.join(", ", k.sources())
                        + "]")
            .toList());
    MethodOption.notice(s, out(), err(), Format.TABLE);
    return ExitCodes.OK;
  }

  /** A source as a reader follows it: its citation, dataset version and address. */
  static String cite(Registry r, String id) {
    return r.source(id)
        .map(
            z ->
                z.citation()
                    + (z.version() == null ? "" : ", version " + z.version())
                    + (z.url() == null ? "" : ", " + z.url()))
        .orElse(id);
  }

  private static void section(PrintWriter out, String title, List<String> lines) {
    out.printf("  %s:%s%n", title, lines.isEmpty() ? " none recorded" : "");
    lines.forEach(l -> out.println("    " + l));
  }
}
