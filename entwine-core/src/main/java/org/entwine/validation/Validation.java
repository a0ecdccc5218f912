package org.entwine.validation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entwine.framework.Level;
import org.entwine.method.Contribution;
import org.entwine.method.Pillar;
import org.entwine.method.Score;
import org.entwine.method.Sensitivity;
import org.hipparchus.stat.correlation.SpearmansCorrelation;
import org.hipparchus.stat.descriptive.DescriptiveStatistics;
import org.hipparchus.stat.ranking.NaturalRanking;
import org.hipparchus.stat.ranking.TiesStrategy;

/**
 * How well the depth agrees with what is known of the relations: the frameworks the parties chose.
 * The label is never an input to the depth, so it is a fair, if rough, yardstick: a method whose
 * depth does not separate a country's strategic partners from its other partners measures something
 * else.
 *
 * @param scored ranked partners (coverage above the method's floor) with a depth
 * @param thin partners left unranked for thin evidence
 * @param strategic of the scored, those at strategic level or higher (STRATEGIC,
 *     COMPREHENSIVE_STRATEGIC, SPECIAL)
 * @param auc the probability that a strategic-or-higher partner's depth exceeds another scored
 *     partner's (ties count half); null without both groups
 * @param spearman the rank correlation of the level (NONE 0 … SPECIAL 6) with the depth
 * @param byLevel the depth's spread at each level held that year
 * @param pillars the same two figures for each pillar's score (over the partners with a value)
 * @param indicators the same for each indicator's normalized score, most separating first
 * @param meanCoverage the scored partners' mean coverage
 * @param meanRankSpread the mean width of the rank intervals (95th less 5th percentile) over the
 *     sensitivity runs; null without them
 * @param medianEvidenceAge the median of the ranked partners' evidence ages, in years
 * @param questions the same and harder questions, each answered by the depth and, beside it, by
 *     trade volume alone and the partner's size alone over the same partners
 */
