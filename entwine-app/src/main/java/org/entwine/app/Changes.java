package org.entwine.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entwine.evidence.Incident;
import org.entwine.framework.Level;
import org.entwine.registry.Registry;
import org.entwine.registry.Timeline;
import org.entwine.registry.TimelineEvent;
import org.entwine.trust.Cell;
import org.entwine.trust.Degree;

/**
 * What changed in a focal actor's relations between two dates: frameworks founded, upgraded,
 * suspended; depths that moved beyond the band their rank moved in; degrees of confidence and cells
 * that changed; incidents; and, side by side, the partners asked about. Computed from the two
 * dates' assessments, so that every change is one a reader can trace to both.
 *
 * @param frameworks the steps of the focal actor's frameworks dated after {@code since} and not
 *     after {@code until}, oldest first
 * @param moves partners whose rank on {@code until} lies outside the interval their rank moved in
 *     on {@code since} over the sensitivity runs, the largest change in depth first
 * @param degrees partners whose degree of confidence or cell changed
 * @param incidents incidents dated in the period
 * @param sideBySide the partners asked about (else every partner with a framework on either date),
 *     then and now
 */
public record Changes(
    String focal,
    LocalDate since,
    LocalDate until,
    List<Step> frameworks,
    List<Move> moves,
    List<DegreeChange> degrees,
    List<Incident> incidents,
    List<Side> sideBySide) {

  /** A framework's step in the period, with the partner and its name. */
  public record Step(String partner, String name, TimelineEvent event) {}

  /** A depth that moved beyond its rank band. */
  public record Move(
      String partner,
      String name,
      Double depthThen,
      Double depthNow,
      Integer rankThen,
      double rankLowThen,
      double rankHighThen,
      Integer rankNow) {
    public double change() {
      return depthNow - depthThen;
    }
  }

  /** A degree of confidence, or a cell, that changed, with the evidence each rests on. */
  public record DegreeChange(
      String partner,
      String name,
      Degree then,
      Degree now,
      String basisThen,
      String basisNow,
      Cell cellThen,
      Cell cellNow) {}

  /** A partner then and now. */
  public record Side(
      String partner,
      String name,
      Level levelThen,
      Level levelNow,
      Double depthThen,
      Double depthNow,
      Integer rankThen,
      Integer rankNow,
      Degree degreeThen,
      Degree degreeNow,
      Cell cellThen,
      Cell cellNow) {}

  public Changes {
    frameworks = List.copyOf(frameworks);
    moves = List.copyOf(moves);
    degrees = List.copyOf(degrees);
    incidents = List.copyOf(incidents);
    sideBySide = List.copyOf(sideBySide);
  }

  /**
   * The changes between two dates, each assessed from the store as {@code assess} would (the same
   * method, sensitivity runs and seed), on the store's registry as already read ({@code stored}: a
   * command has read it to resolve the codes it was given, a server keeps it between writes).
   */
  public static Changes between(
      org.entwine.storage.Store store,
      Registry stored,
      org.entwine.method.Method method,
      String actor,
      LocalDate since,
      LocalDate until,
      int runs,
      Set<String> partners) {
    if (!since.isBefore(until))
      throw new org.entwine.input.UserInputException(
          "--since (" + since + ") must be before --until (" + until + ")");
    Scoring before = Scoring.of(store, stored, method, actor, null, since.getYear(), false);
    Scoring after = Scoring.of(store, stored, method, actor, null, until.getYear(), false);
    return of(
        Assessor.assess(before, since, runs, false),
        Assessor.assess(after, until, runs, false),
        after.registry(),
        partners);
  }

  /**
   * The changes since {@code since} to an assessment already made: the earlier date assessed from
   * the store with the same method and runs.
   */
  public static Changes since(
      org.entwine.storage.Store store,
      org.entwine.registry.Registry stored,
      org.entwine.method.Method method,
      Assessor.Assessments now,
      LocalDate since,
      int runs) {
    Scoring before = Scoring.of(store, stored, method, now.focal(), null, since.getYear(), false);
    return of(
        Assessor.assess(before, since, runs, now.seed(), false), now, before.registry(), Set.of());
  }

  /** Whether anything changed at all. */
  public boolean none() {
    return frameworks.isEmpty() && moves.isEmpty() && degrees.isEmpty() && incidents.isEmpty();
  }

  /**
   * The changes between two assessments of the same focal actor.
   *
   * @param partners the partners to set side by side; empty: every partner with a framework on
   *     either date
   */
  public static Changes of(
      Assessor.Assessments then,
      Assessor.Assessments now,
      Registry registry,
      Set<String> partners) {
    String focal = now.focal();
    Map<String, Assessment> before = new HashMap<>();
    then.partners().forEach(p -> before.put(p.partner(), p));
    Map<String, Assessment> after = new HashMap<>();
    now.partners().forEach(p -> after.put(p.partner(), p));
    java.util.function.Function<String, String> name =
        p -> registry.actor(p).map(a -> a.name()).orElse(p);

    List<Step> steps = new ArrayList<>();
    java.util.Set<String> framed = new java.util.TreeSet<>();
    registry.frameworks().stream()
        .filter(f -> f.involves(focal))
        .forEach(f -> framed.add(f.partnerOf(focal)));
    for (String p : framed) {
      for (TimelineEvent e : Timeline.of(registry, focal, p)) {
        LocalDate day = e.date().earliest();
        if (day.isAfter(then.asOf()) && !day.isAfter(now.asOf()))
          steps.add(new Step(p, name.apply(p), e));
      }
    }
    steps.sort(Comparator.comparing((Step s) -> s.event().date()).thenComparing(Step::partner));

    List<Move> moves = new ArrayList<>();
    for (Assessment a : now.partners()) {
      Assessment b = before.get(a.partner());
      if (b == null || b.rank() == null || a.rank() == null) continue;
      int rank = a.rank().rank();
      if (rank < b.rank().rankLow() || rank > b.rank().rankHigh())
        moves.add(
            new Move(
                a.partner(),
                name.apply(a.partner()),
                b.depth(),
                a.depth(),
                b.rank().rank(),
                b.rank().rankLow(),
                b.rank().rankHigh(),
                rank));
    }
    moves.sort(Comparator.comparingDouble((Move m) -> -Math.abs(m.change())));

    List<DegreeChange> degrees = new ArrayList<>();
    for (Assessment a : now.partners()) {
      Assessment b = before.get(a.partner());
      if (b == null) continue;
      Degree d0 = b.standing().degree();
      Degree d1 = a.standing().degree();
      if (d0 != d1 || b.cell() != a.cell())
        degrees.add(
            new DegreeChange(
                a.partner(),
                name.apply(a.partner()),
                d0,
                d1,
                b.standing().basis(),
                a.standing().basis(),
                b.cell(),
                a.cell()));
    }

    List<Incident> incidents =
        registry.incidents().stream()
            .filter(i -> i.parties().contains(focal))
            .filter(i -> i.within(then.asOf().plusDays(1), now.asOf()))
            .sorted(Comparator.comparing(Incident::date))
            .toList();

    java.util.Set<String> asked = new java.util.LinkedHashSet<>(partners);
    if (asked.isEmpty()) {
      now.framed().forEach(p -> asked.add(p.partner()));
      then.framed().forEach(p -> asked.add(p.partner()));
    }
    List<Side> sides = new ArrayList<>();
    for (String p : asked) {
      Assessment b = before.get(p);
      Assessment a = after.get(p);
      sides.add(
          new Side(
              p,
              name.apply(p),
              b == null ? Level.NONE : b.level(),
              a == null ? Level.NONE : a.level(),
              b == null ? null : b.depth(),
              a == null ? null : a.depth(),
              b == null || b.rank() == null ? null : b.rank().rank(),
              a == null || a.rank() == null ? null : a.rank().rank(),
              b == null ? Degree.INSUFFICIENT_EVIDENCE : b.standing().degree(),
              a == null ? Degree.INSUFFICIENT_EVIDENCE : a.standing().degree(),
              b == null ? null : b.cell(),
              a == null ? null : a.cell()));
    }
    return new Changes(focal, then.asOf(), now.asOf(), steps, moves, degrees, incidents, sides);
  }
}
