package org.entwine.method;

/** Which way round a directed measure is read for the focal actor and a partner. */
public enum Orientation {
  /** actor = focal, partner = partner (the focal actor's dependence on the partner). */
  FROM_FOCAL,
  /** actor = partner, partner = focal (the partner's dependence on the focal actor). */
  TO_FOCAL,
  /**
   * either way round; the larger value when both exist (undirected measures, or "any obligation").
   */
  EITHER
}
