package org.entwine.trust;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.entwine.evidence.Observation;
import org.hipparchus.stat.descriptive.rank.Median;

/**
 * The degree of confidence judged from event data, where the commitment ledger is too thin: does the
 * partner's conduct toward the focal actor carry deeds (material cooperation: agreements carried out,
 * aid, exchanges) in proportion to its words (verbal cooperation: statements, consultations, intents),
 * and how much of it is material conflict? Deeds-to-words is judged against the median partner, since
 * the press reports words more readily than deeds everywhere.
 *
 * <p>The counts are the partner's events toward the focal actor by QuadClass, per year, as {@code
 * entwine load icews-dyad-year} stores them; the window is the method's number of years ending with
 * the latest year of data not older than the method's lookback.
 */
public final class EventConfidence {
  /** The observation series read, one per QuadClass, directed from the partner to the focal actor. */
  public static final String WORDS = "icews.verbal-cooperation";
  public static final String DEEDS = "icews.material-cooperation";
  public static final String VERBAL_CONFLICT = "icews.verbal-conflict";
  public static final String MATERIAL_CONFLICT = "icews.material-conflict";

  private EventConfidence() {}

  /**
   * One partner's degree from events.
   *
   * @param events the partner's events toward the focal actor in the window, all four classes
   * @param deedsShare material cooperation as a share of its cooperation (verbal and material)
   * @param relative deedsShare against the median partner's (1: as the median)
   * @param conflictShare material conflict as a share of all its events
   * @param binding what binds the partner (a treaty in force), empty when nothing does
   * @param basis where the figures come from, with the window ("ICEWS dyad-years 2010-2014")
   */
  public record Assessment(String partner, Degree degree, long events, Double deedsShare, Double relative, Double conflictShare,
      List<String> binding, String basis, String reason) {}

  /** A partner's counts in the window. */
  private record Counts(double words, double deeds, double verbalConflict, double materialConflict) {
    double cooperation() {
      return words + deeds;
    }

    double all() {
      return words + deeds + verbalConflict + materialConflict;
    }
  }

  /**
   * @param observations the focal actor's observations (others are ignored)
   * @param binding what binds each partner, by partner
   * @param lookback the oldest year of data that may speak for {@code year} is year - lookback
   */
  public static Map<String, Assessment> of(String focal, List<Observation> observations, int year, int lookback,
      Map<String, List<String>> binding, TrustThresholds.EventThresholds t) {
    int last = Integer.MIN_VALUE;
    for (Observation o : observations) {
      int y = o.period().earliest().getYear();
      if (o.partner().equals(focal) && isCount(o.indicator()) && y <= year) last = Math.max(last, y);
    }
    Map<String, Assessment> out = new TreeMap<>();
    if (last < year - lookback) return out;
    int first = last - t.years() + 1;
    Map<String, double[]> sums = new HashMap<>();
    for (Observation o : observations) {
      int y = o.period().earliest().getYear();
      if (!o.partner().equals(focal) || y < first || y > last || !isCount(o.indicator())) continue;
      double[] c = sums.computeIfAbsent(o.actor(), p -> new double[4]);
      c[index(o.indicator())] += o.value();
    }
    Map<String, Counts> counts = new TreeMap<>();
    sums.forEach((p, c) -> counts.put(p, new Counts(c[0], c[1], c[2], c[3])));
    List<Double> shares = new ArrayList<>();
    counts.values().forEach(c -> { if (c.cooperation() >= t.minimumEvents()) shares.add(c.deeds() / c.cooperation()); });
    double median = shares.isEmpty() ? Double.NaN : new Median().evaluate(shares.stream().mapToDouble(Double::doubleValue).toArray());
    String basis = "event data (ICEWS dyad-years " + first + "-" + last + ")";
    counts.forEach((partner, c) -> out.put(partner, judge(partner, c, median, binding.getOrDefault(partner, List.of()), basis, t)));
    return out;
  }

  static Assessment judge(String partner, Counts c, double median, List<String> binding, String basis,
      TrustThresholds.EventThresholds t) {
    long events = Math.round(c.all());
    if (c.cooperation() < t.minimumEvents() || !(median > 0)) {
      return new Assessment(partner, Degree.INSUFFICIENT_EVIDENCE, events, null, null, null, binding, basis,
          Math.round(c.cooperation()) + " cooperation events from the partner in the window; at least " + t.minimumEvents()
              + " are needed to judge");
    }
    double deeds = c.deeds() / c.cooperation();
    double relative = deeds / median;
    double conflict = c.all() == 0 ? 0 : c.materialConflict() / c.all();
    boolean bound = !binding.isEmpty();
    String figures = String.format(java.util.Locale.ROOT, "deeds %.0f%% of its cooperation, %.2f times the median partner's;"
        + " material conflict %.1f%% of its events", 100 * deeds, relative, 100 * conflict);
    Degree degree;
    String why;
    if (relative >= t.consistent() && conflict < t.calm() && bound) {
      degree = Degree.HIGH_CONFIDENCE;
      why = "deeds kept pace with words, without conflict, and a treaty binds the partner";
    } else if (relative >= t.consistent() && conflict < t.hostile()) {
      degree = Degree.LESS_CONFIDENCE;
      why = conflict < t.calm() ? "deeds kept pace with words, but nothing binds the partner"
          : "deeds kept pace with words, with some conflict";
    } else if (relative < t.inconsistent() && conflict >= t.hostile() && !bound) {
      degree = Degree.DEEP_SUSPICION;
      why = "words outran deeds, with much conflict, and nothing binds the partner";
    } else if (relative < t.inconsistent() || conflict >= t.hostile()) {
      degree = Degree.SUSPICION;
      why = (relative < t.inconsistent() ? "words outran deeds" : "much conflict") + (bound ? ", though a treaty exists" : "");
    } else {
      degree = Degree.LESS_CONFIDENCE;
      why = "deeds somewhat behind words";
    }
    return new Assessment(partner, degree, events, deeds, relative, conflict, binding, basis, why + " (" + figures + ")");
  }

  private static boolean isCount(String indicator) {
    return index(indicator) >= 0;
  }

  private static int index(String indicator) {
    return switch (indicator) {
      case WORDS -> 0;
      case DEEDS -> 1;
      case VERBAL_CONFLICT -> 2;
      case MATERIAL_CONFLICT -> 3;
      default -> -1;
    };
  }
}
