package org.entwine.datasets.update;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.TreeSet;
import org.entwine.events.EventFile;
import org.entwine.input.UserInputException;
import org.entwine.time.Month;

/**
 * The period an update asks for, as GDELT 2.0 stamps its 15-minute files (YYYYMMDDHHMMSS, UTC):
 * from the first instant of {@code --from} to the last of {@code --to}, each a month (YYYY-MM) or a
 * day (YYYY-MM-DD); either may be open.
 *
 * @param first the first stamp in it, or null: from the latest export loaded
 * @param last the last stamp in it, or null: to the list's last
 */
public record Period(Long first, Long last) {

  public Period {
    if (first != null && last != null && first > last)
      throw new UserInputException("--from is after --to: nothing lies between them");
  }

  /** The period from {@code from} to {@code to} as typed (null: open). */
  public static Period of(String from, String to) {
    return new Period(
        from == null ? null : start(from, "--from"), to == null ? null : end(to, "--to"));
  }

  /** The GDELT 2.0 export's stamp, from its name; null for any other file. */
  public static Long stamp(EventFile file) {
    return file.name().endsWith(".export.CSV.zip") ? file.stamp() : null;
  }

  /**
   * The same period starting at the month of {@code latest} (the latest export loaded), so that a
   * month loaded in part is completed.
   *
   * @throws UserInputException when nothing is loaded yet
   */
  public Period from(Long latest) {
    if (latest == null)
      throw new UserInputException(
          "no GDELT export is loaded in this store yet: say where to start with --from YYYY-MM"
              + " (or YYYY-MM-DD); a year of GDELT is about 35,000 files, some 7 GB to fetch");
    return new Period(latest / 100_000_000L * 100_000_000L + 1_000_000L, last);
  }

  public boolean contains(long stamp) {
    return (first == null || stamp >= first) && (last == null || stamp <= last);
  }

  /**
   * The months the period takes only part of: the files of such a month outside it are not loaded,
   * so the month is incomplete.
   */
  public Set<Month> cutMonths() {
    Set<Month> out = new TreeSet<>();
    if (first != null && first % 100_000_000L != 1_000_000L) out.add(Month.of(month(first)));
    if (last != null) {
      YearMonth m = month(last);
      if (!m.atEndOfMonth().equals(day(last)) || last % 1_000_000L != 235_959L)
        out.add(Month.of(m));
    }
    return out;
  }

  /** The period as words, for messages. */
  public String text() {
    return (first == null ? "the list's first" : EventFile.shown(first))
        + " to "
        + (last == null ? "the list's last" : EventFile.shown(last));
  }

  private static long start(String text, String option) {
    return stampOf(parse(text, option, false));
  }

  private static long end(String text, String option) {
    return stampOf(parse(text, option, true)) + 235_959L;
  }

  private static long stampOf(LocalDate d) {
    return (d.getYear() * 10_000L + d.getMonthValue() * 100L + d.getDayOfMonth()) * 1_000_000L;
  }

  private static LocalDate parse(String text, String option, boolean atEnd) {
    String t = text.strip();
    try {
      if (t.matches("\\d{4}-\\d{2}")) {
        YearMonth m = YearMonth.parse(t);
        return atEnd ? m.atEndOfMonth() : m.atDay(1);
      }
      if (t.matches("\\d{4}-\\d{2}-\\d{2}")) return LocalDate.parse(t);
    } catch (DateTimeParseException e) {
      // said below
    }
    throw new UserInputException(
        option + " expects a month (YYYY-MM) or a day (YYYY-MM-DD), got '" + text + "'");
  }

  private static YearMonth month(long stamp) {
    return YearMonth.of((int) (stamp / 10_000_000_000L), (int) (stamp / 100_000_000L % 100));
  }

  private static LocalDate day(long stamp) {
    return month(stamp).atDay((int) (stamp / 1_000_000L % 100));
  }
}
