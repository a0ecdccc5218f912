package org.entwine.trust;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.entwine.evidence.Commitment;
import org.entwine.evidence.CommitmentStatus;
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
      String reason) {}

  public static FromLedger of(
      PairLedgers.Pair pair, String partner, LocalDate asOf, TrustThresholds t) {
    return of(pair, partner, asOf, t, List.of());
  }

  /**
   * The same, with treaties in force that the datasets record ("defence cooperation agreement in
   * force (DCAD, 2010)") counted among what binds the partner.
   */
  public static FromLedger of(
      PairLedgers.Pair pair,
      String partner,
      LocalDate asOf,
      TrustThresholds t,
      List<String> treaties) {
    int due = 0;
    int fulfilled = 0;
    int partial = 0;
    List<String> ids = new ArrayList<>();
    for (Commitment c : pair.commitments()) {
      if (!c.by().contains(partner)) continue;
      if (!c.hasFallenDue(asOf)) continue;
      CommitmentStatus s = c.statusOn(asOf);
      due++;
      ids.add(c.id());
      if (s == CommitmentStatus.FULFILLED) fulfilled++;
      else if (s == CommitmentStatus.PARTIALLY_FULFILLED) partial++;
    }
    List<String> binding = new ArrayList<>();
    for (Document d : pair.documents()) {
      if (d.legallyBinding() && d.date().isOnOrBefore(asOf))
        binding.add("binding document: " + d.title());
    }
    for (Mechanism m : pair.mechanisms()) {
      if (m.kind() != null
          && m.kind().toLowerCase(java.util.Locale.ROOT).contains("dispute")
          && m.established().isOnOrBefore(asOf)) {
        binding.add("dispute settlement: " + m.name());
      }
    }
    binding.addAll(treaties);
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
              + " are needed to judge");
    }
    double consistency = (fulfilled + 0.5 * partial) / due;
    double compliance = (fulfilled - (due - fulfilled - partial)) / (double) due;
    boolean bound = !binding.isEmpty();
    Degree degree;
    String why;
    if (consistency >= t.high() && bound) {
      degree = Degree.HIGH_CONFIDENCE;
      why = "words matched deeds (" + pct(consistency) + ") and institutions bind the partner";
    } else if (consistency >= t.less()) {
      degree = Degree.LESS_CONFIDENCE;
      why =
          consistency >= t.high()
              ? "words matched deeds ("
                  + pct(consistency)
                  + ") but no institution binds the partner"
              : "words sometimes matched deeds (" + pct(consistency) + ")";
    } else if (consistency < t.deep() && !bound) {
      degree = Degree.DEEP_SUSPICION;
      why = "words rarely matched deeds (" + pct(consistency) + ") and nothing binds the partner";
    } else {
      degree = Degree.SUSPICION;
      why =
          "words did not match deeds ("
              + pct(consistency)
              + ")"
              + (bound
                  ? ", though an institution exists"
                  : " and no institution binds the partner");
    }
    return new FromLedger(
        degree, due, fulfilled, partial, consistency, compliance, binding, ids, why);
  }

  /** The observation series that record binding treaties in force, and what each is. */
  public static final java.util.Map<String, String> TREATY_SERIES =
      java.util.Map.of(
          "atop.defense", "defence obligation (ATOP)",
          "dca.in-force", "defence cooperation agreement in force (DCAD)",
          "pta.bilateral-in-force", "bilateral preferential trade agreement in force (DESTA)",
          "iia.bilateral-in-force", "bilateral investment agreement in force (UNCTAD)");

  private static String pct(double x) {
    return String.format(java.util.Locale.ROOT, "%.0f%% of commitments fallen due", 100 * x);
  }
}
