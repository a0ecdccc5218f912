package org.entwine.events;

import java.util.Objects;

/**
 * One CAMEO event code: its description and its weight on the Goldstein scale (-10 most conflictual
 * to +10 most cooperative).
 */
public record CameoCode(String code, String description, double goldstein) {
  public CameoCode {
    if (code == null || !code.matches("\\d{2,4}")) {
      throw new IllegalArgumentException(
          "expected a CAMEO code of 2 to 4 digits, got '" + code + "'");
    }
    Objects.requireNonNull(description, "description");
    if (!(goldstein >= -10 && goldstein <= 10)) {
      throw new IllegalArgumentException(
          "a Goldstein weight runs from -10 to 10, got " + goldstein);
    }
  }

  /** The root code: the first two digits. */
  public int root() {
    return Integer.parseInt(code.substring(0, 2));
  }

  public QuadClass quadClass() {
    return QuadClass.ofRoot(root());
  }
}
