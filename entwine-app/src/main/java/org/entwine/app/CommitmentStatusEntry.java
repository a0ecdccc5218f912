package org.entwine.app;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.entwine.evidence.Commitment;
import org.entwine.evidence.CommitmentStatus;
import org.entwine.evidence.CommitmentStatusChange;
import org.entwine.input.UserInputException;
import org.entwine.registry.Registry;
import org.entwine.time.PartialDate;

/**
 * A commitment's new status as an analyst enters it (the web form sends it; any client may): each
 * field checked with a message that names it, and the commitment's next version, its earlier
 * statuses kept. Storing it is the caller's.
 *
 * @param date when the status was reached: YYYY, YYYY-MM or YYYY-MM-DD
 * @param status one of {@link CommitmentStatus}, in any case
 * @param evidence what shows it, if anything
 * @param sources ids of stored sources, at least one
 */
public record CommitmentStatusEntry(
    String date, String status, String evidence, List<String> sources) {

  /** The next version of commitment {@code id} in {@code registry}, with this status added. */
  public Commitment applyTo(Registry registry, String id) {
    Commitment c =
        registry.commitments().stream()
            .filter(x -> x.id().equals(id))
            .findFirst()
            .orElseThrow(() -> new NotFoundException("no commitment '" + id + "'"));
    List<CommitmentStatusChange> status = new ArrayList<>(c.status());
    status.add(change(registry));
    try {
      return c.withStatus(status);
    } catch (
        IllegalArgumentException x) { // the commitment refuses the status given (out of order, say)
      throw new UserInputException(x.getMessage(), x);
    }
  }

  /** The status change asked for, each field checked. */
  private CommitmentStatusChange change(Registry registry) {
    if (date == null || date.isBlank())
      throw new UserInputException("date: required, as YYYY, YYYY-MM or YYYY-MM-DD");
    PartialDate day;
    try {
      day = PartialDate.parse(date.strip());
    } catch (RuntimeException x) {
      throw new UserInputException(
          "date: expected YYYY, YYYY-MM or YYYY-MM-DD, got '" + date + "'");
    }
    CommitmentStatus reached;
    try {
      reached = CommitmentStatus.valueOf(String.valueOf(status).strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException x) {
      throw new UserInputException(
          "status: expected one of "
              + Arrays.toString(CommitmentStatus.values())
              + ", got '"
              + status
              + "'");
    }
    List<String> cited = sources == null ? List.of() : sources;
    if (cited.isEmpty())
      throw new UserInputException("sources: a status needs at least one source");
    for (String s : cited) {
      if (registry.source(s).isEmpty()) {
        throw new UserInputException(
            "sources: unknown source '" + s + "' (add it first, as a source record)");
      }
    }
    return new CommitmentStatusChange(
        day, reached, evidence == null || evidence.isBlank() ? null : evidence.strip(), cited);
  }
}
