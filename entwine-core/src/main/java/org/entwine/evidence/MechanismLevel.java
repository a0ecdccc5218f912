package org.entwine.evidence;

/** The papers' three levels of contact that keep a relation running. */
public enum MechanismLevel {
  NATIONAL,
  INSTITUTIONAL,
  INDIVIDUAL
}
