package org.entwine.evidence;

import java.util.List;
import java.util.Objects;
import org.entwine.source.Cited;
import org.entwine.source.Ids;
import org.entwine.source.Provenance;
import org.entwine.time.PartialDate;

/**
 * A joint statement, communiqué, declaration, treaty, agreement, memorandum or action plan.
 *
 * @param kind free text from the parties' own vocabulary ("joint statement", "treaty"…)
 * @param legallyBinding whether the document binds the parties in law (a treaty or agreement in
 *     force), which the papers weigh as the tightest form of commitment
 */
public record Document(
    String id,
    String title,
    String kind,
    PartialDate date,
    List<String> parties,
    List<String> areas,
    boolean legallyBinding,
    String note,
    List<String> sources,
    Provenance provenance)
    implements Cited {

  public Document {
    Ids.require(id, "a document id");
    requireText(title, "title");
    Objects.requireNonNull(date, "date");
    parties = Parties.require(parties);
    areas = Ids.list(areas);
    sources = Ids.requireSources(sources);
  }

  static void requireText(String value, String field) {
    if (value == null || value.isBlank()) throw new IllegalArgumentException("missing " + field);
  }
}
