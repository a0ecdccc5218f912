package org.entwine.cli;

import java.util.Map;
import org.entwine.actor.Actor;
import org.entwine.app.Assessment;
import org.entwine.diagnostics.Flag;
import org.entwine.framework.Level;
import org.entwine.report.Messages;
import org.entwine.trust.Cell;
import org.entwine.trust.Degree;

/**
 * The words of the terminal's tables: in English the short forms a 160-column table fits, in
 * another language the names the report gives (the official Vietnamese names of the levels).
 * Machine formats (CSV, JSON) keep their English keys and codes whatever the language.
 */
final class Labels {
  private final Messages words;

  private Labels(Messages words) {
    this.words = words;
  }

  static Labels of(Messages words) {
    return new Labels(words);
  }

  boolean english() {
    return words.language().equals("en");
  }

  /** A heading or line: the language's words for {@code key}, filled with {@code args}. */
  String get(String key, Object... args) {
    return words.get(key, args);
  }

  /** A figure as the language writes it (a decimal comma in Vietnamese); a dash where missing. */
  String number(Double value, int digits) {
    return words.number(value, digits);
  }

  /** A table's column, by its English short name. */
  String column(String english) {
    if (english()) return english;
    return words.get(COLUMNS.getOrDefault(english, english));
  }

  String level(Level l) {
    if (!english()) return l == Level.NONE ? "–" : words.label("level", l);
    return switch (l) {
      case SPECIAL -> "special";
      case COMPREHENSIVE_STRATEGIC -> "compr. strategic";
      case STRATEGIC -> "strategic";
      case SECTORAL_STRATEGIC -> "sectoral strat.";
      case COMPREHENSIVE -> "comprehensive";
      case OTHER_PARTNERSHIP -> "other";
      case ALLIANCE -> "alliance";
      case NONE -> "–";
    };
  }

  /** The degree that stands, with its evidence base. */
  String confidence(Assessment p) {
    var st = p.standing();
    if (!english())
      return words.label("degree", st.degree())
          + (st.degree() == Degree.INSUFFICIENT_EVIDENCE
              ? ""
              : " (" + words.get("basis." + st.basis()) + ")");
    if (st.degree() == Degree.INSUFFICIENT_EVIDENCE) return "insufficient evidence";
    return st.degree().number()
        + " "
        + st.degree().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
        + " ("
        + st.basis()
        + ")";
  }

  /** The cell's number: the legend under the table names the four. */
  String cell(Cell c) {
    return c == null ? "" : String.valueOf(c.number());
  }

  String flag(Flag f) {
    if (!english()) return words.label("flag", f);
    return switch (f) {
      case LABEL_ABOVE_SUBSTANCE -> "label>substance";
      case SUBSTANCE_WITHOUT_LABEL -> "substance w/o label";
      case IMPLEMENTATION_GAP -> "impl. gap";
      case JUDGEMENT_DIFFERS -> "judgement differs";
      case DEGREES_DIFFER -> "degrees differ";
      case DEPTH_FALLING -> "falling";
      case DEPTH_RISING -> "rising";
      case EVENT_SHOCK -> "event shock";
    };
  }

  /** A partner's name in the language (a state's as Unicode CLDR names it), else as registered. */
  String name(Actor actor) {
    return words.name(actor);
  }

  private static final Map<String, String> COLUMNS =
      Map.ofEntries(
          Map.entry("rank", "col.rank"),
          Map.entry("partner", "col.partner"),
          Map.entry("level", "col.level"),
          Map.entry("depth", "col.depth"),
          Map.entry("int", "pillar.INTERESTS"),
          Map.entry("inst", "pillar.INSTITUTIONS"),
          Map.entry("iden", "pillar.IDENTITY"),
          Map.entry("cov", "col.coverage"),
          Map.entry("age", "col.age"),
          Map.entry("width", "col.width"),
          Map.entry("durable", "col.durable"),
          Map.entry("confidence", "col.degree"),
          Map.entry("cell", "col.cell"),
          Map.entry("flags", "col.flag"));
}
