package org.entwine.testing;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds English words in a text meant to be Vietnamese: what a test of a Vietnamese page, PDF or
 * Word document asserts is empty. Names and sources' titles may stay as written (a treaty's title,
 * a dataset's name, a state CLDR does not name): those strings are taken out of the text first. The
 * English words are a list of common ones and the words of the application's own English messages
 * that its Vietnamese messages do not use (so that "ICEWS" or "entwine" are not English), less the
 * words Vietnamese writes alike without diacritics ("to", "an", "con", "than").
 */
public final class EnglishWords {
  /** Common English words, and the application's vocabulary, in lower case. */
  private static final Set<String> COMMON =
      Set.copyOf(
          List.of(
              "the",
              "and",
              "of",
              "with",
              "from",
              "for",
              "by",
              "is",
              "are",
              "was",
              "were",
              "which",
              "their",
              "this",
              "that",
              "its",
              "not",
              "none",
              "partner",
              "partners",
              "depth",
              "level",
              "levels",
              "degree",
              "degrees",
              "evidence",
              "events",
              "event",
              "commitment",
              "commitments",
              "trade",
              "agreement",
              "agreements",
              "strategic",
              "comprehensive",
              "partnership",
              "partnerships",
              "confidence",
              "insufficient",
              "ledger",
              "ledgers",
              "rank",
              "pillar",
              "pillars",
              "interests",
              "institutions",
              "identity",
              "source",
              "sources",
              "fallen",
              "due",
              "binding",
              "deeds",
              "words",
              "months",
              "month",
              "years",
              "year",
              "cooperation",
              "notes",
              "flags",
              "flag",
              "recorded",
              "median",
              "share",
              "established",
              "upgraded",
              "suspended",
              "resumed",
              "ended",
              "head",
              "state",
              "government",
              "minister",
              "fulfilled",
              "partially",
              "lapsed",
              "broken",
              "progress",
              "pending",
              "points",
              "score",
              "weight",
              "unit",
              "count",
              "value",
              "values",
              "raw",
              "download",
              "columns",
              "column",
              "filter",
              "show",
              "portfolio",
              "registry",
              "method",
              "audit",
              "sign",
              "name",
              "password",
              "stability",
              "width",
              "durable",
              "coverage",
              "interval",
              "priority",
              "framework",
              "frameworks",
              "timeline",
              "today",
              "reported",
              "documents",
              "projects",
              "mechanisms",
              "contacts",
              "record",
              "records",
              "edit",
              "add",
              "store",
              "version",
              "enter",
              "status",
              "date",
              "text",
              "area",
              "both",
              "focal",
              "actor",
              "actors",
              "yes",
              "kind",
              "title",
              "official",
              "disagree",
              "side",
              "indicator",
              "indicators",
              "measure",
              "read",
              "deeper",
              "when",
              "more",
              "less",
              "what",
              "papers",
              "say",
              "group",
              "members",
              "series",
              "window",
              "trust",
              "high",
              "suspicion",
              "deep",
              "good",
              "bad",
              "friend",
              "enemy",
              "reliable",
              "temporary",
              "potential",
              "special",
              "relationship",
              "alliance",
              "other",
              "sectoral",
              "label",
              "above",
              "substance",
              "without",
              "implementation",
              "gap",
              "judgement",
              "differs",
              "falling",
              "rising",
              "shock",
              "hostile",
              "friendly",
              "relation",
              "words",
              "betweenness",
              "alliances",
              "counts",
              "network",
              "asymmetric",
              "parties",
              "kinds",
              "institution",
              "treaty",
              "defence",
              "obligation",
              "dispute",
              "settlement",
              "document",
              "visits",
              "thin",
              "ranked",
              "missing",
              "none",
              "nothing",
              "changes",
              "changed",
              "newest",
              "first",
              "user",
              "anyone",
              "any",
              "since",
              "about",
              "before",
              "after",
              "new",
              "edited",
              "more",
              "average",
              "old",
              "oldest",
              "latest",
              "freshest",
              "lookback",
              "reason",
              "reasons",
              "deeds",
              "outran",
              "kept",
              "pace",
              "conflict",
              "material",
              "verbal",
              "intents",
              "signed",
              "aid",
              "days",
              "people",
              "students",
              "cities",
              "sister",
              "missions",
              "diplomatic",
              "arms",
              "transfers",
              "joint",
              "shared",
              "organizations",
              "dealings",
              "news",
              "against",
              "between",
              "each",
              "every",
              "where",
              "there",
              "these",
              "those",
              "would",
              "should",
              "could",
              "need",
              "needed",
              "judge",
              "held",
              "hold",
              "holds",
              "compared",
              "beside",
              "widest",
              "difference",
              "match",
              "exceed",
              "profile",
              "shortfall",
              "shortfalls",
              "square",
              "mean",
              "root"));

