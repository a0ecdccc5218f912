package org.entwine.actor;

/**
 * What kind of actor: the papers' partnerships run between all of these ("asymmetric" ones too).
 */
public enum ActorKind {
  STATE,
  INTERNATIONAL_ORGANIZATION,
  ALLIANCE,
  REGION,
  CONTINENTAL_FRAMEWORK
}
