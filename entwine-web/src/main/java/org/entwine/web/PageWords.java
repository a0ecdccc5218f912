package org.entwine.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;
import org.entwine.report.Messages;

/**
 * The pages' words in the reader's language: the report's labels (levels, pillars, degrees, cells,
 * flags, shared columns) and the pages' own text, one map per language, for the pages' script to
 * write, and the actors' names in it. The language is the one asked for ({@code ?lang=}), else the
 * browser's.
 */
final class PageWords {
  /** Read by anyone: the sign-in page is written in them too. */
  static final String PATH = "/api/messages";

  private static final Map<String, Map<String, String>> WORDS = load();

  private PageWords() {}

  /**
   * The words, and the actors' names in the language where they differ from the registry's (a
   * state's name as Unicode CLDR gives it).
   */
  static void routes(RoutesConfig routes, SharedStore db) {
    routes.get(
        PATH,
        ctx -> {
          String lang = language(ctx);
          Messages m = Messages.of(lang);
          Map<String, String> names = new TreeMap<>();
          for (var actor : db.registry().actors()) {
            String name = m.name(actor);
            if (!name.equals(actor.name())) names.put(actor.code(), name);
          }
          ctx.json(Map.of("lang", lang, "words", of(lang), "names", names));
        });
  }

  /** The asked-for language, else the browser's first one Entwine writes, else English. */
  static String language(Context ctx) {
    String lang = ctx.queryParam("lang");
    if (lang == null || lang.isBlank()) return fromBrowser(ctx.header("Accept-Language"));
    Messages.of(lang); // an unknown language is refused with the languages there are
    return lang;
  }

  /** The browser's first language among Entwine's, else English. */
  static String fromBrowser(String acceptLanguage) {
    if (acceptLanguage != null)
      for (var r : java.util.Locale.LanguageRange.parse(acceptLanguage))
        for (String l : Messages.LANGUAGES)
          if (r.getRange().equals(l) || r.getRange().startsWith(l + "-")) return l;
    return "en";
  }

  /** Every word of {@code language}: the report's and the pages' own, by key. */
  static Map<String, String> of(String language) {
    return WORDS.get(language);
  }

  private static Map<String, Map<String, String>> load() {
    Map<String, Map<String, String>> out = new TreeMap<>();
    for (String lang : Messages.LANGUAGES) {
      Map<String, String> words = new TreeMap<>(Messages.of(lang).texts());
      ResourceBundle pages =
          ResourceBundle.getBundle(
              "org.entwine.web.messages",
              java.util.Locale.forLanguageTag(lang),
              ResourceBundle.Control.getNoFallbackControl(
                  ResourceBundle.Control.FORMAT_PROPERTIES));
      for (String k : pages.keySet()) words.put(k, pages.getString(k));
      out.put(lang, Map.copyOf(words));
    }
    return Map.copyOf(out);
  }
}
