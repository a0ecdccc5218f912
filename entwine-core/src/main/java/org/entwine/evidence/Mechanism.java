package org.entwine.evidence;

import java.util.List;
import java.util.Objects;
import org.entwine.source.Cited;
import org.entwine.source.Ids;
import org.entwine.source.Provenance;
import org.entwine.time.PartialDate;

/**
 * A cooperation mechanism: summit, strategic dialogue, joint committee, hotline, dispute-settlement
 * or crisis-management channel, parliamentary or party channel.
 *
 * @param kind free text ("joint committee", "strategic dialogue", "hotline", "dispute settlement")
 * @param sessionsPerYear the planned frequency; null when none is set
 * @param sessions the sessions actually held
 */
public record Mechanism(
    String id,
    String name,
    List<String> parties,
    String kind,
    MechanismLevel level,
    PartialDate established,
    Double sessionsPerYear,
    String area,
    List<Session> sessions,
    String note,
    List<String> sources,
    Provenance provenance)
    implements Cited {

  public Mechanism {
    Ids.require(id, "a mechanism id");
    Document.requireText(name, "name");
    parties = Parties.require(parties);
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(established, "established");
    if (sessionsPerYear != null && !(sessionsPerYear > 0)) {
      throw new IllegalArgumentException("sessionsPerYear must be above 0, got " + sessionsPerYear);
    }
    sessions = Ids.list(sessions);
    for (Session s : sessions) {
      if (s.date().compareTo(established) < 0) {
        throw new IllegalArgumentException(
            "a session ("
                + s.date()
                + ") before the mechanism was established ("
                + established
                + ")");
      }
    }
    sources = Ids.requireSources(sources);
  }

  /**
   * Sessions held against sessions planned over the five years to {@code asOf} (or since the
   * mechanism was established, if later).
   *
   * @param from the first year counted
   */
  public record Attendance(int from, double planned, long held) {}

  /**
   * The attendance to {@code asOf}; null when no frequency is planned or the mechanism did not
   * exist yet.
   */
  public Attendance attendance(java.time.LocalDate asOf) {
    if (sessionsPerYear == null || !established.isOnOrBefore(asOf)) return null;
    int year = asOf.getYear();
    int from = Math.max(year - 4, established.earliest().getYear());
    // Sessions cannot precede the establishment (see the constructor), so counting from `from` is
    // the window.
    long held =
        sessions.stream()
            .filter(s -> s.date().earliest().getYear() >= from && s.date().isOnOrBefore(asOf))
            .count();
    return new Attendance(from, sessionsPerYear * (year - from + 1), held);
  }

  @Override
  public java.util.stream.Stream<String> citations() {
    return java.util.stream.Stream.concat(
        sources.stream(), sessions.stream().flatMap(s -> s.sources().stream()));
  }
}
