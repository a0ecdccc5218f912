package org.entwine.events;

import java.util.Locale;

/**
 * The CAMEO families that record dealings between governments, counted per relation-month beside
 * the QuadClass totals: what a side said it would do (03), its consultations and negotiations (04,
 * of which visits made and hosted, 042 and 043), the agreements it signed (057), and what it did
 * (material cooperation, 06, and aid, 07). An event of code 042 counts as a consultation and as a
 * visit made. Families are a code and every code below it: 03 holds 030 to 0394.
 */
public enum CameoFamily {
  INTENT("03", "intent", "expressed intent to cooperate"),
  CONSULT("04", "consult", "consultation and negotiation"),
  VISIT("042", "visit", "visit made"),
  HOST("043", "host", "visit hosted"),
  SIGN("057", "sign", "formal agreement signed"),
  COOPERATE("06", "cooperate", "material cooperation"),
  AID("07", "aid", "aid provided");

  private static final int[] MASKS = new int[1000];

  static {
    for (int prefix = 0; prefix < 1000; prefix++) {
      String three = String.format(Locale.ROOT, "%03d", prefix);
      int mask = 0;
      for (CameoFamily f : values()) if (three.startsWith(f.code)) mask |= 1 << f.ordinal();
      MASKS[prefix] = mask;
    }
  }

  private final String code;
  private final String label;
  private final String description;

  CameoFamily(String code, String label, String description) {
    this.code = code;
    this.label = label;
    this.description = description;
  }

  /** The CAMEO code the family starts from: "03", "042". */
  public String code() {
    return code;
  }

  /** A short name for tables and series names: "intent", "visit". */
  public String label() {
    return label;
  }

  public String description() {
    return description;
  }

  /** The column a store keeps the family's counts in. */
  public String column() {
    return "cameo_" + code;
  }

  public boolean holds(String eventCode) {
    return eventCode.startsWith(code);
  }

  /** The families of an event code as written (a bit per family, by ordinal). */
  public static int mask(String eventCode) {
    int mask = 0;
    for (CameoFamily f : values()) if (f.holds(eventCode)) mask |= 1 << f.ordinal();
    return mask;
  }

  /**
   * The same for a code already read as a number of three or four digits, without strings: for the
   * fast reader (tested against {@link #mask(String)} for every code).
   */
  public static int mask(int code, int digits) {
    return MASKS[digits == 4 ? code / 10 : code];
  }

  /** Counts by family (in family order) keyed by label, or null where they were not counted. */
  public static java.util.Map<String, Long> byLabel(long[] counts) {
    if (counts == null) return null;
    java.util.Map<String, Long> out = new java.util.LinkedHashMap<>();
    for (CameoFamily f : values()) out.put(f.label, counts[f.ordinal()]);
    return out;
  }

  /** Counts by family, adding one to each family in {@code mask}. */
  public static void count(long[] counts, int mask, long n) {
    for (int m = mask; m != 0; m &= m - 1) counts[Integer.numberOfTrailingZeros(m)] += n;
  }
}
