package org.entwine.evidence;

import java.util.List;
import java.util.Objects;
import org.entwine.source.Cited;
import org.entwine.source.Ids;
import org.entwine.source.Provenance;
import org.entwine.time.PartialDate;

/**
 * An analyst's judgement of the degree of confidence in a partner, with the reason. It is shown
 * beside the degree Entwine computes from the evidence, never in its place.
 *
 * @param focal whose confidence it is
 * @param degree 1 (high confidence) to 4 (deep suspicion), as the papers number them
 */
public record TrustJudgement(
    String id,
    String focal,
    String partner,
    PartialDate date,
    int degree,
    String reason,
    String analyst,
    List<String> sources,
    Provenance provenance)
    implements Cited {

  public TrustJudgement {
    Ids.require(id, "a judgement id");
    Ids.require(focal, "an actor code");
    Ids.require(partner, "an actor code");
    Objects.requireNonNull(date, "date");
    if (degree < 1 || degree > 4)
      throw new IllegalArgumentException("degree must be 1 to 4, got " + degree);
    Document.requireText(reason, "reason");
    Document.requireText(analyst, "analyst");
    sources = Ids.requireSources(sources);
  }
}
