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
import org.entwine.trust.Reason;

/**
 * The papers' "gap between design and performance": commitments fallen due and not delivered,
 * projects past their planned end and not finished, mechanisms meeting less often than planned.
 * Each is given in an English sentence and as a reason for the faces to word ({@code …Why}).
 */
public record ImplementationGap(
    List<String> undelivered,
    List<String> overdue,
    List<String> underused,
    List<Reason> undeliveredWhy,
    List<Reason> overdueWhy,
    List<Reason> underusedWhy) {

  public boolean isEmpty() {
    return undelivered.isEmpty() && overdue.isEmpty() && underused.isEmpty();
  }

  public static ImplementationGap of(PairLedgers.Pair pair, LocalDate asOf) {
    List<String> undelivered = new ArrayList<>();
    List<Reason> undeliveredWhy = new ArrayList<>();
    for (Commitment c : pair.commitments()) {
      CommitmentStatus s = c.statusOn(asOf);
      if (c.hasFallenDue(asOf) && s != CommitmentStatus.FULFILLED) {
        undelivered.add(c.id() + " (" + s + ")");
        undeliveredWhy.add(Reason.of("gap.undelivered", c.id(), Reason.of("status." + s.name())));
      }
    }
    List<String> overdue = new ArrayList<>();
    List<Reason> overdueWhy = new ArrayList<>();
    for (Project p : pair.projects()) {
      boolean open = p.status() == ProjectStatus.PLANNED || p.status() == ProjectStatus.UNDER_WAY;
      if (open
          && p.plannedEnd() != null
          && p.plannedEnd()
              .earliest()
              .plusYears(p.plannedEnd().precision() == org.entwine.time.DatePrecision.YEAR ? 1 : 0)
              .isBefore(asOf)) {
        overdue.add(p.id() + " (planned end " + p.plannedEnd() + ")");
        overdueWhy.add(Reason.of("gap.overdue", p.id(), p.plannedEnd().toString()));
      }
    }
    List<String> underused = new ArrayList<>();
    List<Reason> underusedWhy = new ArrayList<>();
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
        underusedWhy.add(
            Reason.of(
                "gap.underused",
                m.id(),
                a.held(),
                (long) Math.ceil(a.planned()),
                String.valueOf(a.from())));
      }
    }
    return new ImplementationGap(
        undelivered, overdue, underused, undeliveredWhy, overdueWhy, underusedWhy);
  }
}
