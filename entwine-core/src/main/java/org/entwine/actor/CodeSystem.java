package org.entwine.actor;

/** The coding systems whose codes map onto Entwine's actors. */
public enum CodeSystem {
  /** ISO 3166-1 alpha-3; Entwine's own code for states. */
  ISO3,
  /** ISO 3166-1 alpha-2, as in the UN General Assembly votes data. */
  ISO2,
  /** ISO 3166-1 numeric. */
  ISO_NUMERIC,
  /** Correlates of War numeric state code (ccode). */
  COW,
  /** Correlates of War three-letter abbreviation (stateabb). */
  COW_ALPHA,
  /** CAMEO country code as used by GDELT and ICEWS actor fields. */
  CAMEO,
  /** FIPS 10-4, as in GDELT's geography fields. */
  FIPS
}
