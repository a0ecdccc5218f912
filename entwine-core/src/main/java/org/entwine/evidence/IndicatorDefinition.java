package org.entwine.evidence;

import java.util.List;
import org.entwine.source.Cited;
import org.entwine.source.Ids;
import org.entwine.source.Provenance;

/**
 * What an indicator observation measures.
 *
 * @param directed true when an observation runs from {@code actor} to {@code partner} (A's imports
 *     from B); false for a measure of the pair (shared IGO memberships)
 * @param coveredFrom the first year the data covers (null if unknown)
 * @param coveredTo the last year the data covers (null if unknown)
 * @param absentMeansZero true for sparse data that lists only what exists (ATOP lists allied dyads
 *     only): within the covered years a pair with no value has none of the thing, a zero. False
 *     (the default): a pair-year with no value is missing and never counts as zero.
 * @param coveredActors the actors whose pairs the data covers, where it covers only some (the US
 *     State Department records pairs with the United States): outside them no value is missing, never
 *     zero; empty when the data covers every pair
 */
public record IndicatorDefinition(
    String id,
    String name,
    String unit,
    boolean directed,
    String description,
    Integer coveredFrom,
    Integer coveredTo,
    boolean absentMeansZero,
    List<String> coveredActors,
    List<String> sources,
    Provenance provenance)
    implements Cited {

  /** A definition of data that covers every pair. */
  public IndicatorDefinition(String id, String name, String unit, boolean directed, String description, Integer coveredFrom,
      Integer coveredTo, boolean absentMeansZero, List<String> sources, Provenance provenance) {
    this(id, name, unit, directed, description, coveredFrom, coveredTo, absentMeansZero, List.of(), sources, provenance);
  }

  public IndicatorDefinition {
    Ids.require(id, "an indicator id");
    Document.requireText(name, "name");
    Document.requireText(unit, "unit");
    if (coveredFrom != null && coveredTo != null && coveredTo < coveredFrom) {
      throw new IllegalArgumentException("coveredTo (" + coveredTo + ") is before coveredFrom (" + coveredFrom + ")");
    }
    if (absentMeansZero && (coveredFrom == null || coveredTo == null)) {
      throw new IllegalArgumentException("absentMeansZero needs the covered years (coveredFrom, coveredTo)");
    }
    sources = Ids.requireSources(sources);
    coveredActors = Ids.list(coveredActors);
    coveredActors.forEach(a -> Ids.require(a, "an actor code"));
  }

  /** The same definition with the years the loaded data covers. */
  public IndicatorDefinition covering(int from, int to) {
    return new IndicatorDefinition(id, name, unit, directed, description, from, to, absentMeansZero, coveredActors, sources,
        provenance);
  }

  /** The same definition entered by another hand. */
  public IndicatorDefinition enteredBy(Provenance p) {
    return new IndicatorDefinition(id, name, unit, directed, description, coveredFrom, coveredTo, absentMeansZero, coveredActors,
        sources, p);
  }

  /** Whether the data covers the pair: every pair, or those with one of {@code coveredActors}. */
  public boolean covers(String a, String b) {
    return coveredActors.isEmpty() || coveredActors.contains(a) || coveredActors.contains(b);
  }
}
