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
 * @param coveredActors where the data covers only some pairs: an actor code covers its pairs (the
 *     US State Department records pairs with the United States: {@code USA}), two codes joined by
 *     '+' one pair ({@code USA+VNM}); outside them no value is missing, never zero. Empty when it
 *     covers every pair
 * @param coversOrganizations whether the data speaks for organizations (the European Union, ASEAN)
 *     as partners. Datasets of states do not (the default): there, an organization with no value is
 *     not covered, never a zero of data that lists only what exists
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
    boolean coversOrganizations,
    List<String> sources,
    Provenance provenance)
    implements Cited {

  /** A definition of data on states, covering the pairs {@code coveredActors} names. */
  public IndicatorDefinition(
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
      Provenance provenance) {
    this(
        id,
        name,
        unit,
        directed,
        description,
        coveredFrom,
        coveredTo,
        absentMeansZero,
        coveredActors,
        false,
        sources,
        provenance);
  }

  /** A definition of data that covers every pair. */
  public IndicatorDefinition(
      String id,
      String name,
      String unit,
      boolean directed,
      String description,
      Integer coveredFrom,
      Integer coveredTo,
      boolean absentMeansZero,
      List<String> sources,
      Provenance provenance) {
    this(
        id,
        name,
        unit,
        directed,
        description,
        coveredFrom,
        coveredTo,
        absentMeansZero,
        List.of(),
        sources,
        provenance);
  }

  public IndicatorDefinition {
    Ids.require(id, "an indicator id");
    Document.requireText(name, "name");
    Document.requireText(unit, "unit");
    if (coveredFrom != null && coveredTo != null && coveredTo < coveredFrom) {
      throw new IllegalArgumentException(
          "coveredTo (" + coveredTo + ") is before coveredFrom (" + coveredFrom + ")");
    }
    if (absentMeansZero && (coveredFrom == null || coveredTo == null)) {
      throw new IllegalArgumentException(
          "absentMeansZero needs the covered years (coveredFrom, coveredTo)");
    }
    sources = Ids.requireSources(sources);
    coveredActors = Ids.list(coveredActors);
    coveredActors.forEach(a -> Ids.require(a, "an actor code"));
  }

  /** The same definition with the years the loaded data covers. */
  public IndicatorDefinition covering(int from, int to) {
    return new IndicatorDefinition(
        id,
        name,
        unit,
        directed,
        description,
        from,
        to,
        absentMeansZero,
        coveredActors,
        coversOrganizations,
        sources,
        provenance);
  }

  /** The same definition entered by another hand. */
  public IndicatorDefinition enteredBy(Provenance p) {
    return new IndicatorDefinition(
        id,
        name,
        unit,
        directed,
        description,
        coveredFrom,
        coveredTo,
        absentMeansZero,
        coveredActors,
        coversOrganizations,
        sources,
        p);
  }

  /** Whether the data covers the pair: every pair, or those {@code coveredActors} name. */
  public boolean covers(String a, String b) {
    if (coveredActors.isEmpty()) return true;
    for (String c : coveredActors) {
      if (c.equals(a) || c.equals(b) || c.equals(a + "+" + b) || c.equals(b + "+" + a)) return true;
    }
    return false;
  }

  /**
   * The same definition restricted to the pairs of {@code actor} from {@code from}: what an extract
   * of that actor's pairs covers.
   */
  public IndicatorDefinition restrictedTo(String actor, int from) {
    List<String> pairs =
        coveredActors.isEmpty() || coveredActors.contains(actor)
            ? List.of(actor)
            : coveredActors.stream()
                .map(c -> c.contains("+") ? c : c + "+" + actor)
                .filter(c -> List.of(c.split("\\+")).contains(actor))
                .toList();
    boolean covered = !pairs.isEmpty() && (coveredTo == null || coveredTo >= from);
    Integer start =
        coveredFrom == null ? null : covered ? Math.max(coveredFrom, from) : coveredFrom;
    // an extract that covers none of the data's pairs or years says nothing of absences
    return new IndicatorDefinition(
        id,
        name,
        unit,
        directed,
        description,
        start,
        coveredTo,
        absentMeansZero && covered,
        covered ? pairs : List.of(actor),
        coversOrganizations,
        sources,
        provenance);
  }
}
