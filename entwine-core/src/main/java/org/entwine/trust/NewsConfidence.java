package org.entwine.trust;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.entwine.evidence.Observation;
import org.entwine.indicator.Medians;

/**
 * The degree of confidence judged from the news, where neither the commitment ledger nor coded
 * events can tell words from deeds: how much of the weight of the two's dealings in the news over
 * the window was friction (GDELT's daily pair scores, summed apart by sign), against the focal
 * actor's other partners over the same window, and whether a year of it was one of friction.
 *
 * <p>This is a weaker test than the papers' words against deeds: it says whether the partner's
 * conduct toward the focal actor was cooperative and steady, as the press recorded it, not whether
 * it did what it said. Its basis says so wherever the degree is shown. The pair scores are
 * undirected: the friction is the pair's, both ways.
 */
public final class NewsConfidence {
  /** The observation series read: the year's sums of the pair's positive and negative scores. */
  public static final String COOPERATION = "gdelt.cooperation";

  public static final String FRICTION = "gdelt.friction";

  private NewsConfidence() {}

  /** A year of friction: its year and the share of the pair's news weight that was friction. */
  public record FrictionYear(int year, double share) {}

  /**
   * The degree of each partner with news in the window.
   *
   * @param observations the focal actor's observations (others are ignored)
   * @param year the year scored: the window ends with the latest year of news not after it, and no
   *     older than the thresholds' lookback
   * @param binding what binds each partner, by partner
   */
  public static Map<String, EventConfidence.FromEvents> of(
      String focal,
      List<Observation> observations,
      int year,
      Map<String, List<String>> binding,
      TrustThresholds.NewsThresholds t) {
    int last = Integer.MIN_VALUE;
    for (Observation o : observations) {
      int y = o.period().earliest().getYear();
      if (isNews(o) && y <= year && involves(o, focal)) last = Math.max(last, y);
    }
    Map<String, EventConfidence.FromEvents> out = new TreeMap<>();
    if (last == Integer.MIN_VALUE || last < year - t.lookback()) return out;
    int first = last - t.years() + 1;
    // partner -> year -> {cooperation, friction}
    Map<String, Map<Integer, double[]>> sums = new HashMap<>();
    for (Observation o : observations) {
      int y = o.period().earliest().getYear();
      if (!isNews(o) || y < first || y > last || !involves(o, focal)) continue;
      String partner = o.actor().equals(focal) ? o.partner() : o.actor();
      double[] s =
          sums.computeIfAbsent(partner, p -> new TreeMap<>())
              .computeIfAbsent(y, k -> new double[2]);
      s[o.indicator().equals(COOPERATION) ? 0 : 1] += o.value();
    }
    Map<String, double[]> window = new TreeMap<>();
    sums.forEach(
        (p, byYear) -> {
          double[] w = new double[2];
          byYear
              .values()
              .forEach(
                  s -> {
                    w[0] += s[0];
                    w[1] += s[1];
                  });
          window.put(p, w);
        });
    List<Double> shares = new ArrayList<>();
    window
        .values()
        .forEach(
            w -> {
              if (w[0] + w[1] >= t.minimumWeight()) shares.add(w[1] / (w[0] + w[1]));
            });
    double median = Medians.of(shares);
    String basis =
        "the news (GDELT pair scores "
            + first
            + "-"
            + last
            + ": friction against cooperation, both ways, beside "
            + focal
            + "'s other partners)";
    Reason basisWhy = Reason.of("why.basis.news", first, last, focal);
    int from = first;
    int to = last;
    window.forEach(
        (p, w) -> {
          List<FrictionYear> years = new ArrayList<>();
          if (median > 0)
            sums.get(p)
                .forEach(
                    (y, s) -> {
                      double share = s[0] + s[1] == 0 ? 0 : s[1] / (s[0] + s[1]);
                      if (s[0] + s[1] > 0 && share >= t.frictionYear() * median)
                        years.add(new FrictionYear(y, share));
                    });
          out.put(
              p,
              judge(
                  p,
                  w[0],
                  w[1],
                  median,
                  years,
                  binding.getOrDefault(p, List.of()),
                  basis,
                  basisWhy,
                  from,
                  to,
                  t));
        });
    return out;
  }

