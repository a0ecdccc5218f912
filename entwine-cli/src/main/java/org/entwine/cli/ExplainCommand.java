package org.entwine.cli;

import org.entwine.app.Actors;
import org.entwine.app.NotFoundException;
import org.entwine.app.Scoring;
import org.entwine.method.Contribution;
import org.entwine.method.Method;
import org.entwine.method.Pillar;
import org.entwine.method.Score;
import org.entwine.storage.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = {
      "Why a partner scored what it did: each indicator's raw value, the year it is from, its"
          + " source, its 0-100 score over the reference set, its weight, and the points it adds to"
          + " depth."
    })
final class ExplainCommand extends DatabaseCommand {
  @Parameters(index = "0", paramLabel = "ACTOR")
  String actor;

  @Parameters(index = "1", paramLabel = "PARTNER")
  String partner;

  @Mixin MethodOption method;
  @Mixin AsOfOption asOf;
  @Mixin FormatOption output;
  @Mixin LanguageOption language;

  @Override
  int run(Store store) {
    Labels w = Labels.of(language.words());
    Scoring s = method.score(store, actor, asOf.day().getYear());
    Method m = s.method();
    String p = Actors.resolve(s.registry(), partner);
    Score x =
        s.scores().stream()
            .filter(sc -> sc.partner().equals(p))
            .findFirst()
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "no evidence on "
                            + s.focal()
                            + " and "
                            + p
                            + " in "
                            + s.year()
                            + " for method "
                            + m.id()));
    Table t =
        new Table(
            "pillar",
            "side",
            "indicator",
            "raw",
            "rawYear",
            "source",
            "sourceTitle",
            "ageYears",
            "note",
            "normalized",
            "weightInPillar",
            "points");
    for (Contribution c : x.contributions()) {
      String title =
          s.registry().source(c.raw().source()).map(src -> src.citation()).orElse(c.raw().source());
      t.row(
          c.pillar(),
          c.side(),
          c.indicator(),
          c.raw().value(),
          c.raw().year(),
          c.raw().source(),
          title,
          x.year() - c.raw().year(),
          c.raw().note(),
          c.normalized(),
          c.weight(),
          c.points());
    }
    if (output.format == Format.TABLE) {
      out()
          .println(
              w.get(
                  "cli.explain.heading",
                  s.focal(),
                  p,
                  String.valueOf(s.year()),
                  m.id(),
                  String.valueOf(m.version()),
                  m.hash().substring(0, 12)));
      out()
          .println(
              w.get(
                  "cli.explain.depth",
                  fixed(x.depth(), w),
                  w.percent(x.coverage(), 0),
                  fixed(x.pillars().get(Pillar.INTERESTS).score(), w),
                  fixed(x.pillars().get(Pillar.INSTITUTIONS).score(), w),
                  fixed(x.pillars().get(Pillar.IDENTITY).score(), w),
                  String.valueOf(x.width()),
                  String.valueOf(x.areas()),
                  x.durableYears() == null
                      ? w.get("cli.explain.noFramework")
                      : w.get("cli.brief.years", String.valueOf(x.durableYears()))));
      out().println(age(x, w));
      out()
          .println(
              w.get(
                  "cli.explain.stability",
                  fixed(s.stability().get(p), w),
                  s.volatility().getOrDefault(p, java.util.Map.of()).isEmpty()
                      ? w.get("cli.explain.noSeries")
                      : s.volatility().get(p).entrySet().stream()
                          .map(e -> e.getKey() + " " + w.fixed(e.getValue(), 3))
                          .collect(java.util.stream.Collectors.joining(", "))));
      out().println();
      Table brief =
          new Table(
              java.util.stream.Stream.of(
                      "pillar", "side", "indicator", "raw", "year", "source", "score", "points")
                  .map(w::column)
                  .toArray(String[]::new));
      for (Contribution c : x.contributions()) {
        brief.row(
            w.word("pillar", c.pillar()),
            w.word("side", c.side()),
            w.indicator(c.indicator()),
            c.raw().value(),
            c.raw().year(),
            c.raw().source(),
            w.fixed(c.normalized(), 1),
            w.fixed(c.points(), 2));
      }
      brief.print(Format.TABLE, out());
      var missing =
          m.indicators().stream()
              .map(i -> i.id())
              .filter(
                  i ->
                      x.contributions().stream().noneMatch(c -> c.indicator().equals(i))
                          && !x.uninformative().contains(i))
              .toList();
      if (!x.uninformative().isEmpty()) {
        out().println();
        out()
            .println(
                w.get(
                    "cli.explain.uninformative",
                    String.join(", ", x.uninformative().stream().map(w::indicator).toList())));
      }
      if (!missing.isEmpty())
        out()
            .println(
                w.get(
                    "cli.explain.missing",
                    String.join(", ", missing.stream().map(w::indicator).toList())));
    } else {
      t.print(output.format, out());
    }
    MethodOption.notice(s, out(), err(), output.format);
    return ExitCodes.OK;
  }

  /** How old the evidence behind a score is, in a sentence: on average, and by pillar. */
  static String age(org.entwine.method.Score x, Labels w) {
    if (x.evidenceAge() == null) return w.get("cli.explain.noAge");
    return w.get(
        "cli.explain.age",
        w.fixed(x.evidenceAge(), 1),
        java.util.Arrays.stream(Pillar.values())
            .filter(p -> x.pillars().get(p).age() != null)
            .map(
                p ->
                    w.get(
                        "cli.explain.pillarAge",
                        w.english()
                            ? p.name().toLowerCase(java.util.Locale.ROOT)
                            : w.word("pillar", p).toLowerCase(w.locale()),
                        w.fixed(x.pillars().get(p).age(), 1),
                        String.valueOf(x.pillars().get(p).dataYear())))
            .collect(java.util.stream.Collectors.joining(", ")));
  }

  /**
   * A raw value's note (the method's own English, naming series) in the language: in English as the
   * method writes it; in another the kinds of note the method writes, by their words.
   */
  static String note(String note, Labels w) {
    if (note == null || w.english()) return note;
    java.util.List<String> out = new java.util.ArrayList<>();
    for (String part : note.split("; ")) {
      java.util.regex.Matcher m;
      if (part.startsWith(org.entwine.method.RawValues.ABSENT)) out.add(w.get("cli.note.absent"));
      else if ((m = LATEST.matcher(part)).matches())
        out.add(w.get("cli.note.latest", m.group(1), m.group(2)));
      else if ((m = MEAN.matcher(part)).matches())
        out.add(w.get("cli.note.mean", m.group(1), m.group(2)));
      else if ((m = ALONE.matcher(part)).matches())
        out.add(w.get("cli.note.alone", m.group(1), m.group(2)));
      else if ((m = BRIDGED.matcher(part)).matches())
        out.add(w.get("cli.note.bridged", m.group(1)));
      else if ((m = ONLY.matcher(part)).matches()) out.add(w.get("cli.note.only", m.group(1)));
      else if ((m = MEMBERS.matcher(part)).matches())
        out.add(
            w.get(
                m.group(1).equals("sum") ? "cli.note.sum" : "cli.note.largest",
                m.group(2),
                m.group(3)));
      else out.add(w.get("cli.note.other"));
    }
    return String.join("; ", out);
  }

  private static final java.util.regex.Pattern LATEST =
      java.util.regex.Pattern.compile("the latest value within (\\d+) years: (\\d+)");
  private static final java.util.regex.Pattern MEAN =
      java.util.regex.Pattern.compile("the mean of (\\d+) years, (\\d+-\\d+)");
  private static final java.util.regex.Pattern ALONE =
      java.util.regex.Pattern.compile(
          "the value of (\\d+) alone \\(no other year within (\\d+) years\\)");
  private static final java.util.regex.Pattern BRIDGED =
      java.util.regex.Pattern.compile("(\\S+) x [\\d.]+, the pair's ratio .*");
  private static final java.util.regex.Pattern ONLY =
      java.util.regex.Pattern.compile("(\\S+) alone \\(.*");

  private static final java.util.regex.Pattern MEMBERS =
      java.util.regex.Pattern.compile(
          "the (sum|largest) of its (\\d+) members' values \\(the oldest from (\\d+)\\)");

  private static String fixed(Double value, Labels w) {
    return value == null ? "–" : w.fixed(value, 1);
  }
}
