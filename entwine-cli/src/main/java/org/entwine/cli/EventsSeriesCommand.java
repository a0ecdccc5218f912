package org.entwine.cli;

import java.util.ArrayList;
import java.util.List;
import org.entwine.app.EventSeries;
import org.entwine.app.NotFoundException;
import org.entwine.events.CameoFamily;
import org.entwine.events.RelationPoint;
import org.entwine.events.RelationScore;
import org.entwine.input.UserInputException;
import org.entwine.registry.Registry;
import org.entwine.storage.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "series",
    mixinStandardHelpOptions = true,
    description = {
      "The monthly relation between two actors from the loaded events: events each way, by"
          + " QuadClass, the mean Goldstein score and tone, the pair's share of each side's events"
          + " that month, the relation score (-9 hostile to +9 friendly, carried over with decay;"
          + " docs/method.md gives the formula), and the CAMEO families of dealings between"
          + " governments, both ways: intent (03), consult (04), visit made (042), host a visit"
          + " (043), sign an agreement (057), cooperate materially (06), aid (07); blank where a"
          + " load did not count them.",
      "With --by year, the same added up by year."
    })
final class EventsSeriesCommand extends DatabaseCommand {
  @Parameters(index = "0", paramLabel = "ACTOR")
  String actor;

  @Parameters(index = "1", paramLabel = "PARTNER")
  String partner;

  @Option(
      names = "--from",
      paramLabel = "YYYY-MM",
      description = "First month (default: the first with events).")
  String from;

  @Option(
      names = "--to",
      paramLabel = "YYYY-MM",
      description = "Last month (default: the last with events).")
  String to;

  @Option(
      names = "--dataset",
      paramLabel = "NAME",
      description = "gdelt or icews (default: gdelt if loaded, else icews).")
  String dataset;

  @Option(
      names = "--half-life",
      paramLabel = "MONTHS",
      description = "How fast an event's effect on the score fades (default: 3).")
  double halfLife = RelationScore.DEFAULT_HALF_LIFE;

  @Option(names = "--by", paramLabel = "PERIOD", description = "month (default) or year.")
  String by = "month";

  @picocli.CommandLine.Mixin FormatOption output;

  @Override
  int run(Store store) {
    Registry registry = store.load();
    String a = actor(registry, actor);
    String b = actor(registry, partner);
    EventSeries.Series series =
        EventSeries.of(
            store,
            a,
            b,
            dataset,
            from == null ? null : EventSeries.month(from, "--from"),
            to == null ? null : EventSeries.month(to, "--to"),
            halfLife);
    if (series.points().isEmpty()) {
      if (store.eventDatasets().isEmpty())
        throw new NotFoundException(
            "no events are loaded: load some with 'entwine events load FILE...'");
      throw new NotFoundException(
          "no "
              + (series.dataset() == null ? "" : series.dataset() + " ")
              + "events between "
              + a
              + " and "
              + b
              + (from == null && to == null ? "" : " in the months asked"));
    }
    if (!by.equals("month") && !by.equals("year"))
      throw new UserInputException("--by expects month or year, got '" + by + "'");
    Table t;
    if (by.equals("year")) {
      t =
          new Table(
              withFamilies(
                  "year",
                  "events",
                  "from" + a,
                  "from" + b,
                  "verbalCooperation",
                  "materialCooperation",
                  "verbalConflict",
                  "materialConflict",
                  "goldsteinMean",
                  "score",
                  "monthsNotLoadedWhole"));
      for (EventSeries.Year y : EventSeries.yearly(series)) {
        long notWhole = series.gaps().keySet().stream().filter(m -> m.year() == y.year()).count();
        t.row(
            withFamilies(
                y.families(),
                y.year(),
                y.events(),
                y.fromActor(),
                y.toActor(),
                y.quad()[0],
                y.quad()[1],
                y.quad()[2],
                y.quad()[3],
                round(y.goldsteinMean(), 2),
                round(y.score(), 2),
                notWhole == 0 ? null : notWhole));
      }
    } else {
      t =
          new Table(
              withFamilies(
                  "month",
                  "events",
                  "from" + a,
                  "from" + b,
                  "verbalCooperation",
                  "materialCooperation",
                  "verbalConflict",
                  "materialConflict",
                  "goldsteinMean",
                  "toneMean",
                  "share" + a,
                  "share" + b,
                  "score",
                  "files"));
      for (RelationPoint p : series.points()) {
        // a month whose files are not all loaded is missing: its counts would read as fewer events
        if (!series.whole(p.month())) {
          Object[] missing = new Object[14 + CameoFamily.values().length];
          missing[0] = p.month().toString();
          missing[13] = series.gaps().get(p.month());
          t.row(missing);
          continue;
        }
        t.row(
            withFamilies(
                p.families(),
                p.month().toString(),
                p.events(),
                p.fromActor(),
                p.toActor(),
                p.quad()[0],
                p.quad()[1],
                p.quad()[2],
                p.quad()[3],
                round(p.goldsteinMean(), 2),
                round(p.toneMean(), 2),
                round(p.actorShare(), 4),
                round(p.partnerShare(), 4),
                round(p.score(), 2),
                null));
      }
    }
    if (output.format == Format.TABLE) {
      var first = series.points().get(0).month();
      var last = series.points().get(series.points().size() - 1).month();
      out()
          .printf(
              "%s and %s, %s events, %s to %s (score half-life %.1f months)%n",
              a, b, series.dataset(), first, last, halfLife);
    }
    t.print(output.format, out());
    return ExitCodes.OK;
  }

  /** The columns with one per CAMEO family after them. */
  private static String[] withFamilies(String... columns) {
    List<String> out = new ArrayList<>(List.of(columns));
    for (CameoFamily f : CameoFamily.values()) out.add(f.label());
    return out.toArray(String[]::new);
  }

  /** The values with the family counts after them (empty where they were not counted). */
  private static Object[] withFamilies(long[] families, Object... values) {
    List<Object> out = new ArrayList<>(java.util.Arrays.asList(values));
    for (CameoFamily f : CameoFamily.values())
      out.add(families == null ? null : families[f.ordinal()]);
    return out.toArray();
  }

  private static Double round(double v, int digits) {
    if (Double.isNaN(v)) return null;
    double f = Math.pow(10, digits);
    return Math.round(v * f) / f;
  }
}
