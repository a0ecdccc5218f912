package org.entwine.trust;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.entwine.events.CameoFamily;
import org.entwine.events.RelationMonth;
import org.entwine.evidence.Observation;
import org.entwine.indicator.Medians;
import org.entwine.time.Month;

/**
 * The degree of confidence judged from event data, where the commitment ledger is too thin: does
 * the partner's conduct toward the focal actor carry deeds (material cooperation: agreements
 * carried out, aid, exchanges) in proportion to its words (verbal cooperation: statements,
 * consultations, intents), and how much of it is material conflict? Deeds-to-words is judged
 * against the median partner, since the press reports words more readily than deeds everywhere.
 *
 * <p>Two kinds of counts serve. Raw event files ({@code entwine events load}) give the CAMEO
 * families the papers' test names most closely: what the partner said it would do (intents to
 * cooperate, 03) against what it did (agreements signed, 057; material cooperation, 06; aid, 07),
 * over the years ending with the year scored ({@link #fromFamilies}). Where they are too few, the
 * published ICEWS dyad-years give the partner's verbal against material cooperation by QuadClass
 * ({@link #of}), over the years ending with the latest year of data not older than the method's
 * lookback.
 */
public final class EventConfidence {
  /**
   * The observation series read, one per QuadClass, directed from the partner to the focal actor.
   */
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
   * @param kind "events" (coded events: words against deeds) or "news" (the balance of cooperation
   *     and friction in the news, {@link NewsConfidence})
   * @param from the first year of the window the figures cover
   * @param to its last year
   * @param why the reason, as a key with its figures, for the faces to word
   * @param basisWhy the basis, as a key with its dataset and window
   */
  public record FromEvents(
      String partner,
      Degree degree,
      long events,
      Double deedsShare,
      Double relative,
      Double conflictShare,
      List<String> binding,
      String basis,
      String reason,
      String kind,
      int from,
      int to,
      Reason why,
      Reason basisWhy) {}

  /** A partner's counts in the window: words, deeds, material conflict and all its events. */
  record Counts(double words, double deeds, double materialConflict, double all) {
    double cooperation() {
      return words + deeds;
    }
  }

  /**
   * @param observations the focal actor's observations (others are ignored)
   * @param binding what binds each partner, by partner
   * @param lookback the oldest year of data that may speak for {@code year} is year - lookback
   */
  public static Map<String, FromEvents> of(
      String focal,
      List<Observation> observations,
      int year,
      int lookback,
      Map<String, List<String>> binding,
      TrustThresholds.EventThresholds t) {
    int last = Integer.MIN_VALUE;
    for (Observation o : observations) {
      int y = o.period().earliest().getYear();
      if (o.partner().equals(focal) && isCount(o.indicator()) && y <= year)
        last = Math.max(last, y);
    }
    Map<String, FromEvents> out = new TreeMap<>();
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
    sums.forEach((p, c) -> counts.put(p, new Counts(c[0], c[1], c[3], c[0] + c[1] + c[2] + c[3])));
    return judgeAll(
        counts,
        binding,
        "event data (ICEWS dyad-years "
            + first
            + "-"
            + last
            + ": verbal against material cooperation)",
        first,
        last,
        Reason.of("why.basis.dyadYears", first, last),
        t);
  }

  /**
   * The degree from raw event files' CAMEO families: the partner's intents to cooperate toward the
   * focal actor (03) are its words; the agreements it signed (057), its material cooperation (06)
   * and its aid (07) its deeds. The window is the thresholds' years ending with {@code year};
   * months whose families were not counted are left out.
   *
   * @param months relation-months with the focal actor on either side (only those toward it are
   *     read)
   * @param dataset the event dataset, to name the basis ("gdelt")
   */
  public static Map<String, FromEvents> fromFamilies(
      String focal,
      List<RelationMonth> months,
      String dataset,
      int year,
      Map<String, List<String>> binding,
      TrustThresholds.EventThresholds t) {
    Month from = Month.first(year - t.years() + 1);
    Month to = Month.last(year);
    Month first = Month.MAX;
    Month last = Month.MIN;
    Map<String, double[]> sums = new HashMap<>();
    for (RelationMonth m : months) {
      if (!m.partner().equals(focal) || !m.month().within(from, to) || m.families() == null)
        continue;
      double[] c = sums.computeIfAbsent(m.actor(), p -> new double[4]);
      c[0] += m.family(CameoFamily.INTENT);
      c[1] +=
          m.family(CameoFamily.SIGN) + m.family(CameoFamily.COOPERATE) + m.family(CameoFamily.AID);
      c[2] += m.quad()[3];
      c[3] += m.events();
      if (m.month().isBefore(first)) first = m.month();
      if (m.month().isAfter(last)) last = m.month();
    }
    Map<String, Counts> counts = new TreeMap<>();
    sums.forEach((p, c) -> counts.put(p, new Counts(c[0], c[1], c[2], c[3])));
    if (counts.isEmpty()) return new TreeMap<>();
    String basis =
        String.format(
            java.util.Locale.ROOT,
            "event data (%s events %s to %s: intents to cooperate, CAMEO 03,"
                + " against agreements signed, 057, material cooperation, 06, and aid, 07)",
            dataset.toUpperCase(java.util.Locale.ROOT),
            first,
            last);
    Reason basisWhy =
        Reason.of(
            "why.basis.families",
            dataset.toUpperCase(java.util.Locale.ROOT),
            first.year(),
            first.month(),
            last.year(),
            last.month());
    return judgeAll(counts, binding, basis, first.year(), last.year(), basisWhy, t);
  }

