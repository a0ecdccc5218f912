package org.entwine.method;

/**
 * Where a measure's values come from. It is decided once, from the measure's name, when the method
 * is read; what reads the method asks the kind, never the name.
 */
public enum MeasureKind {
  /** An observation series a dataset loads ({@code trade.share}). */
  DATASET,
  /**
   * A count from the registry's ledgers ({@code ledger:binding-documents}: {@link LedgerMeasures}).
   */
  LEDGER,
  /**
   * A measure of the event record's relation-months ({@code events.score}: {@link
   * org.entwine.events.EventEvidence#MEASURES}), for stability.
   */
  EVENTS;

  /** The kind a measure's name says: its prefix, the one place the names' form is read. */
  public static MeasureKind of(String measure) {
    if (measure.startsWith("ledger:")) return LEDGER;
    if (measure.startsWith("events.")) return EVENTS;
    return DATASET;
  }

  /** Checks that a measure's name says this kind: a record given a kind keeps it true. */
  void check(String measure) {
    if (this != of(measure))
      throw new IllegalArgumentException(
          "the measure '" + measure + "' is of kind " + of(measure) + ", not " + this);
  }
}
