package org.entwine.events;

/**
 * The four classes of CAMEO events GDELT and ICEWS users aggregate by, decided by the event's root
 * code as GDELT assigns them: 01-05 verbal cooperation, 06-09 material cooperation (09 is
 * "investigate"), 10-14 verbal conflict (14 is "protest"), 15-20 material conflict. Checked against
 * the QuadClass column of every row of real GDELT 2.0 exports (CameoTablesTest).
 */
public enum QuadClass {
  VERBAL_COOPERATION(1),
  MATERIAL_COOPERATION(2),
  VERBAL_CONFLICT(3),
  MATERIAL_CONFLICT(4);

  private final int number;

  QuadClass(int number) {
    this.number = number;
  }

  /** 1-4, as GDELT's QuadClass column writes it. */
  public int number() {
    return number;
  }

  /** The class of a CAMEO root code (1-20). */
  public static QuadClass ofRoot(int root) {
    if (root < 1 || root > 20)
      throw new IllegalArgumentException("a CAMEO root code runs from 01 to 20, got " + root);
    if (root <= 5) return VERBAL_COOPERATION;
    if (root <= 9) return MATERIAL_COOPERATION;
    if (root <= 14) return VERBAL_CONFLICT;
    return MATERIAL_CONFLICT;
  }
}
