package org.entwine.evidence;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figure a commitment promises: "two-way trade of USD 15 billion by 2020".
 *
 * @param value in full units (USD 15 billion is 15000000000), or a multiple where {@code unit} says
 *     so ("multiple of 2024 level")
 * @param unit as the statement gives it: a currency code (USD), a count (tonnes, scholarships), or
 *     "multiple of YYYY level" for a target set relative to a year's figure
 * @param year the year it is due: the figure of that year judges it (a level), or the deliveries by
 *     then (a pledge); null when the statement sets no year ("soon")
 */
public record Target(Metric metric, double value, String unit, Integer year) {
  private static final Pattern MULTIPLE =
      Pattern.compile("multiple of (\\d{4}) level", Pattern.CASE_INSENSITIVE);

  public Target {
    Objects.requireNonNull(metric, "metric");
    if (!Double.isFinite(value) || value < 0)
      throw new IllegalArgumentException("a target value is a number of 0 or more, got " + value);
    Document.requireText(unit, "unit");
    if (year != null && (year < 1000 || year > 9999))
      throw new IllegalArgumentException("a target year has four digits, got " + year);
  }

  /** The year whose figure the target multiplies ("multiple of 2024 level"), else null. */
  public Integer baseYear() {
    Matcher m = MULTIPLE.matcher(unit.strip());
    return m.matches() ? Integer.valueOf(m.group(1)) : null;
  }

  /** The same target, ignoring how it was worded: what a restatement must repeat. */
  public boolean sameAs(Target o) {
    return o != null
        && metric == o.metric
        && value == o.value
        && unit.strip().equalsIgnoreCase(o.unit.strip())
        && Objects.equals(year, o.year);
  }
}
