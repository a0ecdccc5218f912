package org.entwine.evidence;

public enum ProjectStatus {
  PLANNED,
  UNDER_WAY,
  COMPLETED,
  SUSPENDED,
  CANCELLED
}