  /** Words Vietnamese writes alike without diacritics: never counted as English. */
  private static final Set<String> VIETNAMESE_TOO =
      Set.copyOf(
          List.of(
              "an", "anh", "ban", "bay", "can", "cho", "con", "do", "em", "gia", "hay", "hoa", "in",
              "la", "lam", "long", "mai", "man", "me", "minh", "mo", "nam", "no", "on", "phong",
              "sao", "si", "so", "son", "sinh", "tan", "than", "thanh", "tin", "to", "tong",
              "trong", "van", "vi", "xin", "lao", "nga", "hoang", "hung", "ninh", "trung", "trang",
              "tuan", "tam", "ha", "noi", "hai", "phan", "dan", "hien", "phu", "ca", "bang", "quan",
              "sang", "tinh", "dinh", "vien", "dung", "nhan", "tu", "khi", "hon", "mot", "da", "ve",
              "hang", "nang", "lan", "kim", "bao", "chi", "dao", "hanh", "khong", "nhieu", "tang",
              "giam"));

  private static final Pattern WORD = Pattern.compile("\\p{L}+");

  private final Set<String> english;

  private EnglishWords(Set<String> english) {
    this.english = english;
  }

  /**
   * The English words: the common ones, and those of {@code englishMessages} that {@code
   * vietnameseMessages} never use.
   */
  public static EnglishWords of(
      Collection<String> englishMessages, Collection<String> vietnameseMessages) {
    Set<String> vi = words(vietnameseMessages);
    Set<String> out = new TreeSet<>(COMMON);
    for (String w : words(englishMessages)) if (w.length() >= 4 && !vi.contains(w)) out.add(w);
    out.removeAll(VIETNAMESE_TOO);
    return new EnglishWords(out);
  }

  /**
   * The English words left in {@code text} once the {@code exempt} strings (names, titles) are
   * taken out, each once, in the order met. Spacing is compared loosely: a line broken in a PDF
   * reads as a space, and a break after a hyphen as none.
   */
  public List<String> in(String text, Collection<String> exempt) {
    String rest = loose(text);
    // the longest first, so that a title is taken out before a name inside it
    List<String> strings =
        exempt.stream()
            .filter(s -> s != null && !s.isBlank())
            .map(EnglishWords::loose)
            .distinct()
            .sorted((a, b) -> b.length() - a.length())
            .toList();
    for (String s : strings) rest = rest.replace(s, " ");
    Set<String> found = new LinkedHashSet<>();
    Matcher m = WORD.matcher(rest);
    while (m.find()) {
      String w = m.group();
      // an ASCII word only: a Vietnamese word carries a diacritic or is in VIETNAMESE_TOO
      if (w.chars().allMatch(c -> c < 128) && english.contains(w.toLowerCase(Locale.ROOT)))
        found.add(w + " (…" + context(rest, m.start(), m.end()) + "…)");
    }
    return List.copyOf(found);
  }

  private static String context(String s, int from, int to) {
    return s.substring(Math.max(0, from - 40), Math.min(s.length(), to + 40)).strip();
  }

  private static String loose(String s) {
    return s.replaceAll("-\\s+", "-").replaceAll("\\s+", " ").strip();
  }

  private static Set<String> words(Collection<String> texts) {
    Set<String> out = new TreeSet<>();
    for (String t : texts) {
      // the words of a message, not of its placeholders ({0,number,#0.0%}) or quoting
      Matcher m = WORD.matcher(t.replaceAll("\\{[^}]*\\}", " "));
      while (m.find())
        if (m.group().chars().allMatch(c -> c < 128)) out.add(m.group().toLowerCase(Locale.ROOT));
    }
    return out;
  }
}