  static EventConfidence.FromEvents judge(
      String partner,
      double cooperation,
      double friction,
      double median,
      List<FrictionYear> frictionYears,
      List<String> binding,
      String basis,
      Reason basisWhy,
      int from,
      int to,
      TrustThresholds.NewsThresholds t) {
    double weight = cooperation + friction;
    long rounded = Math.round(weight);
    if (weight < t.minimumWeight() || !(median > 0)) {
      return new EventConfidence.FromEvents(
          partner,
          Degree.INSUFFICIENT_EVIDENCE,
          rounded,
          null,
          null,
          null,
          binding,
          basis,
          String.format(
              java.util.Locale.ROOT,
              "the pair's news in %d-%d weighs %d (its daily scores summed, both signs); at least"
                  + " %.0f are needed to judge",
              from,
              to,
              rounded,
              t.minimumWeight()),
          "news",
          from,
          to,
          Reason.of("why.news.few", from, to, rounded, t.minimumWeight()),
          basisWhy);
    }
    double share = friction / weight;
    double relative = share / median;
    boolean bound = !binding.isEmpty();
    String figures =
        String.format(
                java.util.Locale.ROOT,
                "friction %.0f%% of the pair's news weight in %d-%d, %.2f times the median"
                    + " partner's (%.0f%%)",
                100 * share,
                from,
                to,
                relative,
                100 * median)
            + (frictionYears.isEmpty()
                ? ""
                : "; a year of friction: "
                    + String.join(
                        ", ",
                        frictionYears.stream()
                            .map(
                                y ->
                                    String.format(
                                        java.util.Locale.ROOT,
                                        "%d (%.0f%%)",
                                        y.year(),
                                        100 * y.share()))
                            .toList()));
    // the years of friction in the same words in either language: a year and a percentage
    String yearsText =
        String.join(
            ", ",
            frictionYears.stream()
                .map(
                    y ->
                        String.format(
                            java.util.Locale.ROOT, "%d (%.0f%%)", y.year(), 100 * y.share()))
                .toList());
    Reason figuresWhy =
        frictionYears.isEmpty()
            ? Reason.of("why.news.figures", share, from, to, relative, median)
            : Reason.of("why.news.figuresYears", share, from, to, relative, median, yearsText);
    Degree degree;
    String why;
    String key;
    if (share > 0.5 && !bound) {
      degree = Degree.DEEP_SUSPICION;
      why = "friction outweighed cooperation, and nothing binds the partner";
      key = "why.news.outweighed";
    } else if (relative > t.tense() || share > 0.5) {
      degree = Degree.SUSPICION;
      why =
          "more friction than most of the partners"
              + (bound ? ", though a treaty binds the partner" : "");
      key = bound ? "why.news.tenseThoughBound" : "why.news.tense";
    } else if (relative <= t.steady() && frictionYears.isEmpty() && bound) {
      degree = Degree.HIGH_CONFIDENCE;
      why = "steady cooperation, no more friction than the median partner, and a treaty binds";
      key = "why.news.steady";
    } else {
      degree = Degree.LESS_CONFIDENCE;
      why =
          relative > t.steady()
              ? "cooperation with some friction"
              : !frictionYears.isEmpty()
                  ? "steady cooperation but for a year of friction"
                  : "steady cooperation, but nothing binds the partner";
      key =
          relative > t.steady()
              ? "why.news.someFriction"
              : !frictionYears.isEmpty() ? "why.news.aYear" : "why.news.unbound";
    }
    return new EventConfidence.FromEvents(
        partner,
        degree,
        rounded,
        cooperation / weight,
        relative,
        share,
        binding,
        basis,
        why + " (" + figures + ")",
        "news",
        from,
        to,
        Reason.of(key, figuresWhy),
        basisWhy);
  }

  private static boolean isNews(Observation o) {
    return o.indicator().equals(COOPERATION) || o.indicator().equals(FRICTION);
  }

  private static boolean involves(Observation o, String focal) {
    return o.actor().equals(focal) || o.partner().equals(focal);
  }
}
