package org.entwine.datasets;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.entwine.events.QuadClass;
import org.entwine.events.RelationMonths;
import org.entwine.exchange.ExchangeException;
import org.entwine.exchange.ExchangeProblem;

/**
 * Reads GDELT event exports, 1.0 (57 or 58 tab-separated fields) and 2.0 (61), into relation-month
 * series between the actors' countries (Actor1CountryCode to Actor2CountryCode, CAMEO country
 * codes). The first 35 fields are the same in both versions. Events without both countries, or with
 * the same on both sides, are not relations and are skipped; rows that are broken go to the
 * quarantine list with file, line and reason, and the read carries on.
 *
 * <p>This is the straightforward reader the fast one will be checked against (issue 6).
 */
public final class GdeltEvents {
  private static final int ID = 0;
  private static final int MONTH = 2;
  private static final int ACTOR1_COUNTRY = 7;
  private static final int ACTOR2_COUNTRY = 17;
  private static final int QUAD = 29;
  private static final int GOLDSTEIN = 30;
  private static final int MENTIONS = 31;
  private static final int SOURCES = 32;
  private static final int ARTICLES = 33;
  private static final int TONE = 34;

  /** What a read gave: the series, and the rows put aside. */
  public record Result(RelationMonths series, long rows, long relationEvents, List<String> quarantine) {}

  private GdeltEvents() {}

  public static Result read(List<Path> files) {
    RelationMonths series = new RelationMonths();
    List<String> quarantine = new ArrayList<>();
    long rows = 0;
    long relations = 0;
    for (Path file : files) {
      try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
          n++;
          if (line.isEmpty()) continue;
          String[] f = line.split("\t", -1);
          if (n == 1 && f.length != 57 && f.length != 58 && f.length != 61) {
            throw new ExchangeException(new ExchangeProblem(file, 1, null, "not a GDELT event export: expected 57 or 58"
                + " (GDELT 1.0) or 61 (GDELT 2.0) tab-separated fields, got " + f.length));
          }
          rows++;
          if (f.length != 57 && f.length != 58 && f.length != 61) {
            quarantine.add(file + ":" + n + ": expected 57, 58 or 61 fields, got " + f.length);
            continue;
          }
          String a = f[ACTOR1_COUNTRY];
          String b = f[ACTOR2_COUNTRY];
          if (a.isEmpty() || b.isEmpty() || a.equals(b)) continue;
          try {
            int quad = Integer.parseInt(f[QUAD]);
            if (quad < 1 || quad > 4) throw new NumberFormatException("QuadClass " + quad);
            series.add(Long.parseLong(f[ID]), a, b, Integer.parseInt(f[MONTH]), QuadClass.values()[quad - 1],
                Double.parseDouble(f[GOLDSTEIN]), Long.parseLong(f[MENTIONS]), Long.parseLong(f[SOURCES]),
                Long.parseLong(f[ARTICLES]), Double.parseDouble(f[TONE]));
            relations++;
          } catch (NumberFormatException e) {
            quarantine.add(file + ":" + n + ": a field is not a number (" + e.getMessage() + ")");
          }
        }
      } catch (IOException e) {
        throw new ExchangeException(new ExchangeProblem(file, 0, null, "cannot read: " + e.getMessage()));
      }
    }
    return new Result(series, rows, relations, quarantine);
  }
}
