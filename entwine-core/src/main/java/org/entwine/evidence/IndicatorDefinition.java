package org.entwine.evidence;

import java.util.List;
import org.entwine.source.Cited;
import org.entwine.source.Ids;
import org.entwine.source.Provenance;

/**
 * What an indicator observation measures.
 *
 * @param directed true when an observation runs from {@code actor} to {@code partner} (A's exports
 *     to B); false for a measure of the pair (shared IGO memberships)
 */
public record IndicatorDefinition(
    String id,
    String name,
    String unit,
    boolean directed,
    String description,
    List<String> sources,
    Provenance provenance)
    implements Cited {

  public IndicatorDefinition {
    Ids.require(id, "an indicator id");
    Document.requireText(name, "name");
    Document.requireText(unit, "unit");
    sources = Ids.requireSources(sources);
  }
}
