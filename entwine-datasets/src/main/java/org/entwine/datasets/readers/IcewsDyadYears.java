package org.entwine.datasets.readers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entwine.actor.CodeSystem;
import org.entwine.source.Source;
import org.entwine.time.PartialDate;

/**
 * ICEWS directed dyad-year event counts by QuadClass ({@code i, j, i_iso3c, j_iso3c, year,
 * verbCoop, matlCoop, verbConf, matlConf}; i the source of the events, j their target), as the
 * netify package distributes them: a full matrix of its 152 countries, so a zero is a year without
 * events, not a gap. Besides the four counts, each side's share of its own cooperation events that
 * went to the other: raw counts grow with a country's size and press coverage, shares do not.
 */
final class IcewsDyadYears extends DatasetReader {
  // the series the degree of confidence from events reads
  static final String VERBAL_COOPERATION = org.entwine.trust.EventConfidence.WORDS;
  static final String MATERIAL_COOPERATION = org.entwine.trust.EventConfidence.DEEDS;
  static final String VERBAL_CONFLICT = org.entwine.trust.EventConfidence.VERBAL_CONFLICT;
  static final String MATERIAL_CONFLICT = org.entwine.trust.EventConfidence.MATERIAL_CONFLICT;
  static final String COOPERATION_SHARE = "icews.cooperation-share";
  private static final List<String> COLUMNS =
      List.of("i_iso3c", "j_iso3c", "year", "verbCoop", "matlCoop", "verbConf", "matlConf");

  IcewsDyadYears() {
    super(
        "icews-dyad-year",
        "ICEWS directed dyad-year QuadClass counts, 2002-2014 (netify's icews data as CSV)",
        "one CSV with i, j, i_iso3c, j_iso3c, year, verbCoop, matlCoop, verbConf, matlConf",
        new Definitions(
                new Source(
                    "icews-dyad-year-netify",
                    "Integrated Crisis Early Warning System (ICEWS) event data, directed dyad-year"
                        + " counts by QuadClass",
                    "Boschee, Elizabeth, Jennifer Lautenschlager, Sean O'Brien, Steve Shellman,"
                        + " James Starz and Michael Ward",
                    "Harvard Dataverse (aggregated by the netify R package, netify-dev/netify,"
                        + " data/icews.rda)",
                    null,
                    "https://dataverse.harvard.edu/dataverse/icews",
                    "ICEWS",
                    "netify d0dceb6 (2002-2014)",
                    "Counts of machine-coded news events between governments and other actors of"
                        + " two countries, by CAMEO QuadClass.",
                    false))
            .indicator(
                VERBAL_COOPERATION,
                "Verbal cooperation events",
                "events",
                true,
                false,
                "Events of QuadClass 1 (statements, consultations, meetings, intents to cooperate)"
                    + " from the actor to the partner that year.")
            .indicator(
                MATERIAL_COOPERATION,
                "Material cooperation events",
                "events",
                true,
                false,
                "Events of QuadClass 2 (agreements carried out, aid, material cooperation) from the"
                    + " actor to the partner that year.")
            .indicator(
                VERBAL_CONFLICT,
                "Verbal conflict events",
                "events",
                true,
                false,
                "Events of QuadClass 3 (demands, threats, protests, rejections) from the actor to"
                    + " the partner that year.")
            .indicator(
                MATERIAL_CONFLICT,
                "Material conflict events",
                "events",
                true,
                false,
                "Events of QuadClass 4 (sanctions, force, coercion) from the actor to the partner"
                    + " that year.")
            .indicator(
                COOPERATION_SHARE,
                "Partner's share of the actor's cooperation events",
                "percent",
                true,
                false,
                "The actor's cooperation events (QuadClass 1 and 2) toward the partner as a"
                    + " percentage of all its cooperation events toward the 151 other countries"
                    + " that year: how much of its dealings go to this partner."));
  }

  private record Row(String a, String b, int year, double[] counts) {}

  @Override
  void read(Reading reading, List<Path> files) {
    List<Row> rows = new ArrayList<>();
    Map<String, Double> cooperationOf = new HashMap<>();
    reading.rows(
        files.get(0),
        COLUMNS,
        row -> {
          Integer year = row.year("year");
          var a = reading.actor(CodeSystem.ISO3, row.text("i_iso3c"));
          var b = reading.actor(CodeSystem.ISO3, row.text("j_iso3c"));
          double[] counts = new double[4];
          for (int k = 0; k < 4; k++) {
            Double v = row.number(COLUMNS.get(3 + k));
            counts[k] = v == null ? Double.NaN : v;
          }
          if (year == null || a.isEmpty() || b.isEmpty()) return;
          if (a.get().equals(b.get())) {
            row.problem("j_iso3c", "the same country on both sides");
            return;
          }
          reading.see(year);
          rows.add(new Row(a.get(), b.get(), year, counts));
          double cooperation = counts[0] + counts[1];
          if (!Double.isNaN(cooperation))
            cooperationOf.merge(a.get() + "|" + year, cooperation, Double::sum);
        });
    String[] ids = {VERBAL_COOPERATION, MATERIAL_COOPERATION, VERBAL_CONFLICT, MATERIAL_CONFLICT};
    for (Row r : rows) {
      PartialDate period = reading.period(r.year());
      for (int k = 0; k < 4; k++) {
        if (Double.isNaN(r.counts()[k])) reading.missing();
        else reading.observe(ids[k], r.a(), r.b(), period, r.counts()[k]);
      }
      double cooperation = r.counts()[0] + r.counts()[1];
      Double total = cooperationOf.get(r.a() + "|" + r.year());
      // an actor without any cooperation event that year has no share to give
      if (!Double.isNaN(cooperation) && total != null && total > 0) {
        reading.observe(COOPERATION_SHARE, r.a(), r.b(), period, 100 * cooperation / total);
      }
    }
  }
}
