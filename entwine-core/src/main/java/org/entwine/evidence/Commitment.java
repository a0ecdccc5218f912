package org.entwine.evidence;

import java.time.LocalDate;
import java.util.List;
import org.entwine.source.Attestation;
import org.entwine.source.Cited;
import org.entwine.source.Ids;
import org.entwine.source.Provenance;
import org.entwine.time.PartialDate;

/**
 * What a document or a statement promises (the papers' <em>words</em>): by whom, in which area, due
 * when, with the figure it promises where it gives one, and its status over time.
 *
 * @param document the id of the document that holds it, if recorded
 * @param date when it was stated, as precisely as the source gives it; null where the source is
 *     undated (the document's date, where it has one, says when)
 * @param by the actors that made the promise: both for a joint target, one side for a pledge or a
 *     figure one side alone stated
 * @param to the actors it is made to, where no document names them (India's credit line to Viet
 *     Nam: by IND, to VNM); empty where {@code by} or the document names both sides
 * @param target the figure promised, with its metric, unit and year; null for a promise without a
 *     number
 * @param due when it falls due; null for an open-ended promise (a target's year serves as its due
 *     year)
 * @param restates the id of the commitment whose target this one repeats (the same figure stated
 *     again at a later meeting): the two are one commitment in every count
 * @param confidence how firmly its sources attest it: {@code REPORTED} where one news page (or two
 *     copies of one wire story) gives it
 */
public record Commitment(
    String id,
    String document,
    PartialDate date,
    List<String> by,
    List<String> to,
    String area,
    String text,
    Target target,
    PartialDate due,
    List<CommitmentStatusChange> status,
    String restates,
    Attestation confidence,
    String note,
    List<String> sources,
    Provenance provenance)
    implements Cited {

  public Commitment {
    Ids.require(id, "a commitment id");
    by = Parties.require(by);
    to = Ids.list(to);
    for (String a : to) {
      Ids.require(a, "an actor code");
      if (by.contains(a)) throw new IllegalArgumentException(a + " is both in by and to");
    }
    Document.requireText(text, "text");
    status = Ids.list(status);
    for (int i = 1; i < status.size(); i++) {
      if (status.get(i).date().compareTo(status.get(i - 1).date()) < 0) {
        throw new IllegalArgumentException("status out of order at " + status.get(i).date());
      }
    }
    if (target != null && target.year() != null && date != null) {
      requireYearNotBefore(target.year(), date);
    }
    if (restates != null) {
      Ids.require(restates, "a commitment id");
      if (restates.equals(id)) throw new IllegalArgumentException("a commitment restates itself");
    }
    confidence = Attestation.orDefault(confidence);
    sources = Ids.requireSources(sources);
  }

  /** A promise without a number: what the ledger held before targets. */
  public Commitment(
      String id,
      String document,
      List<String> by,
      String area,
      String text,
      PartialDate due,
      List<CommitmentStatusChange> status,
      String note,
      List<String> sources,
      Provenance provenance) {
    this(
        id,
        document,
        null,
        by,
        List.of(),
        area,
        text,
        null,
        due,
        status,
        null,
        null,
        note,
        sources,
        provenance);
  }

  /**
   * A target cannot fall due before it was set.
   *
   * @throws IllegalArgumentException naming both
   */
  public static void requireYearNotBefore(int targetYear, PartialDate date) {
    if (targetYear < date.earliest().getYear()) {
      throw new IllegalArgumentException(
          "the target year " + targetYear + " is before the commitment's date " + date);
    }
  }

  /** The same commitment with another status history (an edit adds one). */
  public Commitment withStatus(List<CommitmentStatusChange> newStatus) {
    return new Commitment(
        id,
        document,
        date,
        by,
        to,
        area,
        text,
        target,
        due,
        newStatus,
        restates,
        confidence,
        note,
        sources,
        provenance);
  }

  /** Those who commit and those they commit to: the actors the record is about. */
  public List<String> parties() {
    if (to.isEmpty()) return by;
    List<String> all = new java.util.ArrayList<>(by);
    all.addAll(to);
    return List.copyOf(all);
  }

  @Override
  public java.util.stream.Stream<String> citations() {
    return java.util.stream.Stream.concat(
        sources.stream(), status.stream().flatMap(s -> s.sources().stream()));
  }

  /**
   * Whether the commitment had fallen due by {@code day}: its due date passed, or it was settled.
   */
  public boolean hasFallenDue(LocalDate day) {
    return statusOn(day).isSettled() || (due != null && due.isOnOrBefore(day));
  }

  public CommitmentStatus statusOn(LocalDate day) {
    CommitmentStatus s = CommitmentStatus.PENDING;
    for (CommitmentStatusChange c : status) {
      if (c.date().isOnOrBefore(day)) s = c.status();
    }
    return s;
  }

  /** The latest status change on or before {@code day}, or null when none is recorded by then. */
  public CommitmentStatusChange statusChangeOn(LocalDate day) {
    CommitmentStatusChange last = null;
    for (CommitmentStatusChange c : status) {
      if (c.date().isOnOrBefore(day)) last = c;
    }
    return last;
  }
}