  /**
   * Judges each partner's counts against the median partner's deeds-to-words share on the same
   * basis.
   */
  private static Map<String, FromEvents> judgeAll(
      Map<String, Counts> counts,
      Map<String, List<String>> binding,
      String basis,
      int from,
      int to,
      Reason basisWhy,
      TrustThresholds.EventThresholds t) {
    List<Double> shares = new ArrayList<>();
    counts
        .values()
        .forEach(
            c -> {
              if (c.cooperation() >= t.minimumEvents()) shares.add(c.deeds() / c.cooperation());
            });
    double median = Medians.of(shares);
    Map<String, FromEvents> out = new TreeMap<>();
    counts.forEach(
        (partner, c) ->
            out.put(
                partner,
                judge(
                    partner,
                    c,
                    median,
                    binding.getOrDefault(partner, List.of()),
                    basis,
                    from,
                    to,
                    basisWhy,
                    t)));
    return out;
  }

  static FromEvents judge(
      String partner,
      Counts c,
      double median,
      List<String> binding,
      String basis,
      int from,
      int to,
      Reason basisWhy,
      TrustThresholds.EventThresholds t) {
    long events = Math.round(c.all());
    if (c.cooperation() < t.minimumEvents() || !(median > 0)) {
      return new FromEvents(
          partner,
          Degree.INSUFFICIENT_EVIDENCE,
          events,
          null,
          null,
          null,
          binding,
          basis,
          Math.round(c.cooperation())
              + " events of words or deeds from the partner in the window; at least "
              + t.minimumEvents()
              + " are needed to judge",
          "events",
          from,
          to,
          Reason.of("why.events.few", Math.round(c.cooperation()), t.minimumEvents()),
          basisWhy);
    }
    double expected = c.cooperation() * median;
    if (expected < t.minimumExpectedDeeds()) {
      return new FromEvents(
          partner,
          Degree.INSUFFICIENT_EVIDENCE,
          events,
          null,
          null,
          null,
          binding,
          basis,
          String.format(
              java.util.Locale.ROOT,
              "%d events of words or deeds from the partner in the window: at the median partner's"
                  + " deeds share (%.1f%%) they would hold %.1f deeds, and at least %s are needed"
                  + " to tell its deeds from chance",
              Math.round(c.cooperation()),
              100 * median,
              expected,
              fmt(t.minimumExpectedDeeds())),
          "events",
          from,
          to,
          Reason.of(
              "why.events.chance",
              Math.round(c.cooperation()),
              median,
              expected,
              t.minimumExpectedDeeds()),
          basisWhy);
    }
    double deeds = c.deeds() / c.cooperation();
    double relative = deeds / median;
    double conflict = c.all() == 0 ? 0 : c.materialConflict() / c.all();
    boolean bound = !binding.isEmpty();
    String figures =
        String.format(
            java.util.Locale.ROOT,
            "deeds %d of its %d words and deeds, %.0f%%, %.2f times the median"
                + " partner's share; material conflict %.1f%% of its events",
            Math.round(c.deeds()),
            Math.round(c.cooperation()),
            100 * deeds,
            relative,
            100 * conflict);
    Reason figuresWhy =
        Reason.of(
            "why.events.figures",
            Math.round(c.deeds()),
            Math.round(c.cooperation()),
            deeds,
            relative,
            conflict);
    Degree degree;
    String why;
    String key;
    if (relative >= t.consistent() && conflict < t.calm() && bound) {
      degree = Degree.HIGH_CONFIDENCE;
      why = "deeds kept pace with words, without conflict, and a treaty binds the partner";
      key = "why.events.high";
    } else if (relative >= t.consistent() && conflict < t.hostile()) {
      degree = Degree.LESS_CONFIDENCE;
      why =
          conflict < t.calm()
              ? "deeds kept pace with words, but nothing binds the partner"
              : "deeds kept pace with words, with some conflict";
      key = conflict < t.calm() ? "why.events.unbound" : "why.events.someConflict";
    } else if (relative < t.inconsistent() && conflict >= t.hostile() && !bound) {
      degree = Degree.DEEP_SUSPICION;
      why = "words outran deeds, with much conflict, and nothing binds the partner";
      key = "why.events.deep";
    } else if (relative < t.inconsistent() || conflict >= t.hostile()) {
      degree = Degree.SUSPICION;
      why =
          (relative < t.inconsistent() ? "words outran deeds" : "much conflict")
              + (bound ? ", though a treaty exists" : "");
      key =
          (relative < t.inconsistent() ? "why.events.outran" : "why.events.conflict")
              + (bound ? "ThoughBound" : "");
    } else {
      degree = Degree.LESS_CONFIDENCE;
      why = "deeds somewhat behind words";
      key = "why.events.behind";
    }
    return new FromEvents(
        partner,
        degree,
        events,
        deeds,
        relative,
        conflict,
        binding,
        basis,
        why + " (" + figures + ")",
        "events",
        from,
        to,
        Reason.of(key, figuresWhy),
        basisWhy);
  }

  private static String fmt(double x) {
    return x == Math.rint(x) ? String.valueOf((long) x) : String.valueOf(x);
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