public record Validation(
    String focal,
    int year,
    int scored,
    int thin,
    int strategic,
    Double auc,
    Double spearman,
    List<LevelDepth> byLevel,
    List<Measure> pillars,
    List<Measure> indicators,
    double meanCoverage,
    Double meanRankSpread,
    Double medianEvidenceAge,
    List<Question> questions) {

  /**
   * One question the depth is asked, and what trade volume alone and the partner's size alone
   * answer over the same partners (those with all three): the AUC of each for telling the {@code
   * positives} from the rest.
   *
   * @param name what is asked: {@link #ALL}, {@link #TOP_TRADERS}, {@link #COMPREHENSIVE}, {@link
   *     #FORWARD}
   * @param n partners asked about
   */
  public record Question(
      String name, int n, int positives, Double depth, Double trade, Double size) {
    /** Strategic or higher against every other ranked partner. */
    public static final String ALL = "strategic or higher, all partners";

    /** The same among the focal actor's largest trading partners. */
    public static final String TOP_TRADERS = "strategic or higher, top traders";

    /** Comprehensive strategic against strategic. */
    public static final String COMPREHENSIVE = "comprehensive strategic against strategic";

    /** Depth in the year against the upgrades of the years after it. */
    public static final String FORWARD = "upgraded in the years after";
  }

  /**
   * What the harder questions need beyond the scores: the baselines' values and the levels later.
   *
   * @param trade trade volume with each partner (the baseline)
   * @param size each partner's total trade (the baseline with no tie to the focal actor)
   * @param levelsLater each partner's level at the end of the forward check's horizon; null where
   *     the horizon has not passed
   */
  public record Yardsticks(
      Map<String, Double> trade,
      Map<String, Double> size,
      int topTraders,
      int horizon,
      Map<String, Level> levelsLater) {}

  /** The depth at one level. */
  public record LevelDepth(Level level, int n, double mean, double sd, double min, double max) {}

  /**
   * How well one measure separates: over {@code n} partners with a value, {@code strategic} of them
   * strategic or higher.
   */
  public record Measure(String name, int n, int strategic, Double auc, Double spearman) {}

  /**
   * Strategic or higher: the levels the papers call strategic partnerships, and the special
   * relationships above them.
   */
  public static boolean isStrategic(Level l) {
    return l == Level.STRATEGIC || l == Level.COMPREHENSIVE_STRATEGIC || l == Level.SPECIAL;
  }

  /**
   * The level's place on the ladder for correlation: an alliance, off the ladder, counts as no
   * partnership.
   */
  static int ordinal(Level l) {
    return Math.max(0, l.rank());
  }

  /**
   * @param scores a year's scores (thin ones are counted, not judged)
   * @param levels each partner's level at the end of the year (absent: none)
   * @param intervals the rank intervals of the sensitivity runs, by partner (may be empty)
   */
  public static Validation of(
      String focal,
      int year,
      List<Score> scores,
      Map<String, Level> levels,
      Map<String, Sensitivity.Interval> intervals) {
    return of(focal, year, scores, levels, intervals, null);
  }

  /** The same, with the harder questions where {@code yardsticks} are given. */
  public static Validation of(
      String focal,
      int year,
      List<Score> scores,
      Map<String, Level> levels,
      Map<String, Sensitivity.Interval> intervals,
      Yardsticks yardsticks) {
    List<Score> ranked = scores.stream().filter(s -> !s.thin() && s.depth() != null).toList();
    Map<String, Level> level = new LinkedHashMap<>();
    ranked.forEach(s -> level.put(s.partner(), levels.getOrDefault(s.partner(), Level.NONE)));
    Measure depth = measure("depth", ranked, level, Score::depth);
    Map<Level, DescriptiveStatistics> stats = new EnumMap<>(Level.class);
    for (Score s : ranked)
      stats
          .computeIfAbsent(level.get(s.partner()), k -> new DescriptiveStatistics())
          .addValue(s.depth());
    List<LevelDepth> byLevel = new ArrayList<>();
    stats.forEach(
        (l, d) ->
            byLevel.add(
                new LevelDepth(
                    l,
                    (int) d.getN(),
                    d.getMean(),
                    d.getN() > 1 ? d.getStandardDeviation() : 0,
                    d.getMin(),
                    d.getMax())));
    byLevel.sort((a, b) -> Integer.compare(b.level().rank(), a.level().rank()));
    List<Measure> pillars = new ArrayList<>();
    for (Pillar p : Pillar.values())
      pillars.add(measure(p.name(), ranked, level, s -> s.pillars().get(p).score()));
    List<String> ids = new ArrayList<>();
    ranked.forEach(
        s ->
            s.contributions()
                .forEach(
                    c -> {
                      if (!ids.contains(c.indicator())) ids.add(c.indicator());
                    }));
    List<Measure> indicators = new ArrayList<>();
    for (String id : ids) {
      indicators.add(
          measure(
              id,
              ranked,
              level,
              s ->
                  s.contributions().stream()
                      .filter(c -> c.indicator().equals(id))
                      .map(Contribution::normalized)
                      .findFirst()
                      .orElse(null)));
    }
    indicators.sort(
        (a, b) -> Double.compare(b.auc() == null ? -1 : b.auc(), a.auc() == null ? -1 : a.auc()));
    double coverage = ranked.stream().mapToDouble(Score::coverage).average().orElse(0);
    Double spread =
        intervals.isEmpty()
            ? null
            : ranked.stream()
                .map(s -> intervals.get(s.partner()))
                .filter(i -> i != null)
                .mapToDouble(i -> i.rankHigh() - i.rankLow())
                .average()
                .stream()
                .boxed()
                .findFirst()
                .orElse(null);
    int thin = (int) scores.stream().filter(Score::thin).count();
    List<Question> questions =
        yardsticks == null ? List.of() : questions(ranked, level, yardsticks);
    return new Validation(
        focal,
        year,
        ranked.size(),
        thin,
        depth.strategic(),
        depth.auc(),
        depth.spearman(),
        byLevel,
        pillars,
        indicators,
        coverage,
        spread,
        org.entwine.method.Vintage.of(ranked, year).medianAge(),
        questions);
  }

  /**
   * Each question over the ranked partners that have a depth, a trade volume and a size, so that
   * the three answer over the same partners.
   */
  static List<Question> questions(List<Score> ranked, Map<String, Level> level, Yardsticks y) {
    List<Score> with =
        ranked.stream()
            .filter(s -> y.trade().get(s.partner()) != null && y.size().get(s.partner()) != null)
            .toList();
    List<Question> out = new ArrayList<>();
    out.add(question(Question.ALL, with, y, s -> isStrategic(level.get(s.partner()))));
    List<Score> top =
        with.stream()
            .sorted(
                java.util.Comparator.comparing((Score s) -> y.trade().get(s.partner())).reversed())
            .limit(y.topTraders())
            .toList();
    out.add(
        question(
            Question.TOP_TRADERS + " (" + y.topTraders() + ")",
            top,
            y,
            s -> isStrategic(level.get(s.partner()))));
    List<Score> upper =
        with.stream()
            .filter(
                s ->
                    level.get(s.partner()) == Level.COMPREHENSIVE_STRATEGIC
                        || level.get(s.partner()) == Level.STRATEGIC)
            .toList();
    out.add(
        question(
            Question.COMPREHENSIVE,
            upper,
            y,
            s -> level.get(s.partner()) == Level.COMPREHENSIVE_STRATEGIC));
    if (y.levelsLater() != null) {
      // those with room on the ordinary ladder: below comprehensive strategic (special stands
      // apart)
      List<Score> below =
          with.stream()
              .filter(s -> level.get(s.partner()).rank() < Level.COMPREHENSIVE_STRATEGIC.rank())
              .toList();
      out.add(
          question(
              Question.FORWARD + " (" + y.horizon() + ")",
              below,
              y,
              s ->
                  y.levelsLater().getOrDefault(s.partner(), Level.NONE).rank()
                      > level.get(s.partner()).rank()));
    }
    return out;
  }

  private static Question question(
      String name,
      List<Score> partners,
      Yardsticks y,
      java.util.function.Predicate<Score> positive) {
    List<Boolean> pos = partners.stream().map(positive::test).toList();
    int n1 = (int) pos.stream().filter(b -> b).count();
    return new Question(
        name,
        partners.size(),
        n1,
        aucOf(partners.stream().map(Score::depth).toList(), pos),
        aucOf(partners.stream().map(s -> y.trade().get(s.partner())).toList(), pos),
        aucOf(partners.stream().map(s -> y.size().get(s.partner())).toList(), pos));
  }

  private static Measure measure(
      String name,
      List<Score> ranked,
      Map<String, Level> level,
      java.util.function.Function<Score, Double> value) {
    List<Double> x = new ArrayList<>();
    List<Level> l = new ArrayList<>();
    for (Score s : ranked) {
      Double v = value.apply(s);
      if (v == null) continue;
      x.add(v);
      l.add(level.get(s.partner()));
    }
    int strategic = (int) l.stream().filter(Validation::isStrategic).count();
    return new Measure(name, x.size(), strategic, auc(x, l), spearman(x, l));
  }

  /**
   * The area under the ROC curve of the values for telling strategic-or-higher partners from the
   * rest, as the Mann-Whitney statistic over both groups' ranks (ties at their mean rank): U / (n1
   * n2).
   */
  static Double auc(List<Double> values, List<Level> levels) {
    return aucOf(values, levels.stream().map(Validation::isStrategic).toList());
  }

  /** The same for any two groups: the positives against the rest. */
  static Double aucOf(List<Double> values, List<Boolean> positive) {
    int n1 = (int) positive.stream().filter(b -> b).count();
    int n2 = values.size() - n1;
    if (n1 == 0 || n2 == 0) return null;
    double[] ranks =
        new NaturalRanking(TiesStrategy.AVERAGE)
            .rank(values.stream().mapToDouble(Double::doubleValue).toArray());
    double r1 = 0;
    for (int i = 0; i < ranks.length; i++) if (positive.get(i)) r1 += ranks[i];
    return (r1 - n1 * (n1 + 1) / 2.0) / ((double) n1 * n2);
  }

  static Double spearman(List<Double> values, List<Level> levels) {
    if (values.size() < 3) return null;
    double[] x = values.stream().mapToDouble(Double::doubleValue).toArray();
    double[] y = levels.stream().mapToDouble(Validation::ordinal).toArray();
    if (java.util.Arrays.stream(y).distinct().count() < 2
        || java.util.Arrays.stream(x).distinct().count() < 2) return null;
    return new SpearmansCorrelation().correlation(x, y);
  }
}
