package org.entwine.datasets.readers;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.entwine.evidence.Contact;
import org.entwine.evidence.IndicatorDefinition;
import org.entwine.registry.Registry;
import org.entwine.source.Provenance;
import org.entwine.source.Source;

/** Builds a dataset's records: its source and indicator definitions. */
final class Definitions {
  static final Provenance BY_LOADER = new Provenance("entwine load", Instant.EPOCH);

  private final Source source;
  private final List<Source> more;
  private final List<IndicatorDefinition> indicators = new ArrayList<>();

  /**
   * @param more sources some of the observations cite instead of {@code source} (IMF DOTS cites its
   *     mirror figures and its estimates apart)
   */
  Definitions(Source source, Source... more) {
    this.source = source;
    this.more = List.of(more);
  }

  /** The dataset's source: what its observations cite. */
  Source source() {
    return source;
  }

  Definitions indicator(
      String id,
      String name,
      String unit,
      boolean directed,
      boolean absentMeansZero,
      String description) {
    return indicator(id, name, unit, directed, absentMeansZero, List.of(), description);
  }

  /** An indicator of data that covers only the pairs of {@code coveredActors}. */
  Definitions indicator(
      String id,
      String name,
      String unit,
      boolean directed,
      boolean absentMeansZero,
      List<String> coveredActors,
      String description) {
    // A placeholder span makes absentMeansZero valid; the load sets the real span it read.
    indicators.add(
        new IndicatorDefinition(
            id,
            name,
            unit,
            directed,
            description,
            absentMeansZero ? 0 : null,
            absentMeansZero ? 0 : null,
            absentMeansZero,
            coveredActors,
            List.of(source.id()),
            BY_LOADER));
    return this;
  }

  /**
   * The indicator just defined, its observations citing one of {@code sources} rather than the
   * dataset's source alone.
   */
  Definitions citing(String... sources) {
    IndicatorDefinition d = indicators.remove(indicators.size() - 1);
    indicators.add(
        new IndicatorDefinition(
            d.id(),
            d.name(),
            d.unit(),
            d.directed(),
            d.description(),
            d.coveredFrom(),
            d.coveredTo(),
            d.absentMeansZero(),
            d.coveredActors(),
            d.coversOrganizations(),
            List.of(sources),
            d.provenance()));
    return this;
  }

  /**
   * Whether the indicator's values can only be 0 or 1 (an obligation, an alliance): its unit says
   * so.
   */
  /** Whether the indicator counts something (its unit is {@value #COUNT}). */
  boolean isCount(String id) {
    return indicators.stream().anyMatch(d -> d.id().equals(id) && d.unit().equals(COUNT));
  }

  static final String COUNT = "count";

  boolean isBinary(String id) {
    return indicators.stream().anyMatch(d -> d.id().equals(id) && d.unit().equals(BINARY));
  }

  /** The unit of a yes-or-no indicator. */
  static final String BINARY = "0/1";

  Registry records() {
    return records(null, null, List.of());
  }

  /** The records, with the years the data covers and any contact records the data gave. */
  Registry records(Integer from, Integer to, List<Contact> contacts) {
    List<IndicatorDefinition> defs =
        indicators.stream().map(d -> from == null ? d : d.covering(from, to)).toList();
    List<Source> sources = new ArrayList<>(List.of(source));
    sources.addAll(more);
    return Registry.ofDataset(sources, defs, contacts);
  }
}
