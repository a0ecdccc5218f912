package org.entwine.evidence;

public enum ContactLevel {
  HEAD_OF_STATE_OR_GOVERNMENT,
  MINISTER,
  OFFICIAL,
  PARLIAMENT,
  PARTY,
  LOCAL,
  BUSINESS,
  PEOPLE_TO_PEOPLE,
  MILITARY
}
