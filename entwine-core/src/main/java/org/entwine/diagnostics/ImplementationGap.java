package org.entwine.diagnostics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.entwine.evidence.Commitment;
import org.entwine.evidence.CommitmentStatus;
import org.entwine.evidence.Mechanism;
import org.entwine.evidence.Project;
import org.entwine.evidence.ProjectStatus;
import org.entwine.registry.PairLedgers;

/**
 * The papers' "gap between design and performance": commitments fallen due and not delivered,
 * projects past their planned end and not finished, mechanisms meeting less often than planned.
 */
public record ImplementationGap(
    List<String> undelivered, List<String> overdue, List<String> underused) {

  public boolean isEmpty() {
    return undelivered.isEmpty() && overdue.isEmpty() && underused.isEmpty();
  }

  public static ImplementationGap of(PairLedgers.Pair pair, LocalDate asOf) {
    List<String> undelivered = new ArrayList<>();
    for (Commitment c : pair.commitments()) {
      CommitmentStatus s = c.statusOn(asOf);
      if (c.hasFallenDue(asOf) && s != CommitmentStatus.FULFILLED)
        undelivered.add(c.id() + " (" + s + ")");
    }
    List<String> overdue = new ArrayList<>();
    for (Project p : pair.projects()) {
      boolean open = p.status() == ProjectStatus.PLANNED || p.status() == ProjectStatus.UNDER_WAY;
      if (open
          && p.plannedEnd() != null
          && p.plannedEnd()
              .earliest()
              .plusYears(p.plannedEnd().precision() == org.entwine.time.DatePrecision.YEAR ? 1 : 0)
              .isBefore(asOf)) {
        overdue.add(p.id() + " (planned end " + p.plannedEnd() + ")");
      }
    }
    List<String> underused = new ArrayList<>();
    for (Mechanism m : pair.mechanisms()) {
      Mechanism.Attendance a = m.attendance(asOf);
      if (a != null && a.held() < a.planned()) {
        underused.add(
            m.id()
                + " ("
                + a.held()
                + " of "
                + (long) Math.ceil(a.planned())
                + " sessions planned since "
                + a.from()
                + ")");
      }
    }
    return new ImplementationGap(undelivered, overdue, underused);
  }
}
