package org.entwine.framework;

public enum FrameworkStatus {
  ACTIVE,
  SUSPENDED,
  ENDED
}
