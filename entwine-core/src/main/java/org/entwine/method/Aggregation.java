package org.entwine.method;

/** How pillar scores combine into the depth index. */
public enum Aggregation {
  /** Weighted arithmetic mean: a strong pillar makes up for a weak one. */
  ARITHMETIC,
  /** Weighted geometric mean: "depth needs all three", a weak pillar pulls the index down hard. */
  GEOMETRIC
}
