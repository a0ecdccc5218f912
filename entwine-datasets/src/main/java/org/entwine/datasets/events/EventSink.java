package org.entwine.datasets.events;

/** Where the fast reader puts each relation event: a table, or a thread's outbox to the tables. */
interface EventSink {
  /**
   * Adds one event ({@code sign} 1) or takes one back ({@code sign} -1). {@code quad} is 1-4;
   * {@code families} its {@link org.entwine.events.CameoFamily} bits.
   */
  void add(
      long key,
      int quad,
      int families,
      double goldstein,
      long mentions,
      long sources,
      long articles,
      double tone,
      int sign);
}
