package org.entwine.trust;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.entwine.evidence.Commitment;
import org.entwine.evidence.Document;
import org.entwine.evidence.Mechanism;
import org.entwine.registry.PairLedgers;

/**
 * The degree of confidence in a partner, computed from evidence, never from a guess: whether its
 * words (commitments) matched its deeds, and whether institutions bind it.
 *
 * <p>Consistency is the share of the partner's commitments to the focal actor that had fallen due
 * by the date and were fulfilled, a partial fulfilment counting half. The G7/G20 Research Group's
 * compliance score (+1 fulfilled, 0 partial, −1 not) is given beside it, to stay comparable with
 * that practice.
 */
public final class Confidence {
  private Confidence() {}

  /**
   * @param fallenDue the partner's commitments that had fallen due (or were settled) by the date
   * @param consistency fulfilled share, partial counting half; null when none fell due
   * @param compliance the G7/G20 score, −1 to +1; null when none fell due
   * @param binding what binds the partner: binding documents in force and dispute-settlement
   *     channels
   * @param commitments the ids of those counted as fallen due (a restated target once)
   * @param checks every commitment on the pair (by either side) as checked on the date, in the
   *     ledger's order: what a brief and a partner page show
   * @param why the reason, as a key with its figures, for the faces to word
   * @param bindingWhy what binds the partner, each as a reason
   */
  public record FromLedger(
      Degree degree,
      int fallenDue,
      int fulfilled,
      int partial,
      Double consistency,
      Double compliance,
      List<String> binding,
      List<String> commitments,
      String reason,
      Reason why,
      List<Reason> bindingWhy,
      List<CommitmentCheck.Result> checks) {
    public FromLedger {
      checks = checks == null ? List.of() : List.copyOf(checks);
    }

    /** The first year the commitments counted speak of; null when none was counted or checked. */
    public Integer firstYear() {
      return counted().min().stream().boxed().findFirst().orElse(null);
    }

    /** The last year the commitments counted speak of; null when none was counted or checked. */
    public Integer lastYear() {
      return counted().max().stream().boxed().findFirst().orElse(null);
    }

    private java.util.stream.IntStream counted() {
      return checks.stream()
          .filter(r -> commitments.contains(r.commitment()) && r.year() != null)
          .mapToInt(CommitmentCheck.Result::year);
    }

    /** A degree from the ledger without the commitments' checks (built by hand, in tests). */
    public FromLedger(
        Degree degree,
        int fallenDue,
        int fulfilled,
        int partial,
        Double consistency,
        Double compliance,
        List<String> binding,
        List<String> commitments,
        String reason,
        Reason why,
        List<Reason> bindingWhy) {
      this(
          degree,
          fallenDue,
          fulfilled,
          partial,
          consistency,
          compliance,
          binding,
          commitments,
          reason,
          why,
          bindingWhy,
          List.of());
    }
  }

  public static FromLedger of(
      PairLedgers.Pair pair, String partner, LocalDate asOf, TrustThresholds t) {
    return of(pair, partner, asOf, t, List.of());
  }

  /**
   * The same, with treaties in force that the datasets record ({@link #treaty}: "defence
   * cooperation agreement in force (DCAD), 2010") counted among what binds the partner. Quantified
   * commitments are judged from the ledger's reported outcomes alone.
   */
  public static FromLedger of(
      PairLedgers.Pair pair,
      String partner,
      LocalDate asOf,
      TrustThresholds t,
      List<Reason> treaties) {
    return of(pair, partner, asOf, t, treaties, CommitmentCheck.DataFigures.NONE);
  }

