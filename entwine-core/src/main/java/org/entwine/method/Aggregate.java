package org.entwine.method;

/**
 * How an organization partner (the European Union, ASEAN) takes a value of an indicator that the
 * datasets record for states only: from its members' values, as the method states per indicator, or
 * not at all. Never from zeros: a dataset that has no row for an organization does not speak for
 * it.
 */
public enum Aggregate {
  /** The organization has no value unless a dataset records one for it: not covered. */
  NONE,
  /**
   * The sum of its members' values on the date (flows and stocks that add up: trade, a share of the
   * focal actor's trade, migrants); missing unless every member has a value.
   */
  SUM,
  /**
   * The largest of its members' values (an instrument in force with any member binds the focal
   * actor to the organization's members: a trade or investment treaty the organization concluded).
   */
  ANY
}
