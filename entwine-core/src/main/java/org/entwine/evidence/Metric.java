package org.entwine.evidence;

import java.util.Locale;

/**
 * What a quantified commitment measures, as the statements that make them state it: a level the
 * relation is to reach in a year (two-way trade), or an amount one side is to deliver in all (a
 * credit line, a grant, rice, scholarships). The currency is part of the metric where the sources
 * give it, since figures in two currencies are never compared.
 */
public enum Metric {
  TRADE_TOTAL_USD("two-way goods trade, in US dollars", Kind.LEVEL),
  TRADE_TOTAL_NZD("two-way trade, in New Zealand dollars", Kind.LEVEL),
  TRADE_TOTAL_SGD("two-way trade, in Singapore dollars", Kind.LEVEL),
  TRADE_TOTAL("two-way trade, currency not stated", Kind.LEVEL),
  TRADE_GROWTH_PCT("growth of two-way trade, percent a year", Kind.LEVEL),
  TRADE_PARTNER_RANK("rank among each other's trading partners (at most)", Kind.RANK),
  FDI_STOCK_USD("direct investment stock, in US dollars", Kind.LEVEL),
  INVESTMENT_TWO_WAY("two-way investment", Kind.LEVEL),
  DEALS_SIGNED_USD("value of deals signed, in US dollars", Kind.PLEDGE),
  CREDIT_LINE_USD("line of credit, in US dollars", Kind.PLEDGE),
  ODA_LOAN_USD("ODA loans, in US dollars", Kind.PLEDGE),
  ODA_LOAN_JPY("ODA loans, in yen", Kind.PLEDGE),
  ODA_GRANT_USD("ODA grants, in US dollars", Kind.PLEDGE),
  ODA_GRANT_JPY("ODA grants, in yen", Kind.PLEDGE),
  ODA_GRANT_AUD("ODA grants, in Australian dollars", Kind.PLEDGE),
  ODA_COMMITMENT_EUR("development cooperation, in euros", Kind.PLEDGE),
  AID_PLEDGE_VND("aid, in dong", Kind.PLEDGE),
  CLIMATE_FINANCE_USD("climate finance, in US dollars", Kind.PLEDGE),
  GRANT_USD("a grant, in US dollars", Kind.PLEDGE),
  RICE_DONATION_T("rice donated, tonnes", Kind.PLEDGE),
  SCHOLARSHIPS("scholarships granted", Kind.PLEDGE),
  WORKERS_ADMITTED("workers admitted", Kind.PLEDGE),
  VACCINE_DOSES("vaccine doses donated", Kind.PLEDGE),
  BOATS_DELIVERED("boats delivered", Kind.PLEDGE);

  /** How a figure answers a target of the metric. */
  public enum Kind {
    /** A level the relation reaches in a year, judged by the figure of the target's year. */
    LEVEL,
    /** A rank in a year, where lower is better: met at or below the target. */
    RANK,
    /**
     * An amount one side delivers in all by the target's year: judged by the deliveries reported
     * for that commitment, summed.
     */
    PLEDGE
  }

  private final String what;
  private final Kind kind;

  Metric(String what, Kind kind) {
    this.what = what;
    this.kind = kind;
  }

  /** What it measures, in words. */
  public String what() {
    return what;
  }

  public Kind kind() {
    return kind;
  }

  /** Its name in the exchange format and the sources' list: {@code trade_total_usd}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
