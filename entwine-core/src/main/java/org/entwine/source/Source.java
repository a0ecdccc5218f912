package org.entwine.source;

/**
 * Where a fact comes from: a paper, a joint statement, a dataset and its version, a web page. Every
 * record in Entwine cites at least one source by its id.
 *
 * @param illustrative true for the source that marks an illustrative example entry: a made-up value
 *     written to show how the ledgers work, never to be read as a fact
 */
public record Source(
    String id,
    String title,
    String author,
    String publisher,
    String date,
    String url,
    String dataset,
    String version,
    String note,
    boolean illustrative) {

  public Source {
    Ids.require(id, "id");
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("a source needs a title");
    }
    if (url != null && !isWebAddress(url)) {
      // a reader follows it: javascript:, data: or file: addresses would run or open something
      throw new IllegalArgumentException(
          "a source's url must be a web address, http:// or https://, got '" + url + "'");
    }
  }

  /** Whether {@code url} is an address a source may give: http or https, with a host. */
  public static boolean isWebAddress(String url) {
    return WEB_ADDRESS.matcher(url).matches();
  }

  /** An http or https address with a host, and no space or control character. */
  private static final java.util.regex.Pattern WEB_ADDRESS =
      java.util.regex.Pattern.compile("(?i)https?://[^\\s\\p{Cntrl}/?#]+[^\\s\\p{Cntrl}]*");

  /** A short citation for tables: author, title, date. */
  public String citation() {
    StringBuilder b = new StringBuilder();
    if (author != null) b.append(author).append(", ");
    b.append(title);
    if (date != null) b.append(" (").append(date).append(')');
    return b.toString();
  }

  /**
   * A label for narrow tables: a dataset's name and version; else the publisher (else the author,
   * else the title) and the date.
   */
  public String label() {
    if (dataset != null)
      return version == null ? dataset : dataset + " " + version; // a dataset is known by its name
    String who = publisher != null ? publisher : author != null ? author : title;
    return date == null ? who : who + ", " + date;
  }

  public static Source of(String id, String title) {
    return new Source(id, title, null, null, null, null, null, null, null, false);
  }
}
