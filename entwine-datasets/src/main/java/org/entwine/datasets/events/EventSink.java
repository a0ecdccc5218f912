package org.entwine.datasets.events;

/** Where the fast reader puts each relation event: a table, or a thread's outbox to the tables. */
interface EventSink {
  /** Adds one event ({@code sign} 1) or takes one back ({@code sign} -1). {@code quad} is 1-4. */
  void add(long key, int quad, double goldstein, long mentions, long sources, long articles, double tone, int sign);
}
