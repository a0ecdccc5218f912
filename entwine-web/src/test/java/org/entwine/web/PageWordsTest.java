package org.entwine.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entwine.report.Messages;
import org.junit.jupiter.api.Test;

/**
 * Every word a page or its script asks for is there in every language: a key that a page marks
 * (data-i18n) or a script writes (t('…'), label('…', …)) and that a language lacks fails here, not
 * in front of a reader.
 */
class PageWordsTest {
  private static final String[] PAGES = {
    "index", "partner", "registry", "method", "audit", "login"
  };
  private static final String[] SCRIPTS = {
    "entwine", "index", "partner", "registry", "method", "audit"
  };

  @Test
  void bothLanguagesHaveTheSameWordsNoneBlank() {
    assertThat(PageWords.of("vi").keySet()).isEqualTo(PageWords.of("en").keySet());
    for (String lang : Messages.LANGUAGES)
      PageWords.of(lang).forEach((k, v) -> assertThat(v).as(lang + " " + k).isNotBlank());
  }

  @Test
  void everyKeyThePagesAndScriptsUseHasItsWordsInEveryLanguage() throws IOException {
    Set<String> used = new TreeSet<>();
    for (String page : PAGES)
      used.addAll(
          matches(
              read(page + ".html"), Pattern.compile("data-i18n(?:-placeholder)?=\"([\\w.]+)\"")));
    for (String script : SCRIPTS) {
      String js = read(script + ".js");
      Set<String> keys = matches(js, Pattern.compile("\\bt\\('([\\w.]+)'"));
      // t('web.basis.' + b) and label('level', v) ask for words under a prefix: it must have some
      Set<String> prefixes = matches(js, Pattern.compile("\\blabel\\('(\\w+)'"));
      keys.stream()
          .filter(k -> k.endsWith("."))
          .forEach(k -> prefixes.add(k.substring(0, k.length() - 1)));
      keys.removeIf(k -> k.endsWith("."));
      used.addAll(keys);
      for (String prefix : prefixes)
        for (String lang : Messages.LANGUAGES)
          assertThat(PageWords.of(lang).keySet())
              .as(lang + " " + prefix)
              .anyMatch(k -> k.startsWith(prefix + "."));
    }
    assertThat(used).hasSizeGreaterThan(100);
    for (String lang : Messages.LANGUAGES)
      assertThat(PageWords.of(lang).keySet()).as(lang).containsAll(used);
  }

  @Test
  void theLanguageIsTheOneAskedForElseTheBrowsersElseEnglish() {
    assertThat(PageWords.fromBrowser("vi-VN,vi;q=0.9,en;q=0.8")).isEqualTo("vi");
    assertThat(PageWords.fromBrowser("fr-FR,fr;q=0.9,vi;q=0.5")).isEqualTo("vi");
    assertThat(PageWords.fromBrowser("fr-FR")).isEqualTo("en");
    assertThat(PageWords.fromBrowser(null)).isEqualTo("en");
  }

  private static Set<String> matches(String text, Pattern p) {
    Set<String> out = new TreeSet<>();
    Matcher m = p.matcher(text);
    while (m.find()) out.add(m.group(1));
    return out;
  }

  private static String read(String file) throws IOException {
    try (InputStream in = PageWords.class.getResourceAsStream("public/" + file)) {
      assertThat(in).as(file).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
