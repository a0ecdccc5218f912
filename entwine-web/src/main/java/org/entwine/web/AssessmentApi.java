package org.entwine.web;

import io.javalin.config.RoutesConfig;
import java.util.List;
import org.entwine.app.Actors;
import org.entwine.app.Assessor;
import org.entwine.app.Scoring;
import org.entwine.report.Messages;
import org.entwine.report.PortfolioReport;

/**
 * The focal actor's portfolio assessed, as {@code entwine assess} prints it; and one relation's
 * depth over the years.
 */
final class AssessmentApi {
  /**
   * The most sensitivity runs one request may ask for: about a second of work on every dataset
   * loaded.
   */
  static final int MAX_RUNS = 1000;

  private final SharedStore db;

  /** The report's forms, each with its media type. */
  private static final java.util.Map<String, String> CONTENT_TYPES =
      java.util.Map.of(
          "pdf", "application/pdf",
          "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          "html", "text/html; charset=utf-8");

  AssessmentApi(SharedStore db) {
    this.db = db;
  }

  void routes(RoutesConfig routes) {
    routes.get(
        "/api/actors/{actor}/partners/{partner}/history",
        ctx -> {
          var day = WebApp.asOf(ctx);
          String actor = Actors.resolve(db.registry(), ctx.pathParam("actor"));
          String partner = Actors.resolve(db.registry(), ctx.pathParam("partner"));
          // every partner's twenty years are scored together: kept once for all the partners' pages
          org.entwine.app.DepthHistory history =
              db.latest(
                  ctx,
                  "history " + actor + " " + day,
                  java.util.Set.of(actor),
                  () -> org.entwine.app.DepthHistory.of(scoring(actor, day)));
          ctx.json(history.of(partner));
        });
    routes.get(
        "/api/actors/{actor}/assessment",
        ctx -> {
          var day = WebApp.asOf(ctx);
          // capped so that no one request holds the database for long (the others wait their turn)
          int runs = WebApp.number(ctx, "runs", 200, 1, MAX_RUNS);
          int seed = WebApp.number(ctx, "seed", (int) Assessor.DEFAULT_SEED, 0, Integer.MAX_VALUE);
          String actor = Actors.resolve(db.registry(), ctx.pathParam("actor"));
          byte[] json =
              db.latestJson(
                  ctx,
                  "assessment " + actor + " " + day + " " + runs + " " + seed,
                  java.util.Set.of(actor),
                  () -> Assessor.assess(scoring(actor, day), day, runs, seed, false));
          // the write it reflects, in the answer itself as in its header
          ctx.contentType("application/json")
              .result(
                  SharedStore.withField(
                      json, "reflects", Long.parseLong(ctx.res().getHeader(SharedStore.REFLECTS))));
        });
    routes.get(
        "/api/actors/{actor}/briefing",
        ctx -> {
          var day = WebApp.asOf(ctx);
          Messages words = Messages.of(PageWords.language(ctx));
          String actor = Actors.resolve(db.registry(), ctx.pathParam("actor"));
          java.time.LocalDate since =
              ctx.queryParam("since") == null
                  ? null
                  : org.entwine.app.AsOf.parse(ctx.queryParam("since"), "since");
          ctx.contentType("application/json")
              .result(
                  db.keptJson(
                      ctx,
                      "briefing " + actor + " " + day + " " + since + " " + words.language(),
                      java.util.Set.of(actor),
                      () -> {
                        PortfolioReport.Basis kept = basis(actor, day);
                        PortfolioReport.Basis b = kept;
                        if (since != null) {
                          if (!since.isBefore(day))
                            throw new org.entwine.input.UserInputException(
                                "since (" + since + ") must be before asOf (" + day + ")");
                          b =
                              PortfolioReport.Basis.of(
                                  kept.assessed(),
                                  kept.scoring(),
                                  changesSince(kept.assessed(), since));
                        }
                        return PortfolioReport.executive(b, words, PortfolioReport.Header.NONE);
                      }));
        });
    routes.get(
        "/api/actors/{actor}/changes",
        ctx -> {
          String actor = Actors.resolve(db.registry(), ctx.pathParam("actor"));
          if (ctx.queryParam("since") == null)
            throw new org.entwine.input.UserInputException("since is required (YYYY-MM-DD)");
          var since = org.entwine.app.AsOf.parse(ctx.queryParam("since"), "since");
          var until =
              ctx.queryParam("until") == null
                  ? java.time.LocalDate.now()
                  : org.entwine.app.AsOf.parse(ctx.queryParam("until"), "until");
          java.util.Set<String> partners = new java.util.LinkedHashSet<>();
          if (ctx.queryParam("partners") != null)
            for (String p : ctx.queryParam("partners").split(","))
              if (!p.isBlank()) partners.add(Actors.resolve(db.registry(), p.strip()));
          ctx.contentType("application/json")
              .result(
                  db.keptJson(
                      ctx,
                      "changes " + actor + " " + since + " " + until + " " + partners,
                      java.util.Set.of(actor),
                      // each of the store's queries in its turn, the assessments between them
                      () ->
                          org.entwine.app.Changes.between(
                              db.inTurns(),
                              db.registry(),
                              db.method(),
                              actor,
                              since,
                              until,
                              200,
                              partners)));
        });
    routes.get(
        "/api/actors/{actor}/partners/{partner}/assessment",
        ctx -> {
          var day = WebApp.asOf(ctx);
          int runs = WebApp.number(ctx, "runs", 200, 1, MAX_RUNS);
          String actor = Actors.resolve(db.registry(), ctx.pathParam("actor"));
          String partner = Actors.resolve(db.registry(), ctx.pathParam("partner"));
          // one partner as the portfolio would show it, listed there or not
          ctx.contentType("application/json")
              .result(
                  db.latestJson(
                      ctx,
                      "assessment " + actor + " " + partner + " " + day + " " + runs,
                      new java.util.HashSet<>(List.of(actor, partner)),
                      () -> Assessor.of(scoring(actor, day), day, runs, partner)));
        });
    routes.get(
        "/api/actors/{actor}/report",
        ctx -> {
          var day = WebApp.asOf(ctx);
          String lang = PageWords.language(ctx);
          Messages words = Messages.of(lang);
          String format = ctx.queryParam("format") == null ? "pdf" : ctx.queryParam("format");
          if (!CONTENT_TYPES.containsKey(format))
            throw new org.entwine.input.UserInputException(
                "format expects pdf, docx or html, got '" + format + "'");
          String actor = Actors.resolve(db.registry(), ctx.pathParam("actor"));
          // one partner's brief, or the whole portfolio
          String partner =
              ctx.queryParam("partner") == null
                  ? null
                  : Actors.resolve(db.registry(), ctx.queryParam("partner"));
          byte[] report =
              db.latest(
                  ctx,
                  "report " + actor + " " + partner + " " + day + " " + lang + " " + format,
                  java.util.Set.of(actor),
                  () -> {
                    // what every page is written from, kept for the other partners' briefs and
                    // languages: the assessment the portfolio page shows (200 runs, the default
                    // seed)
                    var content = PortfolioReport.content(basis(actor, day), words, partner);
                    var out = new java.io.ByteArrayOutputStream();
                    switch (format) {
                      case "pdf" -> PortfolioReport.pdf(PortfolioReport.html(content), out);
                      case "docx" -> PortfolioReport.docx(content, out);
                      default ->
                          out.writeBytes(
                              PortfolioReport.html(content)
                                  .getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    }
                    return out.toByteArray();
                  });
          // a download: opened from the analyst's disk, the report is a document, not a page of
          // the application
          ctx.header(
                  "Content-Disposition",
                  "attachment; filename=\""
                      + actor
                      + (partner == null ? "" : "-" + partner)
                      + "-"
                      + day
                      + "-"
                      + lang
                      + "."
                      + format
                      + "\"")
              .contentType(CONTENT_TYPES.get(format))
              .result(report);
        });
  }

  /** What changed since {@code since} to an assessment the server made (200 runs, as it). */
  private org.entwine.app.Changes changesSince(
      Assessor.Assessments now, java.time.LocalDate since) {
    // each of the store's queries in its turn, the earlier assessment computed between them
    return org.entwine.app.Changes.since(db.inTurns(), db.registry(), db.method(), now, since, 200);
  }

  /**
   * What every page of the report is written from, kept for the other partners' briefs, languages
   * and the executive page: the assessment the portfolio page shows (200 runs, the default seed)
   * and what changed over the year before.
   */
  private PortfolioReport.Basis basis(String actor, java.time.LocalDate day) {
    return (PortfolioReport.Basis)
        db.answer(
                "report basis " + actor + " " + day,
                java.util.Set.of(actor),
                () -> {
                  Scoring s = scoring(actor, day);
                  var assessed = Assessor.assess(s, day, 200, Assessor.DEFAULT_SEED, false);
                  return PortfolioReport.Basis.of(
                      assessed, s, changesSince(assessed, day.minusYears(1)));
                },
                0)
            .value();
  }

  /**
   * The scoring of {@code actor}'s relations for the day: each of the store's queries in its turn;
   * the scores, the sensitivity runs and the judgements computed between and after them, holding no
   * one up.
   */
  private Scoring scoring(String actor, java.time.LocalDate day) {
    return Scoring.of(db.inTurns(), db.registry(), db.method(), actor, null, day.getYear(), false);
  }
}
