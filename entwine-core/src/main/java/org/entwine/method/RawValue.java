package org.entwine.method;

/**
 * A raw value for a relation, with where it comes from.
 *
 * @param year the year the value is from (may be before the year scored, within the method's
 *     lookback)
 * @param source the source id of the observation, or "ledger" for values counted from the ledgers
 * @param note how the value was got ("absent in ATOP within its covered years: no obligation")
 */
public record RawValue(double value, int year, String source, String note) {}
