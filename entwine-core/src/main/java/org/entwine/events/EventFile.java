package org.entwine.events;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entwine.time.Month;

/**
 * A file of events a dataset's series were loaded from, or that its publisher lists and that is not
 * loaded yet.
 *
 * @param name the file's name (without its folder): an update knows a file by its name and checksum
 * @param md5 its MD5 as lowercase hex (GDELT's masterfilelist gives it for each zip); null when not
 *     computed (a plain load does not read a file twice to checksum it)
 * @param bytes its size on disk
 * @param loaded whether its events are in the series; false for a listed file not loaded yet
 */
public record EventFile(String name, String md5, long bytes, boolean loaded) {
  /**
   * GDELT's names: 2.0's 15-minute files (20150218230000.export.CSV.zip), 1.0's daily files
   * (20130401.export.CSV.zip) and monthly historical files (200601.zip).
   */
  private static final Pattern GDELT =
      Pattern.compile("^((?:19|20)\\d{2})(0[1-9]|1[0-2])(?:\\d{2}(?:\\d{6})?)?(?:\\.[\\w.]*)?$");

  /** GDELT 2.0's 15-minute stamp at the start of a name: 20150218230000.export.CSV.zip. */
  private static final Pattern STAMP = Pattern.compile("^((?:19|20)\\d{12})\\..*$");

  public EventFile {
    if (name == null || name.isBlank() || name.contains("/"))
      throw new IllegalArgumentException("an event file's name has no folder, got " + name);
    if (md5 != null && !md5.matches("[0-9a-f]{32}"))
      throw new IllegalArgumentException("an MD5 is 32 lowercase hex digits, got " + md5);
  }

  /**
   * The month the file's events fall in by its name, for the files GDELT names by their period of a
   * month or less; null for others (a yearly file, a file named otherwise).
   */
  public Month month() {
    Matcher m = GDELT.matcher(name);
    if (!m.matches()) return null;
    return Month.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  /**
   * The time (YYYYMMDDHHMMSS, UTC) a GDELT 2.0 file is stamped with by its name, or null for files
   * named otherwise.
   */
  public Long stamp() {
    Matcher m = STAMP.matcher(name);
    return m.matches() ? Long.valueOf(m.group(1)) : null;
  }

  private static final java.time.format.DateTimeFormatter STAMPED =
      java.time.format.DateTimeFormatter.ofPattern("uuuuMMddHHmmss");

  /** A stamp (YYYYMMDDHHMMSS, UTC) as a reader reads it: "2019-10-24 14:30 UTC". */
  public static String shown(long stamp) {
    return java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm 'UTC'")
        .format(java.time.LocalDateTime.parse(Long.toString(stamp), STAMPED));
  }

  /** The instant a stamp (YYYYMMDDHHMMSS, UTC) names. */
  public static java.time.Instant instant(long stamp) {
    return java.time.LocalDateTime.parse(Long.toString(stamp), STAMPED)
        .toInstant(java.time.ZoneOffset.UTC);
  }
}
