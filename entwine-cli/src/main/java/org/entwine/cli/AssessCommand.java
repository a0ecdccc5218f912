package org.entwine.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.entwine.app.Assessment;
import org.entwine.app.Assessor;
import org.entwine.app.Scoring;
import org.entwine.diagnostics.Flag;
import org.entwine.framework.Level;
import org.entwine.method.Pillar;
import org.entwine.method.Score;
import org.entwine.storage.Store;
import org.entwine.trust.Degree;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "assess",
    mixinStandardHelpOptions = true,
    description = {
      "The main job: how deep each partner's relation runs, how far its words match its deeds, and "
          + "what to watch, on a date.",
      "First every partner with a framework on the date, whether or not evidence covers it ('no"
          + " evidence' where none does: missing is never zero), then the partners without one,"
          + " deepest first (the top ones; --all for every one). For each: the framework level, the"
          + " depth with the interval its rank moves in when the method's choices vary, the three"
          + " pillars, coverage, width, durability, the degree of confidence with its evidence base"
          + " (the commitment ledger where it can judge, else event data), the cell of the trust x"
          + " cooperation matrix, and diagnostic flags. A partner whose evidence covers less than"
          + " the method's floor is listed as 'thin', never ranked among the rest. --format json"
          + " has every figure."
    })
final class AssessCommand extends DatabaseCommand {
  @Parameters(index = "0", paramLabel = "ACTOR")
  String actor;

  @Mixin AsOfOption asOf;

  @Mixin RunsOptions sensitivity;

  @Option(
      names = "--all",
      description =
          "Every partner the evidence covers, not only those with a framework and the top others.")
  boolean all;

  @Option(
      names = "--top",
      paramLabel = "N",
      description = "How many partners without a framework to list (default: 10).")
  int top = 10;

  @Mixin MethodOption method;
  @Mixin FormatOption output;
  @Mixin LanguageOption language;

  @Override
  int run(Store store) {
    Labels labels = Labels.of(language.words());
    LocalDate day = asOf.day();
    Scoring s = method.score(store, actor, day.getYear());
    Assessor.Assessments a = Assessor.assess(s, day, sensitivity.runs, sensitivity.seed, true);
    List<Assessment> framed = a.framed();
    List<Assessment> others = a.others();
    List<Assessment> shown = new java.util.ArrayList<>(framed);
    shown.addAll(
        all
            ? a.partners().stream().filter(p -> p.level() == Level.NONE).toList()
            : others.stream().limit(top).toList());
    if (output.format == Format.JSON) {
      // the record the API answers with, written by the same mapping: the partners shown
      ApiJson.print(a.withPartners(shown), out());
      MethodOption.notice(s, out(), err(), output.format);
      return ExitCodes.OK;
    }
    if (output.format == Format.CSV) {
      full(a, shown, day).print(output.format, out());
      MethodOption.notice(s, out(), err(), output.format);
      return ExitCodes.OK;
    }
    long ranked = a.partners().stream().filter(p -> !p.unranked()).count();
    out()
        .println(
            labels.get(
                "cli.assess.heading",
                a.focal(),
                labels.date(day),
                framed.size(),
                ranked,
                String.valueOf(a.year()),
                a.methodId(),
                a.methodVersion()));
    wrap(evidence(a, s.registry(), labels));
    String basis = labels.messages().depthBasis(a.vintage());
    if (basis != null) wrap(basis);
    out().println();
    out().println(labels.get("cli.assess.framed", labels.date(day)));
    brief(framed, s, labels).print(Format.TABLE, out());
    wrap(confidenceSummary(framed, s.method().trust().minimumFallenDue(), a.focal(), labels));
    out().println();
    List<Assessment> rest = shown.subList(framed.size(), shown.size());
    out()
        .println(
            all
                ? labels.get("cli.assess.every")
                : labels.get("cli.assess.others", rest.size(), others.size()));
    brief(rest, s, labels).print(Format.TABLE, out());
    out().println();
    wrap(
        labels.get(
            "cli.assess.legend",
            String.valueOf(ranked),
            String.valueOf(sensitivity.runs),
            String.valueOf(sensitivity.seed),
            labels.fixed(100 * s.method().minimumCoverage(), 0),
            a.peers().isEmpty()
                ? labels.get("cli.assess.noCell")
                : labels.get(
                    "cli.assess.peers",
                    a.peers().entrySet().stream()
                        .filter(e -> framed.stream().anyMatch(f -> f.level() == e.getKey()))
                        .map(e -> labels.level(e.getKey()) + " " + labels.number(e.getValue(), 1))
                        .collect(Collectors.joining(", "))),
            a.focal()));
    MethodOption.notice(s, out(), err(), output.format);
    return ExitCodes.OK;
  }

