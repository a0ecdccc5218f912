package org.entwine.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.entwine.actor.Actor;
import org.entwine.actor.CodeSystem;
import org.entwine.input.UserInputException;
import org.entwine.time.Month;
import org.entwine.time.PartialDate;
import org.entwine.trust.Reason;

/**
 * A report's words in one language: the labels of levels, pillars, degrees, cells and flags, the
 * headings, the reasons the core gives as keys ({@link Reason}), and numbers and dates written as
 * that language writes them (68.2 and 29 November 2026; 68,2 and ngày 29 tháng 11 năm 2026).
 */
public final class Messages {
  /** The languages a report is written in. */
  public static final List<String> LANGUAGES = List.of("en", "vi");

  private final Locale locale;
  private final ResourceBundle bundle;

  private Messages(Locale locale) {
    this.locale = locale;
    this.bundle = ResourceBundle.getBundle("org.entwine.report.messages", locale, NO_FALLBACK);
  }

  /** Never the JVM's own locale in place of the one asked for. */
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  /** The messages of {@code language}: en or vi. */
  public static Messages of(String language) {
    if (!LANGUAGES.contains(language))
      throw new UserInputException(
          "the language is " + String.join(" or ", LANGUAGES) + ", got '" + language + "'");
    return new Messages(language.equals("vi") ? Locale.forLanguageTag("vi-VN") : Locale.UK);
  }

  public Locale locale() {
    return locale;
  }

  public String language() {
    return locale.getLanguage();
  }

  /**
   * The text of {@code key}, its {0}, {1}… filled with {@code args}; read as a {@link
   * MessageFormat} pattern with or without them (a doubled quote is one).
   */
  public String get(String key, Object... args) {
    return new MessageFormat(bundle.getString(key), locale).format(args);
  }

  /** The label of an enum value: level, pillar, degree, cell or flag. */
  public String label(String prefix, Enum<?> value) {
    return get(prefix + "." + value.name());
  }

  /** A figure with {@code digits} decimals, as the language writes it; a dash where missing. */
  public String number(Double value, int digits) {
    if (value == null) return "–";
    NumberFormat f = NumberFormat.getNumberInstance(locale);
    f.setMinimumFractionDigits(digits);
    f.setMaximumFractionDigits(digits);
    return f.format(value);
  }

  /**
   * An amount as the language says it: "USD 15 billion", "15 tỷ USD"; a count with its unit in the
   * language where the messages name it ({@code unit.tonnes}: "5,000 tonnes", "5.000 tấn"), else as
   * the source gave it.
   */
  public String amount(double value, String unit) {
    String u = unit.strip();
    if (u.matches("[A-Z]{3}")) {
      double a = Math.abs(value);
      if (a >= 1e9) return get("amount.billion", upTo2(value / 1e9), u);
      if (a >= 1e6) return get("amount.million", upTo2(value / 1e6), u);
      return get("amount.units", upTo2(value), u);
    }
    // a unit in words ("percent a year (low end of 10-15)") is found by its letters and digits
    String key =
        "unit." + u.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
    return upTo2(value) + " " + (bundle.containsKey(key) ? get(key) : u);
  }

  private String upTo2(double value) {
    NumberFormat f = NumberFormat.getNumberInstance(locale);
    f.setMaximumFractionDigits(2);
    return f.format(value);
  }

  /** A figure with its sign always written (+1.25, −0.40), as the language writes it. */
  public String signed(double value, int digits) {
    String n = number(Math.abs(value), digits);
    return (value > 0 ? "+" : value < 0 ? "−" : "") + n;
  }

  /** A percentage of a share (0–1) with no decimals, as the language writes it. */
  public String percent(double share) {
    return NumberFormat.getPercentInstance(locale).format(share);
  }

  /** A month, named as the language names it (March 2024; tháng 3 năm 2024). */
  public String month(Month month) {
    return month
        .yearMonth()
        .format(DateTimeFormatter.ofPattern(bundle.getString("format.month"), locale));
  }

  /**
   * A partner's name in this language: a state's as Unicode CLDR names it (the data the JDK ships),
   * found by its ISO 3166 alpha-2 code; an organization or region by the name the messages give it
   * ({@code actor.CODE}); else (states that no longer exist) the registry's name.
   */
  public String name(Actor actor) {
    if (locale.getLanguage().equals("en")) return actor.name();
    // organizations and regions CLDR does not name, as the messages name them
    if (bundle.containsKey("actor." + actor.code()))
      return bundle.getString("actor." + actor.code());
    String iso2 = actor.codes().get(CodeSystem.ISO2);
    if (iso2 == null) return actor.name();
    Locale country = new Locale.Builder().setRegion(iso2).build();
    String local = country.getDisplayCountry(locale);
    // the JDK falls back to English or to the code itself where CLDR has no name in the language
    boolean named =
        !local.isEmpty()
            && !local.equals(iso2)
            && !local.equals(country.getDisplayCountry(Locale.ENGLISH));
    return named ? local : actor.name();
  }

