package org.entwine.method;

/**
 * The papers' three pillars of depth: entwined interests, durable institutions, shared identity.
 */
public enum Pillar {
  INTERESTS,
  INSTITUTIONS,
  IDENTITY
}
