package org.entwine.method;

/**
 * What the parties bound themselves to (de jure) against what actually flows and happens (de
 * facto).
 */
public enum Side {
  DE_JURE,
  DE_FACTO
}
