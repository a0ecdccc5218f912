package org.entwine.evidence;

import java.math.BigDecimal;
import java.util.Objects;

/** A project's budget in its own currency (ISO 4217 code). */
public record Budget(BigDecimal amount, String currency) {
  public Budget {
    Objects.requireNonNull(amount, "amount");
    if (amount.signum() < 0) throw new IllegalArgumentException("a budget cannot be negative");
    if (currency == null || !currency.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException(
          "expected an ISO 4217 currency code, got '" + currency + "'");
    }
  }
}
