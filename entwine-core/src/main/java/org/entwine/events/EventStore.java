package org.entwine.events;

import java.util.List;
import java.util.Map;
import org.entwine.time.Month;

/**
 * Where relation-month series are kept. The core declares it; the storage adapters implement it.
 * Series are kept per event dataset ("gdelt", "icews"), since their counts are not comparable.
 */
public interface EventStore {

  /** The event ids of {@code dataset} already counted, serialized by the loader (empty if none). */
  byte[] eventIds(String dataset);

  /**
   * Adds relation-months to those stored (figures add up month by month, and months of the same
   * pair given twice add up too) and replaces the stored ids, in one transaction: all of it or, on
   * any error, none of it. The months are handed over one at a time, so a load holds none of them.
   *
   * @return the relation-months added or updated
   */
  default long addEvents(
      String dataset, Source months, byte[] ids, String origin, String enteredBy) {
    return addEvents(dataset, months, ids, origin, enteredBy, List.of());
  }

  /**
   * The same, recording in the same transaction the files the months came from ({@code loaded}),
   * and files a publisher lists that are not loaded yet (not {@code loaded}: recorded only where
   * the file is not recorded already).
   */
  long addEvents(
      String dataset,
      Source months,
      byte[] ids,
      String origin,
      String enteredBy,
      List<EventFile> files);

  /** The files of {@code dataset} recorded, loaded or only listed, by name. */
  Map<String, EventFile> eventFiles(String dataset);

  /** Hands relation-months to a consumer, one at a time. */
  @FunctionalInterface
  interface Source {
    void forEach(java.util.function.Consumer<RelationMonth> each);
  }

  /**
   * The series from {@code actor} to {@code partner}, months within [from, to] ({@link Month#MIN}
   * and {@link Month#MAX} for open ends), in month order.
   */
  List<RelationMonth> eventMonths(
      String dataset, String actor, String partner, Month from, Month to);

  /** Every relation-month with {@code actor} on either side, months within [from, to]. */
  List<RelationMonth> eventMonthsWith(String dataset, String actor, Month from, Month to);

  /** Each month's count of events with {@code actor} on either side, with any partner. */
  Map<Month, Long> eventTotals(String dataset, String actor, Month from, Month to);

  /**
   * Writes the stored relation-months of {@code dataset} (all datasets if null) to {@code file}, as
   * Parquet or CSV by its extension; returns the rows written.
   */
  long exportEvents(String dataset, java.nio.file.Path file);

  /** The event datasets stored, with their relation-month counts. */
  Map<String, Long> eventDatasets();
}
