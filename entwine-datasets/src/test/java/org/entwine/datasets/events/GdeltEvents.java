package org.entwine.datasets.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.entwine.events.CameoCodebook;
import org.entwine.events.QuadClass;
import org.entwine.events.RelationMonths;
import org.entwine.exchange.ExchangeException;
import org.entwine.exchange.ExchangeProblem;

/**
 * The plain GDELT reader, a test oracle: line by line, field by field, with strings. It is the
 * reference the fast reader ({@link GdeltScan}) is checked against (entwine-bench checks the fast
 * reader against DuckDB SQL too); a row is read by {@link GdeltLine}, as the Spark job reads it.
 */
public final class GdeltEvents {
  /**
   * What a read gave: the series (CAMEO country codes as written), and the rows put aside as
   * file:line: reason.
   */
  public record Result(
      RelationMonths series, long rows, long relationEvents, List<String> quarantine) {}

  private GdeltEvents() {}

  public static Result read(List<EventFiles.Input> inputs, CameoCodebook codebook) {
    boolean[] known = GdeltRows.knownCodes(codebook);
    RelationMonths series = new RelationMonths();
    List<String> quarantine = new ArrayList<>();
    long[] counts = new long[2];
    for (EventFiles.Input in : inputs) {
      try (InputStream s = in.open()) {
        readLines(in.where(), s, known, series, quarantine, counts);
      } catch (IOException e) {
        throw new ExchangeException(
            new ExchangeProblem(in.file(), 0, null, org.entwine.exchange.Unreadable.because(e)));
      }
    }
    return new Result(series, counts[0], counts[1], quarantine);
  }

  private static void readLines(
      String where,
      InputStream s,
      boolean[] known,
      RelationMonths series,
      List<String> quarantine,
      long[] counts)
      throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(s, StandardCharsets.UTF_8));
    String line;
    int n = 0;
    while ((line = r.readLine()) != null) {
      n++;
      if (line.isEmpty()) continue;
      counts[0]++;
      GdeltLine.Read read = GdeltLine.read(line, known);
      if (read.problem() != null) {
        quarantine.add(where + ":" + n + ": " + read.problem());
        continue;
      }
      GdeltLine.Event e = read.event();
      if (e == null) continue;
      if (series.add(
          e.id(),
          e.actor(),
          e.partner(),
          e.month(),
          e.code(),
          QuadClass.values()[e.quad() - 1],
          e.goldstein(),
          e.mentions(),
          e.sources(),
          e.articles(),
          e.tone())) {
        counts[1]++;
      }
    }
  }
}
