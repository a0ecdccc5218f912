package org.entwine.evidence;

import java.util.List;
import java.util.Objects;
import org.entwine.source.Cited;
import org.entwine.source.Ids;
import org.entwine.source.Provenance;
import org.entwine.time.PartialDate;

/**
 * A joint project (the papers' <em>deeds</em>): "evidenced in specific projects in which all the
 * goals, timetable of operations, the level of participation of related parties and the assessment
 * of common projects must be defined clearly".
 *
 * @param participants ministries, localities, firms taking part
 */
public record Project(
    String id,
    String title,
    List<String> parties,
    String area,
    String goals,
    PartialDate start,
    PartialDate plannedEnd,
    PartialDate actualEnd,
    List<String> participants,
    Budget budget,
    ProjectStatus status,
    String assessment,
    String note,
    List<String> sources,
    Provenance provenance)
    implements Cited {

  public Project {
    Ids.require(id, "a project id");
    Document.requireText(title, "title");
    parties = Parties.require(parties);
    Objects.requireNonNull(status, "status");
    if (start != null && plannedEnd != null && plannedEnd.compareTo(start) < 0) {
      throw new IllegalArgumentException(
          "plannedEnd (" + plannedEnd + ") is before start (" + start + ")");
    }
    if (start != null && actualEnd != null && actualEnd.compareTo(start) < 0) {
      throw new IllegalArgumentException(
          "actualEnd (" + actualEnd + ") is before start (" + start + ")");
    }
    participants = Ids.list(participants);
    sources = Ids.requireSources(sources);
  }
}