  /**
   * What the confidence column rests on, and why the rest is insufficient evidence: a reader who
   * sees most of the column empty learns it is the evidence, not the software, and where to look.
   */
  static String confidenceSummary(
      List<Assessment> partners, int minimumFallenDue, String focal, Labels labels) {
    long ledger =
        partners.stream()
            .filter(
                p ->
                    p.standing().basis().equals("ledger")
                        && p.standing().degree() != Degree.INSUFFICIENT_EVIDENCE)
            .count();
    long events = partners.stream().filter(p -> !p.standing().basis().equals("ledger")).count();
    List<Assessment> none =
        partners.stream()
            .filter(p -> p.standing().degree() == Degree.INSUFFICIENT_EVIDENCE)
            .toList();
    long withEvents = none.stream().filter(p -> p.eventConfidence() != null).count();
    // the bases the degrees stand on, each once ("the news (GDELT pair scores 2020-2024: …)")
    String eventBasis =
        partners.stream()
            .filter(p -> !p.standing().basis().equals("ledger") && p.eventConfidence() != null)
            .map(p -> labels.reason(p.eventConfidence().basisWhy()))
            .distinct()
            .collect(Collectors.joining(" " + labels.get("cli.and") + " "))
            .transform(b -> b.isEmpty() ? labels.get("cli.assess.eventData") : b);
    return labels.get(
        "cli.assess.confidence",
        String.valueOf(partners.size()),
        String.valueOf(ledger),
        String.valueOf(events),
        eventBasis,
        String.valueOf(none.size()),
        String.valueOf(minimumFallenDue),
        String.valueOf(withEvents),
        String.valueOf(none.size() - withEvents),
        focal);
  }