  /** A day as the language writes it in prose: 6 December 2026; ngày 6 tháng 12 năm 2026. */
  public String date(LocalDate day) {
    return day.format(DateTimeFormatter.ofPattern(bundle.getString("format.date"), locale));
  }

  /**
   * A date as precise as its source, as the language writes it: 2013; July 2013; 25 July 2013; by
   * 30 August 2013.
   */
  public String date(PartialDate d) {
    if (d == null) return "";
    return switch (d.precision()) {
      case YEAR -> String.valueOf(d.earliest().getYear());
      case MONTH -> month(Month.of(d.earliest()));
      case DAY -> date(d.earliest());
      case NOT_AFTER -> get("format.notAfter", date(d.earliest()));
    };
  }

  /**
   * A reason the core gives as a key with its figures, worded in this language: each figure as the
   * language writes it, rounded half up as the core's English is, a reason within it worded first.
   */
  public String reason(Reason r) {
    if (!bundle.containsKey(r.key()))
      throw new IllegalStateException(
          "no words for the reason '" + r.key() + "' in " + language() + ": add it to messages");
    Object[] args =
        r.args().stream()
            .map(
                a ->
                    a instanceof Reason x
                        ? reason(x)
                        : a instanceof java.util.List<?> list // reasons, each worded
                            ? String.join(
                                "; ",
                                list.stream()
                                    .map(x -> x instanceof Reason y ? reason(y) : String.valueOf(x))
                                    .toList())
                            : a instanceof Double d && Double.isFinite(d)
                                ? new BigDecimal(
                                    Double.toString(d)) // rounded as String.format does
                                : a)
            .toArray();
    MessageFormat f = new MessageFormat(bundle.getString(r.key()), locale);
    Format[] formats = f.getFormatsByArgumentIndex();
    for (Format x : formats)
      if (x instanceof DecimalFormat d) d.setRoundingMode(RoundingMode.HALF_UP);
    f.setFormatsByArgumentIndex(formats);
    return f.format(args);
  }

  /** Reasons worded and joined with "; ". */
  public String reasons(java.util.Collection<Reason> rs) {
    return String.join("; ", rs.stream().map(this::reason).toList());
  }

  /**
   * An indicator's name in this language, as the messages give it ({@code indicator.ID}); a
   * method's own indicator without one keeps its id.
   */
  public String indicator(String id) {
    String key = "indicator." + id;
    return bundle.containsKey(key) ? bundle.getString(key) : id;
  }

  /**
   * What the depth rests on, where part of the method gave nothing: "The depth rests on 9 of the
   * method's 27 indicators: 15 gave no value within their lookbacks for any partner (arms
   * transfers, …); 3 gave every partner the same value (…)." Null where every indicator informs, or
   * the vintage was not told the method's.
   */
  public String depthBasis(org.entwine.method.Vintage v) {
    if (v.indicators() == 0 || v.informing() == v.indicators()) return null;
    java.util.List<String> parts = new java.util.ArrayList<>();
    if (!v.silent().isEmpty())
      parts.add(get("depthBasis.silent", v.silent().size(), names(v.silent())));
    if (!v.uninformative().isEmpty())
      parts.add(get("depthBasis.alike", v.uninformative().size(), names(v.uninformative())));
    return get(
        "depthBasis", v.informing(), v.indicators(), String.join(get("depthBasis.and"), parts));
  }

  private String names(java.util.List<String> ids) {
    return String.join(", ", ids.stream().map(this::indicator).toList());
  }

  /** Every message worded without arguments (a heading as the reader sees it), by key. */
  public java.util.Map<String, String> worded() {
    java.util.Map<String, String> all = new java.util.TreeMap<>();
    for (String k : bundle.keySet())
      all.put(k, k.startsWith("format.") ? bundle.getString(k) : get(k));
    return all;
  }

  /** Every message as written (their {0}… unfilled), by key: what a page's script fills. */
  public java.util.Map<String, String> texts() {
    java.util.Map<String, String> all = new java.util.TreeMap<>();
    for (String k : bundle.keySet()) all.put(k, bundle.getString(k));
    return all;
  }

  /** Every key of this language's messages. */
  java.util.Set<String> keys() {
    return bundle.keySet();
  }
}
