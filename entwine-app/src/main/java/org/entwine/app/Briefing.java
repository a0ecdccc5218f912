package org.entwine.app;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.entwine.diagnostics.Flag;
import org.entwine.framework.Level;
import org.entwine.registry.Registry;
import org.entwine.trust.Cell;
import org.entwine.trust.Degree;

/**
 * The executive page: three to five key judgements and the risks to watch, each a sentence the
 * faces word from a key and its figures, with the sources it rests on. Generated from the
 * assessment and the changes over the past year; never advice to upgrade or downgrade a partner.
 *
 * @param judgements the key judgements, most telling first (at most five)
 * @param risks the risks to watch, each with its reason, the highest levels first
 */
public record Briefing(List<Finding> judgements, List<Finding> risks) {

  /**
   * One sentence: a message key, its figures (names, numbers, dates, in the faces' order) and the
   * sources behind it.
   *
   * @param partner the partner it is about, null for the whole portfolio
   */
  public record Finding(String key, List<Object> args, List<String> sources, String partner) {
    public Finding {
      args = List.copyOf(args);
      sources = List.copyOf(sources);
    }
  }

  /** The most key judgements the page holds. */
  public static final int MOST = 5;

  /** The most risks the page holds. */
  public static final int MOST_RISKS = 6;

  public Briefing {
    judgements = List.copyOf(judgements);
    risks = List.copyOf(risks);
  }

  /**
   * @param now the assessment of the page's date
   * @param changes what changed over the period the page looks back on (a year)
   * @param registry for names and sources
   */
  public static Briefing of(Assessor.Assessments now, Changes changes, Registry registry) {
    List<Finding> out = new ArrayList<>();
    List<Assessment> framed = now.framed();
    // frameworks founded or upgraded over the period
    var steps =
        changes.frameworks().stream()
            .filter(
                s ->
                    s.event().change().equals("ESTABLISHED")
                        || s.event().change().equals("UPGRADED"))
            .toList();
    if (!steps.isEmpty())
      out.add(
          new Finding(
              "key.frameworks",
              List.of(
                  steps.size(),
                  changes.since(),
                  changes.until(),
                  steps.stream()
                      .map(s -> new Named(s.partner(), s.event().level(), s.event().date()))
                      .toList()),
              steps.stream().flatMap(s -> s.event().sources().stream()).distinct().toList(),
              null));
    // the deepest relations
    List<Assessment> deepest =
        framed.stream()
            .filter(p -> !p.unranked())
            .sorted(Comparator.comparing(Assessment::depth).reversed())
            .limit(3)
            .toList();
    if (!deepest.isEmpty())
      out.add(
          new Finding(
              "key.deepest",
              List.of(
                  now.asOf(),
                  deepest.stream().map(p -> new Ranked(p.partner(), p.depth())).toList(),
                  now.methodId()),
              List.of(),
              null));
    // a depth that moved beyond its band
    changes.moves().stream()
        .filter(m -> framed.stream().anyMatch(p -> p.partner().equals(m.partner())))
        .findFirst()
        .ifPresent(
            m ->
                out.add(
                    new Finding(
                        "key.move",
                        List.of(
                            m.partner(),
                            m.depthThen(),
                            m.depthNow(),
                            m.rankThen(),
                            m.rankNow(),
                            Math.round(m.rankLowThen()),
                            Math.round(m.rankHighThen()),
                            changes.since()),
                        List.of(),
                        m.partner())));
    // degrees of confidence that changed
    var degrees = changes.degrees().stream().filter(d -> d.then() != d.now()).toList();
    if (!degrees.isEmpty())
      out.add(
          new Finding(
              "key.degrees",
              List.of(
                  degrees.size(),
                  changes.since(),
                  degrees.stream()
                      .map(d -> new DegreeMove(d.partner(), d.then(), d.now(), d.basisNow()))
                      .toList()),
              List.of(),
              null));
    // incidents over the period
    if (!changes.incidents().isEmpty())
      out.add(
          new Finding(
              "key.incidents",
              List.of(
                  changes.incidents().size(),
                  changes.since(),
                  changes.incidents().stream()
                      .map(i -> new Named(i.by().get(0), null, i.date()))
                      .toList()),
              changes.incidents().stream().flatMap(i -> i.sources().stream()).distinct().toList(),
              null));
    // how old the evidence is: always said, and last if space runs out
    Finding evidence =
        new Finding(
            "key.evidence",
            List.of(
                now.vintage().medianAge() == null ? 0.0 : now.vintage().medianAge(), now.vintage()),
            List.copyOf(now.vintage().freshest().keySet()),
            null);
    List<Finding> judgements = new ArrayList<>(out.subList(0, Math.min(MOST - 1, out.size())));
    judgements.add(evidence);
    return new Briefing(judgements, risks(framed));
  }

  /** A partner named with a level and a date (a framework's step, an incident). */
  public record Named(String partner, Level level, org.entwine.time.PartialDate date) {}

  /** A partner with its depth. */
  public record Ranked(String partner, double depth) {}

  /** A partner's degree then and now, and what the new one rests on. */
  public record DegreeMove(String partner, Degree then, Degree now, String basis) {}

  /** The risks to watch among the framework partners, highest levels first. */
  static List<Finding> risks(List<Assessment> framed) {
    List<Finding> out = new ArrayList<>();
    List<Assessment> byLevel =
        framed.stream()
            .sorted(
                Comparator.comparing((Assessment p) -> -p.level().rank())
                    .thenComparing(p -> p.depth() == null ? 0 : -p.depth()))
            .toList();
    for (Assessment p : byLevel) {
      if (p.cell() == Cell.BAD_FRIEND)
        out.add(
            new Finding(
                "risk.lowerConfidence",
                List.of(p.partner(), p.level(), p.standing().degree(), p.standing().basis()),
                List.of(),
                p.partner()));
      if (p.flags().contains(Flag.LABEL_ABOVE_SUBSTANCE) && p.depth() != null)
        out.add(
            new Finding(
                "risk.labelAbove",
                List.of(p.partner(), p.level(), p.depth()),
                List.of(),
                p.partner()));
      if (p.flags().contains(Flag.DEPTH_FALLING) && p.depthChange() != null)
        out.add(
            new Finding(
                "risk.falling",
                List.of(p.partner(), Math.abs(p.depthChange())),
                List.of(),
                p.partner()));
      if (!p.standing().incidents().isEmpty())
        out.add(
            new Finding(
                "risk.incidents",
                List.of(
                    p.partner(),
                    p.standing().incidents().size(),
                    String.valueOf(p.standing().from()),
                    String.valueOf(p.standing().to()),
                    // the incidents themselves: each face words its date as its reader writes dates
                    p.standing().incidents()),
                p.standing().incidents().stream()
                    .flatMap(i -> i.sources().stream())
                    .distinct()
                    .toList(),
                p.partner()));
    }
    return out.subList(0, Math.min(MOST_RISKS, out.size()));
  }
}
