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

  /** The messages themselves, for what the report's pages word too. */
  Messages messages() {
    return words;
  }

  /** An amount as the language says it: "USD 15 billion", "15 tỷ USD". */
  String amount(double value, String unit) {
    return words.amount(value, unit);
  }

  /** The registry's ledgers as a source: their id in English, their name in another language. */
  String ledger() {
    return english() ? org.entwine.method.RawValues.LEDGER : words.get("appendix.ledgerShort");
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
    if (COLUMNS.containsKey(english)) return words.get(COLUMNS.get(english));
    for (Level l : Level.values()) if (l.name().equals(english)) return words.label("level", l);
    return words.get("cli.col." + english.replaceAll("[^A-Za-z]", ""));
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

  /** A level in a sentence: "comprehensive strategic"; the level's name in another language. */
  String levelInWords(Level l) {
    return english()
        ? l.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
        : words.label("level", l);
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

  /** An actor's name in the language, by its code; the code where the registry has none. */
  String name(org.entwine.registry.Registry r, String code) {
    return r.actor(code).map(words::name).orElse(code);
  }

  java.util.Locale locale() {
    return english() ? java.util.Locale.ROOT : words.locale();
  }

  /** A degree in full: "degree 1 (high confidence)"; "mức 1 (tin cậy cao)". */
  String degree(Degree d) {
    return english() ? d.label() : words.get("degreeLong." + d.name());
  }

  /**
   * A value of the records' vocabulary (a status, a change, a contact's level…): as stored in
   * English, as the messages name it ({@code prefix.VALUE}) in another language.
   */
  String word(String prefix, Object value) {
    if (value == null) return "";
    String name = value instanceof Enum<?> e ? e.name() : value.toString();
    return english() ? name : words.get(prefix + "." + name);
  }

  /** A cooperation area of the method ("trade", "defence and security"). */
  String area(String area) {
    return english() ? area : words.get("area." + area.replace(' ', '_'));
  }

  /** A cell with its number, the papers' name and the neutral wording. */
  String cellInFull(Cell c) {
    return english()
        ? c.number() + " " + c.label() + ": " + c.neutral()
        : c.number() + " " + words.label("cell", c) + ": " + words.get("cellNeutral." + c.name());
  }

  /** A reason the core gives as a key, worded (in English as the core words it). */
  String reason(org.entwine.trust.Reason r) {
    return words.reason(r);
  }

  /** A date as precise as its source: as given in English, as the language writes it otherwise. */
  String date(org.entwine.time.PartialDate d) {
    return d == null ? "" : english() ? d.toString() : words.date(d);
  }

  String date(java.time.LocalDate d) {
    return english() ? d.toString() : words.date(d);
  }

  /** A month: 2018-06; tháng 6 năm 2018. */
  String month(org.entwine.time.Month month) {
    return english() ? month.toString() : words.month(month);
  }

  /** A figure with {@code digits} decimals, rounded half up, in the language's decimal sign. */
  String fixed(double value, int digits) {
    return String.format(locale(), "%." + digits + "f", value);
  }

  /** The same with its sign always written: +1.25, -0.40. */
  String signed(double value, int digits) {
    return String.format(locale(), "%+." + digits + "f", value);
  }

  /** A share as a percentage with {@code digits} decimals: 62%, 2.5%. */
  String percent(double share, int digits) {
    return String.format(locale(), "%." + digits + "f%%", 100 * share);
  }

  /** A count with its thousands separated as the language separates them: 12,345; 12.345. */
  String count(long n) {
    return String.format(english() ? java.util.Locale.UK : words.locale(), "%,d", n);
  }

  /**
   * An indicator: its id in English (what the method file and --format json say), else its name.
   */
  String indicator(String id) {
    return english() ? id : words.indicator(id);
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
          Map.entry("flags", "col.flag"),
          Map.entry("pillar", "col.pillar"),
          Map.entry("side", "col.side"),
          Map.entry("indicator", "col.indicator"),
          Map.entry("raw", "col.raw"),
          Map.entry("year", "col.year"),
          Map.entry("source", "col.source"),
          Map.entry("score", "col.score"),
          Map.entry("points", "col.points"));
}