  /** Prints text in lines of at most 160 columns, broken between words. */
  private void wrap(String text) {
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > 160) {
        out().println(line);
        line.setLength(0);
      }
      if (line.length() > 0) line.append(' ');
      line.append(word);
    }
    if (line.length() > 0) out().println(line);
  }

  /**
   * The table for a terminal of 160 columns: figures short, the reasons and the rest in --format
   * json.
   */
  private static Table brief(List<Assessment> partners, Scoring s, Labels labels) {
    Table t =
        new Table(
            java.util.stream.Stream.of(
                    "rank",
                    "partner",
                    "level",
                    "depth",
                    "int",
                    "inst",
                    "iden",
                    "cov",
                    "age",
                    "width",
                    "durable",
                    "confidence",
                    "cell",
                    "flags")
                .map(labels::column)
                .toArray(String[]::new));
    for (Assessment p : partners) {
      Score x = p.score();
      var iv = p.rank();
      String rank =
          x == null
              ? "–"
              : p.unranked()
                  ? labels.get("cli.assess.thin")
                  : iv == null
                      ? ""
                      : String.format("%d (%.0f-%.0f)", iv.rank(), iv.rankLow(), iv.rankHigh());
      String depth = x == null ? labels.get("cli.assess.noEvidence") : ScoreCommand.fmt(x.depth());
      t.row(
          rank,
          p.partner()
              + " "
              + shortName(s.registry().actor(p.partner()).map(labels::name).orElse(p.name())),
          labels.level(p.level()),
          depth,
          pillar(x, Pillar.INTERESTS),
          pillar(x, Pillar.INSTITUTIONS),
          pillar(x, Pillar.IDENTITY),
          x == null ? "–" : String.format("%.0f%%", 100 * x.coverage()),
          x == null ? "–" : labels.number(x.evidenceAge(), 1),
          x == null ? "–" : x.width() + "/" + x.areas(),
          x == null || x.durableYears() == null ? "" : x.durableYears() + " y",
          labels.confidence(p),
          labels.cell(p.cell()),
          p.flags().stream().map(labels::flag).collect(Collectors.joining(", ")));
    }
    return t;
  }

  private static String pillar(Score x, Pillar p) {
    return x == null || x.pillars().get(p).score() == null
        ? "–"
        : ScoreCommand.fmt(x.pillars().get(p).score());
  }

  private static String shortName(String name) {
    return name.length() <= 14 ? name : name.substring(0, 13) + "…";
  }

  /**
   * The vintage of the answer: each source's freshest year among the values scored, and how old the
   * partners' evidence is. Nothing dated today hides a value of 2014.
   */
  static String evidence(
      Assessor.Assessments a, org.entwine.registry.Registry registry, Labels labels) {
    var v = a.vintage();
    // the event record's freshness: the latest file of the event data loaded
    String events =
        a.eventDataset() == null || a.eventsLatest() == null
            ? ""
            : labels.get("cli.assess.eventsLatest", a.eventDataset(), a.eventsLatest());
    if (v.freshest().isEmpty()) return labels.get("cli.assess.noValues") + events;
    String sources = org.entwine.app.Vintages.line(registry, v, labels.ledger());
    return labels.get(
            "cli.assess.evidence",
            sources,
            labels.number(v.medianAge(), 1),
            labels.number(v.oldestAge(), 1))
        + events;
  }

  /** Every figure, flat, for csv (json writes the API's record). */
  private Table full(Assessor.Assessments a, List<Assessment> partners, LocalDate day) {
    Table t =
        new Table(
            "partner",
            "name",
            "level",
            "depth",
            "rank",
            "rankLow",
            "rankHigh",
            "thinEvidence",
            "interests",
            "institutions",
            "identity",
            "width",
            "durableYears",
            "stability",
            "coverage",
            "evidenceAge",
            "oldestPillar",
            "degree",
            "degreeName",
            "degreeBasis",
            "degreeReason",
            "degreeFrom",
            "degreeTo",
            "incidents",
            "ledgerDegree",
            "consistency",
            "compliance",
            "fallenDue",
            "binding",
            "eventsDegree",
            "eventsDeedsShare",
            "eventsRelative",
            "eventsConflictShare",
            "eventsBasis",
            "eventsReason",
            "cell",
            "cellLabel",
            "cellNeutral",
            "judgementDegree",
            "judgementReason",
            "judgementBy",
            "judgementDate",
            "flags",
            "undelivered",
            "overdue",
            "underused",
            "priority",
            "depthFiveYearsBefore",
            "depthChange",
            "nextLevel",
            "upgradeGap",
            "holdBackPillar",
            "holdBackIndicators",
            "eventScore",
            "deedsToWords",
            "eventSwings",
            "materialConflictShare",
            "eventShockMonth",
            "eventShockDrop",
            "eventDataset",
            "year",
            "asOf",
            "peerDepth",
            "method",
            "methodHash");
    for (Assessment p : partners) {
      Score x = p.score();
      var c = p.confidence();
      var e = p.eventConfidence();
      var iv = p.rank();
      var cell = p.cell();
      var j = p.judgement();
      var up = p.upgrade();
      var ev = p.events();
      Map<String, Object> row = new java.util.HashMap<>();
      row.put("partner", p.partner());
      row.put("name", p.name());
      row.put("level", p.level().name());
      row.put("depth", p.depth());
      row.put("rank", iv == null ? null : iv.rank());
      row.put("rankLow", iv == null ? null : iv.rankLow());
      row.put("rankHigh", iv == null ? null : iv.rankHigh());
      row.put("thinEvidence", x != null && x.thin());
      row.put("interests", x == null ? null : x.pillars().get(Pillar.INTERESTS).score());
      row.put("institutions", x == null ? null : x.pillars().get(Pillar.INSTITUTIONS).score());
      row.put("identity", x == null ? null : x.pillars().get(Pillar.IDENTITY).score());
      row.put("width", x == null ? null : x.width());
      row.put("durableYears", x == null ? null : x.durableYears());
      row.put("stability", p.stability());
      row.put("coverage", x == null ? null : x.coverage());
      row.put("evidenceAge", x == null ? null : x.evidenceAge());
      row.put(
          "oldestPillar", x == null || x.oldestPillar() == null ? null : x.oldestPillar().name());
      row.put("degree", p.standing().degree().number());
      row.put("degreeName", p.standing().degree().name());
      row.put("degreeBasis", p.standing().basis());
      row.put("degreeReason", p.standing().reason());
      row.put("degreeFrom", p.standing().from());
      row.put("degreeTo", p.standing().to());
      row.put("incidents", p.standing().incidents().stream().map(i -> i.id()).toList());
      row.put("ledgerDegree", c.degree().name());
      row.put("consistency", c.consistency());
      row.put("compliance", c.compliance());
      row.put("fallenDue", c.fallenDue());
      row.put("binding", c.binding());
      row.put("eventsDegree", e == null ? null : e.degree().name());
      row.put("eventsDeedsShare", e == null ? null : e.deedsShare());
      row.put("eventsRelative", e == null ? null : e.relative());
      row.put("eventsConflictShare", e == null ? null : e.conflictShare());
      row.put("eventsBasis", e == null ? null : e.basis());
      row.put("eventsReason", e == null ? null : e.reason());
      row.put("cell", cell == null ? null : cell.number());
      row.put("cellLabel", cell == null ? null : cell.label());
      row.put("cellNeutral", cell == null ? null : cell.neutral());
      row.put("judgementDegree", j == null ? null : j.degree());
      row.put("judgementReason", j == null ? null : j.reason());
      row.put("judgementBy", j == null ? null : j.analyst());
      row.put("judgementDate", j == null ? null : j.date().toString());
      row.put("flags", p.flags().stream().map(Flag::name).toList());
      row.put("undelivered", p.gap().undelivered());
      row.put("overdue", p.gap().overdue());
      row.put("underused", p.gap().underused());
      row.put("priority", p.priority());
      row.put("depthFiveYearsBefore", p.depthFiveYearsBefore());
      row.put("depthChange", p.depthChange());
      row.put("nextLevel", up == null ? null : up.nextLevel());
      row.put("upgradeGap", up == null ? null : up.gap());
      row.put("holdBackPillar", up == null ? null : up.holdBack());
      row.put("holdBackIndicators", up == null ? null : up.indicators());
      row.put("eventScore", ev == null ? null : ev.latestScore());
      row.put("deedsToWords", ev == null ? null : ev.deedsToWords());
      row.put("eventSwings", ev == null ? null : ev.swings());
      row.put("materialConflictShare", ev == null ? null : ev.materialConflictShare());
      row.put(
          "eventShockMonth",
          ev == null || ev.shock() == null ? null : ev.shock().month().toString());
      row.put("eventShockDrop", ev == null || ev.shock() == null ? null : ev.shock().drop());
      row.put("eventDataset", a.eventDataset());
      row.put("year", a.year());
      row.put("asOf", day.toString());
      row.put("peerDepth", p.peerDepth());
      row.put("method", a.methodId());
      row.put("methodHash", a.methodHash());
      t.row(row);
    }
    return t;
  }
}