  /**
   * The same, quantified commitments judged from the loaded data's figures first ({@code data}: the
   * focal actor's own report), then from the ledger's reported outcomes. A commitment counts as
   * fallen due once judged (met, partly met, missed) or settled; one whose year passed with no
   * figure for it does not count. Restatements of one target count once.
   */
  public static FromLedger of(
      PairLedgers.Pair pair,
      String partner,
      LocalDate asOf,
      TrustThresholds t,
      List<Reason> treaties,
      CommitmentCheck.DataFigures data) {
    List<CommitmentCheck.Result> checks = new ArrayList<>();
    Restatements restated = new Restatements(pair.commitments());
    // the partner's commitments by the target they state: the first judged stands for the rest
    java.util.Map<String, CommitmentCheck.Result> judged = new java.util.LinkedHashMap<>();
    java.util.Set<String> unjudged = new java.util.HashSet<>();
    for (Commitment c : pair.commitments()) {
      var r =
          CommitmentCheck.check(
              c, restated.group(c), pair.outcomes(), data, asOf, CommitmentCheck.PARTLY);
      checks.add(r);
      if (!c.by().contains(partner)) continue;
      if (r.verdict().hasFallenDue()) judged.putIfAbsent(restated.root(c), r);
      else if (r.verdict() == CommitmentCheck.Verdict.NOT_JUDGED) unjudged.add(restated.root(c));
    }
    unjudged.removeAll(judged.keySet());
    int due = judged.size();
    int fulfilled = 0;
    int partial = 0;
    List<String> ids = new ArrayList<>();
    for (var r : judged.values()) {
      ids.add(r.commitment());
      if (r.verdict() == CommitmentCheck.Verdict.MET) fulfilled++;
      else if (r.verdict() == CommitmentCheck.Verdict.PARTLY_MET) partial++;
    }
    List<String> binding = new ArrayList<>();
    List<Reason> bindingWhy = new ArrayList<>();
    for (Document d : pair.documents()) {
      if (d.legallyBinding() && d.date().isOnOrBefore(asOf)) {
        binding.add("binding document: " + d.title());
        bindingWhy.add(Reason.of("binding.document", d.title()));
      }
    }
    for (Mechanism m : pair.mechanisms()) {
      if (m.kind() != null
          && m.kind().toLowerCase(java.util.Locale.ROOT).contains("dispute")
          && m.established().isOnOrBefore(asOf)) {
        binding.add("dispute settlement: " + m.name());
        bindingWhy.add(Reason.of("binding.dispute", m.name()));
      }
    }
    for (Reason r : treaties) {
      binding.add(treatyText(r));
      bindingWhy.add(r);
    }
    if (due < t.minimumFallenDue()) {
      return new FromLedger(
          Degree.INSUFFICIENT_EVIDENCE,
          due,
          fulfilled,
          partial,
          null,
          null,
          binding,
          ids,
          due
              + " commitment"
              + (due == 1 ? "" : "s")
              + " fallen due; at least "
              + t.minimumFallenDue()
              + " are needed to judge"
              + (unjudged.isEmpty()
                  ? ""
                  : " ("
                      + unjudged.size()
                      + " more "
                      + (unjudged.size() == 1
                          ? "is past its year with no figure to judge it by)"
                          : "are past their year with no figure to judge them by)")),
          Reason.of("why.ledger.few", due, t.minimumFallenDue(), unjudged.size()),
          bindingWhy,
          checks);
    }
    double consistency = (fulfilled + 0.5 * partial) / due;
    double compliance = (fulfilled - (due - fulfilled - partial)) / (double) due;
    boolean bound = !binding.isEmpty();
    Degree degree;
    String why;
    String key;
    if (consistency >= t.high() && bound) {
      degree = Degree.HIGH_CONFIDENCE;
      why = "words matched deeds (" + pct(consistency) + ") and institutions bind the partner";
      key = "why.ledger.high";
    } else if (consistency >= t.less()) {
      degree = Degree.LESS_CONFIDENCE;
      why =
          consistency >= t.high()
              ? "words matched deeds ("
                  + pct(consistency)
                  + ") but no institution binds the partner"
              : "words sometimes matched deeds (" + pct(consistency) + ")";
      key = consistency >= t.high() ? "why.ledger.unbound" : "why.ledger.sometimes";
    } else if (consistency < t.deep() && !bound) {
      degree = Degree.DEEP_SUSPICION;
      why = "words rarely matched deeds (" + pct(consistency) + ") and nothing binds the partner";
      key = "why.ledger.rarely";
    } else {
      degree = Degree.SUSPICION;
      why =
          "words did not match deeds ("
              + pct(consistency)
              + ")"
              + (bound
                  ? ", though an institution exists"
                  : " and no institution binds the partner");
      key = bound ? "why.ledger.notThoughBound" : "why.ledger.not";
    }
    return new FromLedger(
        degree,
        due,
        fulfilled,
        partial,
        consistency,
        compliance,
        binding,
        ids,
        why,
        Reason.of(key, consistency),
        bindingWhy,
        checks);
  }

  /** The observation series that record binding treaties in force, and what each is. */
  public static final java.util.Map<String, String> TREATY_SERIES =
      java.util.Map.of(
          "atop.defense", "defence obligation (ATOP)",
          "dca.in-force", "defence cooperation agreement in force (DCAD)",
          "pta.bilateral-in-force", "bilateral preferential trade agreement in force (DESTA)",
          "iia.bilateral-in-force", "bilateral investment agreement in force (UNCTAD)");

  /**
   * A treaty in force that a dataset records (a series of {@link #TREATY_SERIES}), with its year.
   */
  public static Reason treaty(String series, int year) {
    if (!TREATY_SERIES.containsKey(series))
      throw new IllegalArgumentException("not a treaty series: " + series);
    return Reason.of("binding.treaty", Reason.of("treaty." + series), year);
  }

  /** A treaty as the English sentences name it: "defence obligation (ATOP), 2018". */
  private static String treatyText(Reason treaty) {
    String series = ((Reason) treaty.args().get(0)).key().substring("treaty.".length());
    return TREATY_SERIES.get(series) + ", " + treaty.args().get(1);
  }

  private static String pct(double x) {
    return String.format(java.util.Locale.ROOT, "%.0f%% of commitments fallen due", 100 * x);
  }

  /**
   * The commitments that restate the same target, by the first they restate: a target repeated at
   * five meetings is one promise.
   */
  private static final class Restatements {
    private final java.util.Map<String, Commitment> byId = new java.util.HashMap<>();
    private final java.util.Map<String, java.util.Set<String>> groups = new java.util.HashMap<>();

    Restatements(List<Commitment> commitments) {
      commitments.forEach(c -> byId.put(c.id(), c));
      commitments.forEach(
          c -> groups.computeIfAbsent(root(c), k -> new java.util.HashSet<>()).add(c.id()));
    }

    /** The first statement of the target, following restatements (within the pair's records). */
    String root(Commitment c) {
      Commitment r = c;
      for (int i = 0; i <= byId.size() && r.restates() != null; i++) {
        Commitment first = byId.get(r.restates());
        if (first == null) return r.restates(); // the first statement is not on this pair's ledger
        r = first;
      }
      return r.id();
    }

    java.util.Set<String> group(Commitment c) {
      return groups.getOrDefault(root(c), java.util.Set.of(c.id()));
    }
  }
}
