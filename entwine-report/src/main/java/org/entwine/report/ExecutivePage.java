package org.entwine.report;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.entwine.app.Briefing;
import org.entwine.app.Changes;
import org.entwine.framework.Level;
import org.entwine.method.RawValues;
import org.entwine.registry.Registry;
import org.entwine.time.PartialDate;
import org.entwine.trust.Degree;

/**
 * The report's first page in words: the key judgements and the risks to watch of the {@link
 * Briefing}, and what changed since a date, each a sentence in the reader's language with its
 * figures, names (never codes) and sources.
 *
 * @param header the line for classification, date and author
 * @param judgements the key judgements, in sentences
 * @param risks the risks to watch, each with its reason
 * @param changed what changed since the page's earlier date, in sentences
 */
public record ExecutivePage(
    String header,
    String changedHeading,
    List<String> judgements,
    List<String> risks,
    List<String> changed) {

  /**
   * @param classification how the document is classified (as the user sets it), or null
   * @param author who prepared it, or null
   */
  static ExecutivePage of(
      Briefing b,
      Changes c,
      LocalDate asOf,
      String classification,
      String author,
      Registry r,
      Messages m) {
    String header =
        String.join(
            " · ",
            java.util.stream.Stream.of(
                    classification, m.date(asOf), author == null ? null : m.get("exec.by", author))
                .filter(x -> x != null && !x.isBlank())
                .toList());
    return new ExecutivePage(
        header,
        m.get("exec.changed", m.date(c.since())),
        b.judgements().stream().map(f -> sentence(f, r, m)).toList(),
        b.risks().stream().map(f -> sentence(f, r, m)).toList(),
        changed(c, r, m));
  }

  /** A finding worded: its key's pattern filled with its figures as the language writes them. */
  static String sentence(Briefing.Finding f, Registry r, Messages m) {
    Object[] args = f.args().stream().map(a -> word(a, r, m)).toArray();
    String text = m.get(f.key(), args);
    return f.sources().isEmpty()
        ? text
        : text
            + " "
            + m.get(
                "exec.sources",
                String.join(
                    ", ",
                    f.sources().stream()
                        // the registry's own ledgers are no published source: named, not coded
                        .map(id -> id.equals(RawValues.LEDGER) ? m.get("appendix.ledgerShort") : id)
                        .toList()));
  }

  /** One figure as the reader reads it: a partner by name, a level by its name, a date in words. */
  private static Object word(Object a, Registry r, Messages m) {
    if (a instanceof String code && code.matches("[A-Z]{2,5}") && r.actor(code).isPresent())
      return m.name(r.actor(code).get());
    if (a instanceof Level l) return m.label("level", l);
    if (a instanceof Degree d) return m.label("degree", d);
    if (a instanceof LocalDate d) return m.date(d);
    if (a instanceof PartialDate d) return m.date(d);
    if (a instanceof Double d) return m.number(d, 1);
    if (a instanceof String s && (s.equals("ledger") || s.equals("events") || s.equals("news")))
      return m.get("basis." + s);
    if (a instanceof org.entwine.method.Vintage v)
      return org.entwine.app.Vintages.line(r, v, m.get("appendix.ledgerShort"));
    if (a instanceof List<?> list)
      return list.stream().map(x -> item(x, r, m)).collect(Collectors.joining("; "));
    return a;
  }

  private static String item(Object x, Registry r, Messages m) {
    if (x instanceof Briefing.Named n)
      return m.name(r.actor(n.partner()).orElseThrow())
          + (n.level() == null
              ? ""
              : " (" + m.label("level", n.level()) + ", " + m.date(n.date()) + ")");
    if (x instanceof Briefing.Ranked k)
      return m.name(r.actor(k.partner()).orElseThrow()) + " " + m.number(k.depth(), 1);
    if (x instanceof org.entwine.evidence.Incident i)
      return i.kind() + " (" + m.date(i.date()) + ")";
    if (x instanceof Briefing.DegreeMove d)
      return degreeMove(d.partner(), d.then(), d.now(), d.basis(), r, m);
    return String.valueOf(x);
  }

  /** A partner's degree that moved, and the evidence it now rests on. */
  private static String degreeMove(
      String partner, Degree then, Degree now, String basis, Registry r, Messages m) {
    return m.get(
        "exec.degreeMove",
        m.name(r.actor(partner).orElseThrow()),
        m.label("degree", then),
        m.label("degree", now),
        m.get("basis." + basis));
  }

  /** What changed, in sentences: frameworks, depths beyond their band, degrees, incidents. */
  static List<String> changed(Changes c, Registry r, Messages m) {
    List<String> out = new java.util.ArrayList<>();
    for (var s : c.frameworks())
      out.add(
          m.get(
              "exec.step." + s.event().change(),
              m.date(s.event().date()),
              m.name(r.actor(s.partner()).orElseThrow()),
              s.event().level() == null ? "" : m.label("level", s.event().level())));
    // the partners with a framework on either date: the others' moves are the ranking's noise
    java.util.Set<String> framed = new java.util.HashSet<>();
    c.sideBySide().forEach(s -> framed.add(s.partner()));
    for (var mv : c.moves())
      if (framed.contains(mv.partner()))
        out.add(
            m.get(
                "exec.move",
                m.name(r.actor(mv.partner()).orElseThrow()),
                m.number(mv.depthThen(), 1),
                m.number(mv.depthNow(), 1),
                mv.rankThen(),
                mv.rankNow(),
                m.number(mv.rankLowThen(), 0),
                m.number(mv.rankHighThen(), 0)));
    for (var d : c.degrees())
      if (d.then() != d.now())
        out.add(degreeMove(d.partner(), d.then(), d.now(), d.basisNow(), r, m));
    for (var i : c.incidents())
      out.add(
          m.get(
              "exec.incident",
              m.date(i.date()),
              m.name(r.actor(i.by().get(0)).orElseThrow()),
              i.title(),
              String.join(", ", i.sources())));
    if (out.isEmpty()) out.add(m.get("exec.nothing"));
    return out;
  }
}
