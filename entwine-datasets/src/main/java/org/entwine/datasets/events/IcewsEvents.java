package org.entwine.datasets.events;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.entwine.datasets.Progress;
import org.entwine.events.CameoCodebook;
import org.entwine.events.QuadClass;
import org.entwine.events.RelationMonths;
import org.entwine.exchange.ExchangeException;
import org.entwine.exchange.ExchangeProblem;
import org.roaringbitmap.RoaringBitmap;

/**
 * Reads ICEWS event files as the Harvard Dataverse publishes them (tab-separated, a header row,
 * "Event ID", "Event Date", "Source Country", "CAMEO Code", "Intensity", "Target Country" among
 * their columns, NA or nothing for a missing value) into relation-month series between the
 * countries, by name. The intensity is ICEWS's Goldstein-scale score of the event; ICEWS has no
 * mentions, sources, articles or tone, so those stay 0. Rows are checked as GDELT's are: a bad id,
 * date, code or intensity puts the row in quarantine; a row without both countries is passed over.
 */
public final class IcewsEvents {
  /** What a read gave: the series with country names as the files write them. */
  public record Result(
      RelationMonths series,
      long rows,
      long relations,
      long duplicates,
      List<String> quarantine,
      RoaringBitmap ids) {}

  private IcewsEvents() {}

  public static Result read(
      List<EventFiles.Input> inputs,
      RoaringBitmap known,
      CameoCodebook codebook,
      Progress progress) {
    boolean[] knownCodes = GdeltRows.knownCodes(codebook);
    RoaringBitmap seen = known == null ? new RoaringBitmap() : known.clone();
    RelationMonths series = new RelationMonths();
    List<String> quarantine = new ArrayList<>();
    long[] counts = new long[3];
    for (EventFiles.Input in : inputs) {
      try (InputStream s = in.open()) {
        readLines(in.where(), s, knownCodes, seen, series, quarantine, counts);
        progress.advance(in.size());
      } catch (IOException e) {
        throw new ExchangeException(
            new ExchangeProblem(in.file(), 0, null, org.entwine.exchange.Unreadable.because(e)));
      }
    }
    return new Result(series, counts[0], counts[1], counts[2], quarantine, seen);
  }

  private static void readLines(
      String where,
      InputStream s,
      boolean[] knownCodes,
      RoaringBitmap seen,
      RelationMonths series,
      List<String> quarantine,
      long[] counts)
      throws IOException {
    TextLines r = new TextLines(s);
    List<String> absent = new ArrayList<>();
    IcewsLine rows = IcewsLine.of(r.next(), absent);
    if (rows == null) {
      throw new ExchangeException(
          new ExchangeProblem(
              java.nio.file.Path.of(where),
              1,
              "header",
              "missing column"
                  + (absent.size() == 1 ? " " : "s ")
                  + String.join(", ", absent)
                  + ": "
                  + IcewsLine.expected()));
    }
    String line;
    int n = 1;
    while ((line = r.next()) != null) {
      n++;
      if (line.isEmpty()) continue;
      counts[0]++;
      GdeltLine.Read read = rows.read(line, knownCodes);
      if (read.problem() != null) {
        quarantine.add(where + ":" + n + ": " + read.problem());
        continue;
      }
      GdeltLine.Event e = read.event();
      if (e == null) continue;
      if (!seen.checkedAdd((int) e.id())) {
        counts[2]++;
        continue;
      }
      series.add(
          e.actor(),
          e.partner(),
          e.month(),
          e.code(),
          QuadClass.values()[e.quad() - 1],
          e.goldstein(),
          0,
          0,
          0,
          0);
      counts[1]++;
    }
  }
}
