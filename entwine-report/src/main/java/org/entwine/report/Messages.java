package org.entwine.report;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.entwine.input.UserInputException;

/**
 * A report's words in one language: the labels of levels, pillars, degrees, cells and flags, the
 * headings, and numbers and dates written as that language writes them (68.2 and 29 November 2026;
 * 68,2 and 29 tháng 11, 2026).
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
          "a report is written in " + String.join(" or ", LANGUAGES) + ", got '" + language + "'");
    return new Messages(language.equals("vi") ? Locale.forLanguageTag("vi-VN") : Locale.UK);
  }

  public String language() {
    return locale.getLanguage();
  }

  /** The text of {@code key}, its {0}, {1}… filled with {@code args}. */
  public String get(String key, Object... args) {
    String pattern = bundle.getString(key);
    return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
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

  public String date(LocalDate day) {
    return day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
  }

  /** Every message as written (their {0}… unfilled), by key: what a template reads. */
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
