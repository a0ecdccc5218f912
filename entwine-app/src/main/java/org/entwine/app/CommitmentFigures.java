package org.entwine.app;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.entwine.evidence.IndicatorDefinition;
import org.entwine.evidence.Metric;
import org.entwine.method.Baselines;
import org.entwine.method.Orientation;
import org.entwine.method.RawValue;
import org.entwine.source.Attestation;
import org.entwine.source.Source;
import org.entwine.trust.CommitmentCheck;

/**
 * The figures the loaded data give a quantified commitment: two-way trade in US dollars is the
 * method's trade series (its {@code validation.trade}: IMF DOTS, bridged to COW where the IMF has
 * no value), as the focal actor reports it, of exactly the target's year. The focal actor's own
 * report judges every partner by one statistic; the partners' reports differ from it (valuation,
 * timing, re-exports), and where the focal actor did not report a flow the series says so in its
 * source (the partner's mirror report).
 */
final class CommitmentFigures {
  private final Scoring s;

  /** The series read at its year alone: a target of 2020 is judged by 2020, never by 2018. */
  private final Baselines.Series trade;

  /** year -> partner -> the focal actor's trade with it, read once for every partner */
  private final Map<Integer, Map<String, RawValue>> byYear = new HashMap<>();

  CommitmentFigures(Scoring s) {
    this.s = s;
    Baselines.Series t = s.method().baselines().trade();
    this.trade = new Baselines.Series(t.measure(), t.bridge(), 0);
  }

  /** The data's figures for the pair of the focal actor and {@code partner}. */
  CommitmentCheck.DataFigures of(String partner) {
    return (metric, year) -> {
      if (metric != Metric.TRADE_TOTAL_USD) return null;
      RawValue v =
          byYear
              .computeIfAbsent(year, y -> s.series(trade, Orientation.FROM_FOCAL, y))
              .get(partner);
      if (v == null || v.year() != year) return null;
      // a value of the bridged series alone is in that series' unit
      boolean alone =
          trade.bridge() != null
              && v.note() != null
              && v.note().startsWith(trade.bridge() + " alone");
      Double scale = usd(unitOf(alone ? trade.bridge() : trade.measure()));
      if (scale == null) return null;
      String label = s.registry().source(v.source()).map(Source::label).orElse(v.source());
      return new CommitmentCheck.Figure(
          v.value() * scale,
          "USD",
          year,
          String.format(
              Locale.ROOT,
              "%s's trade with %s as %s reports it, %s%s",
              s.focal(),
              partner,
              s.focal(),
              label,
              v.note() == null ? "" : "; " + v.note()),
          List.of(v.source()),
          Attestation.CONFIRMED);
    };
  }

  private String unitOf(String measure) {
    return s.registry().indicators().stream()
        .filter(d -> d.id().equals(measure))
        .map(IndicatorDefinition::unit)
        .findFirst()
        .orElse(null);
  }

  /**
   * How many US dollars one unit of a series is: "million current USD" is a million; null for a
   * unit not in US dollars, whose figures are never compared with a target in dollars.
   */
  static Double usd(String unit) {
    if (unit == null) return null;
    String u = unit.toLowerCase(Locale.ROOT).replace("current", "").replace("us$", "usd");
    if (!u.contains("usd")) return null;
    String amount = u.replace("usd", "").strip();
    return switch (amount) {
      case "" -> 1.0;
      case "thousand" -> 1e3;
      case "million" -> 1e6;
      case "billion" -> 1e9;
      default -> null;
    };
  }
}
