package org.entwine.evidence;

import java.util.List;
import java.util.Objects;
import org.entwine.source.Attestation;
import org.entwine.source.Cited;
import org.entwine.source.Ids;
import org.entwine.source.Provenance;
import org.entwine.time.PartialDate;

/**
 * A figure a source reports for what happened between two actors (the papers' <em>deeds</em>, in
 * numbers): two-way trade in a year, a grant disbursed, rice handed over. A quantified commitment
 * is judged from it where the loaded data give no figure of the same kind.
 *
 * @param parties the pair the figure is about
 * @param value in full units, the unit as the source gives it
 * @param year the year the figure describes (a delivery: the year it was made)
 * @param date when the source reported it; null where the page is undated
 * @param reportedBy the body that gave the figure (a customs office, a ministry, a news agency):
 *     statistics differ by source, and a reader must know whose figure it is
 * @param text what the source says, in a sentence of the ledger's own words
 * @param commitment the id of the commitment it reports a delivery on, where the source says so: a
 *     pledge is judged only from deliveries reported for it
 * @param confidence {@code REPORTED} where one news page gives it
 */
public record Outcome(
    String id,
    List<String> parties,
    Metric metric,
    double value,
    String unit,
    int year,
    PartialDate date,
    String reportedBy,
    String text,
    String commitment,
    Attestation confidence,
    String note,
    List<String> sources,
    Provenance provenance)
    implements Cited {

  public Outcome {
    Ids.require(id, "an outcome id");
    parties = Parties.require(parties);
    if (parties.size() != 2)
      throw new IllegalArgumentException("an outcome is about two parties, got " + parties);
    Objects.requireNonNull(metric, "metric");
    if (!Double.isFinite(value) || value < 0)
      throw new IllegalArgumentException("a figure is a number of 0 or more, got " + value);
    Document.requireText(unit, "unit");
    if (year < 1000 || year > 9999)
      throw new IllegalArgumentException("a year has four digits, got " + year);
    if (date != null && date.latest().getYear() < year)
      throw new IllegalArgumentException(
          "the figure of " + year + " cannot be reported on " + date + ", before its year");
    Document.requireText(text, "text");
    if (commitment != null) Ids.require(commitment, "a commitment id");
    confidence = Attestation.orDefault(confidence);
    sources = Ids.requireSources(sources);
  }
}
