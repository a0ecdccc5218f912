package org.entwine.datasets.readers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entwine.actor.CodeSystem;
import org.entwine.actor.UnorderedPair;
import org.entwine.source.Source;
import org.entwine.time.PartialDate;

/**
 * GDELT 2.0 daily pair scores summed by year ({@code iso3_1, iso3_2, year, n_days_in_year_file,
 * score_sum, score_pos_daily_sum, score_neg_daily_sum}), as gzemo/gdelt-graph-data builds them: per
 * day and undirected pair, the Goldstein weights of the day's events plus small terms for sources,
 * articles and tone. Read into the mean daily score (so that a year of 54 days compares with a
 * whole one) and each side's share of its positive days' sum that went to the other.
 */
final class GdeltGraph extends DatasetReader {
  static final String SCORE_PER_DAY = "gdelt.score-per-day";
  static final String POSITIVE_SHARE = "gdelt.cooperation-share";
  static final String COOPERATION = "gdelt.cooperation";
  static final String FRICTION = "gdelt.friction";

  GdeltGraph() {
    super(
        "gdelt-graph",
        "GDELT 2.0 daily pair scores summed by year, 2018-2024 (gzemo/gdelt-graph-data)",
        "one CSV with iso3_1, iso3_2, year, n_days_in_year_file, score_sum, score_pos_daily_sum,"
            + " score_neg_daily_sum",
        new Definitions(
                new Source(
                    "gdelt-graph-gzemo",
                    "GDELT 2.0 country-pair daily event networks, summed by year",
                    "The GDELT Project (network by gzemo/gdelt-graph-data)",
                    "GDELT Project",
                    null,
                    "https://www.gdeltproject.org/",
                    "GDELT graph",
                    "gzemo 8b71911 (2018-01-01 to 2024-02-23)",
                    "Daily composite per undirected pair: Goldstein scale plus 0.025 x sources,"
                        + " 0.01 x articles, 0.01 x tone per event (the repository's builder.py);"
                        + " 2024 covers 54 days.",
                    false))
            .indicator(
                SCORE_PER_DAY,
                "Mean daily GDELT pair score",
                "score per day",
                false,
                false,
                "The year's sum of daily pair scores divided by the days the files cover: positive"
                    + " when cooperation dominates.")
            .indicator(
                POSITIVE_SHARE,
                "Partner's share of the actor's cooperative days",
                "percent",
                true,
                false,
                "The sum of the pair's positive daily scores as a percentage of the same sum over"
                    + " all the actor's partners that year: how much of the actor's cooperative"
                    + " dealings in the news go to this partner.")
            .indicator(
                COOPERATION,
                "Cooperation in the pair's news",
                "sum of daily scores",
                false,
                false,
                "The year's sum of the pair's positive daily scores: the weight of its cooperative"
                    + " days in the news (beside friction, the degree of confidence from the"
                    + " news).")
            .indicator(
                FRICTION,
                "Friction in the pair's news",
                "sum of daily scores",
                false,
                false,
                "The year's sum of the pair's negative daily scores, as a positive number: the"
                    + " weight of its days of friction in the news."));
  }

  private record Row(
      String a, String b, int year, double days, double sum, double positive, double negative) {}

  @Override
  void read(Reading reading, List<Path> files) {
    List<Row> rows = new ArrayList<>();
    Map<String, Double> positiveOf = new HashMap<>();
    List<String> columns =
        List.of(
            "iso3_1",
            "iso3_2",
            "year",
            "n_days_in_year_file",
            "score_sum",
            "score_pos_daily_sum",
            "score_neg_daily_sum");
    reading.rows(
        files.get(0),
        columns,
        row -> {
          Integer year = row.year("year");
          Double days = row.number("n_days_in_year_file");
          Double sum = row.signed("score_sum");
          Double positive = row.number("score_pos_daily_sum");
          Double negative = row.signed("score_neg_daily_sum");
          var a = reading.actor(CodeSystem.ISO3, row.text("iso3_1"));
          var b = reading.actor(CodeSystem.ISO3, row.text("iso3_2"));
          if (year == null || a.isEmpty() || b.isEmpty() || a.get().equals(b.get())) return;
          if (negative != null && negative > 0)
            row.problem("score_neg_daily_sum", "a sum of negative scores cannot be above 0");
          if (days == null || days <= 0 || sum == null || positive == null || negative == null) {
            reading.missing();
            return;
          }
          reading.see(year);
          rows.add(new Row(a.get(), b.get(), year, days, sum, positive, -negative));
          positiveOf.merge(a.get() + "|" + year, positive, Double::sum);
          positiveOf.merge(b.get() + "|" + year, positive, Double::sum);
        });
    for (Row r : rows) {
      PartialDate period = reading.period(r.year());
      UnorderedPair pair = UnorderedPair.of(r.a(), r.b());
      reading.observe(SCORE_PER_DAY, pair.first(), pair.second(), period, r.sum() / r.days());
      reading.observe(COOPERATION, pair.first(), pair.second(), period, r.positive());
      reading.observe(FRICTION, pair.first(), pair.second(), period, r.negative());
      share(reading, positiveOf, r.a(), r.b(), r, period);
      share(reading, positiveOf, r.b(), r.a(), r, period);
    }
  }

  private static void share(
      Reading reading,
      Map<String, Double> positiveOf,
      String actor,
      String partner,
      Row r,
      PartialDate period) {
    Double total = positiveOf.get(actor + "|" + r.year());
    if (total != null && total > 0)
      reading.observe(POSITIVE_SHARE, actor, partner, period, 100 * r.positive() / total);
  }
}
