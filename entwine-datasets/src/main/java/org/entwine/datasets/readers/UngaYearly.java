package org.entwine.datasets.readers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.entwine.actor.UnorderedPair;
import org.entwine.datasets.CsvRows;
import org.entwine.exchange.ExchangeException;
import org.entwine.exchange.ExchangeProblem;
import org.entwine.indicator.VoteAgreement;
import org.entwine.source.Source;
import org.entwine.time.PartialDate;

/**
 * UN General Assembly recorded votes by calendar year, as scraped from the UN Digital Library into
 * one file a year ({@code YEAR_RAW_COIN.csv}): a row per resolution voted on, a column per member
 * state (upper-case UN names), cells Y (yes), N (no), A (abstain), X (absent), blank (not a member
 * that day). Agreement per pair and year, as {@link UnVotes} computes it from the Voeten data
 * ({@link VoteAgreement}); X and blank are no vote.
 */
final class UngaYearly extends DatasetReader {
  static final String AGREEMENT = "unga-yearly.agreement";
  static final String KAPPA = "unga-yearly.kappa";
  static final String VOTES = "unga-yearly.votes";
  static final String SOURCE = "undl-unga-votes";

  private static final Pattern FILE = Pattern.compile("(\\d{4})_RAW_COIN\\.csv");

  /** A scraping artefact in a header: a lower-case fragment before a name ("y SAUDI ARABIA"). */
  private static final Pattern ARTEFACT = Pattern.compile("([a-z]+) +(\\p{Lu}.*)");

  /**
   * Seats the library names by their present holder: SERBIA for the seat Serbia and Montenegro held
   * to June 2006 (the registry's, and the Voeten data's, Yugoslavia), read as that state's to the
   * last whole year it held it.
   */
  private static final Map<String, Seat> SEATS =
      Map.of("SERBIA", new Seat(2005, "Serbia and Montenegro"));

  private record Seat(int lastYear, String holder) {}

  static final String NOTE_ABSENT = "cells X: absent, not counted as a vote";
  static final String NOTE_BLANK = "cells blank: not a member that day, not counted as a vote";
  static final String NOTE_JUNK =
      "rows with no vote (each file's last row, left by the scrape), skipped";

  UngaYearly() {
    super(
        "unga-yearly",
        "UN General Assembly recorded votes by calendar year, 1992 to 2022 (YEAR_RAW_COIN.csv,"
            + " UN Digital Library)",
        "one or more YEAR_RAW_COIN.csv files (a row per resolution, a column per member state,"
            + " cells Y/N/A/X), or the folder holding them",
        1,
        Integer.MAX_VALUE,
        new Definitions(
                new Source(
                    SOURCE,
                    "General Assembly voting data",
                    "United Nations Dag Hammarskjöld Library",
                    "United Nations",
                    null,
                    "https://digitallibrary.un.org/",
                    "UNGA recorded votes (UN Digital Library)",
                    "1992 to May 2022",
                    "Scraped by calendar year into github.com/jacqueline-witwicki/"
                        + "UNGA_Voting_Coincidences_Over_Time. Adopted resolutions put to a"
                        + " recorded vote; those adopted without a vote, and votes on paragraphs"
                        + " and amendments, are not in it.",
                    false))
            .indicator(
                AGREEMENT,
                "UN General Assembly voting agreement (UN Digital Library, calendar year)",
                "share (0-1)",
                false,
                false,
                "Share of the year's recorded votes on resolutions on which both voted alike,"
                    + " among those both voted on (yes, no or abstain; absent is no vote). As"
                    + " unga.agreement, from the UN's own record by calendar year.")
            .indicator(
                KAPPA,
                "UN General Assembly voting agreement, chance-corrected (UN Digital Library)",
                "Cohen's kappa (-1 to 1)",
                false,
                false,
                "Agreement corrected for what the two countries' own rates of yes, abstain and no"
                    + " would give by chance. As unga.kappa.")
            .indicator(
                VOTES,
                "UN General Assembly recorded votes both took part in (UN Digital Library)",
                "count",
                false,
                false,
                "How many recorded votes the agreement figures rest on."));
  }

  @Override
  void read(Reading reading, List<Path> given) {
    Map<Integer, Path> byYear = new TreeMap<>();
    for (Path f : files(given)) {
      Matcher m = FILE.matcher(f.getFileName().toString());
      if (!m.matches()) {
        reading.problem(
            f, 0, null, "expected a file named YEAR_RAW_COIN.csv (its name gives the year)");
      } else {
        Path before = byYear.putIfAbsent(Integer.valueOf(m.group(1)), f);
        if (before != null)
          reading.problem(f, 0, null, "a second file for " + m.group(1) + " (" + before + ")");
      }
    }
    reading.throwIfAny();
    for (var e : byYear.entrySet()) {
      int year = e.getKey();
      if (!CsvRows.plausibleYear(year)) {
        reading.problem(
            e.getValue(), 0, null, "expected a year " + CsvRows.yearRange() + " in the name");
        continue;
      }
      Year y = year(e.getValue(), year, reading);
      if (y == null) continue;
      reading.see(year);
      PartialDate period = reading.period(year);
      for (VoteAgreement.Result r : y.agreement.results()) {
        UnorderedPair pair = UnorderedPair.of(y.actors.get(r.a()), y.actors.get(r.b()));
        reading.observe(AGREEMENT, pair.first(), pair.second(), period, r.agreement());
        if (!Double.isNaN(r.kappa()))
          reading.observe(KAPPA, pair.first(), pair.second(), period, r.kappa());
        reading.observe(VOTES, pair.first(), pair.second(), period, r.votes());
      }
    }
  }

  /** The files given, a folder standing for the YEAR_RAW_COIN.csv files in it. */
  private static List<Path> files(List<Path> given) {
    List<Path> out = new ArrayList<>();
    for (Path p : given) {
      if (!Files.isDirectory(p)) {
        out.add(p);
        continue;
      }
      try (Stream<Path> s = Files.list(p)) {
        List<Path> in =
            s.filter(f -> FILE.matcher(f.getFileName().toString()).matches()).sorted().toList();
        if (in.isEmpty())
          throw new ExchangeException(
              new ExchangeProblem(p, 0, null, "the folder holds no YEAR_RAW_COIN.csv file"));
        out.addAll(in);
      } catch (IOException ex) {
        throw new ExchangeException(
            new ExchangeProblem(p, 0, null, org.entwine.exchange.Unreadable.because(ex)));
      }
    }
    return out;
  }

  /** One year's votes read: the agreement of every pair, over the actors it numbers. */
  private record Year(VoteAgreement agreement, List<String> actors) {}

  private static Year year(Path file, int year, Reading reading) {
    String name = file.getFileName().toString();
    List<String> header = reading.header(file, List.of());
    // the columns of each member: two where the scrape split one (ZAIRE and DEMOCRATIC REPUBLIC
    // OF THE CONGO in 1997, 'y SAUDI ARABIA' beside SAUDI ARABIA in 2014)
    Map<String, List<Integer>> columns = new LinkedHashMap<>();
    Set<String> unknown = new LinkedHashSet<>();
    // 2020 and 2021 begin with a column of resolution symbols, its name blank
    int first = !header.isEmpty() && header.get(0).isEmpty() ? 1 : 0;
    for (int i = first; i < header.size(); i++) {
      String label = header.get(i);
      if (label.isEmpty()) {
        reading.problem(
            file, 1, "header", "column " + (i + 1) + " has no name: expected a member state");
        continue;
      }
      Matcher artefact = ARTEFACT.matcher(label);
      if (artefact.matches()) {
        reading.noteOnce(
            name
                + ": column '"
                + label
                + "' read as "
                + artefact.group(2)
                + " (a scraping artefact: '"
                + artefact.group(1)
                + " ' before the name)");
        label = artefact.group(2);
      }
      Seat seat = SEATS.get(label);
      String named = seat != null && year <= seat.lastYear() ? seat.holder() : label;
      if (!named.equals(label))
        reading.noteOnce(name + ": " + label + " read as the seat of " + named);
      var actor = reading.crosswalk().byName(named);
      if (actor.isEmpty()) unknown.add(named);
      else columns.computeIfAbsent(actor.get(), k -> new ArrayList<>()).add(i);
    }
    if (columns.isEmpty()) {
      reading.problem(
          file,
          1,
          "header",
          "no column names a UN member state: expected a column per member (upper-case UN"
              + " names such as VIET NAM, CHINA), the file has "
              + String.join(", ", header.subList(0, Math.min(header.size(), 8)))
              + (header.size() > 8 ? ", …" : ""));
      return null;
    }
    columns.forEach(
        (actor, cols) -> {
          if (cols.size() > 1)
            reading.noteOnce(
                name
                    + ": columns "
                    + String.join(" and ", cols.stream().map(header::get).toList())
                    + " are one member ("
                    + actor
                    + "): read as one");
        });
    List<String> actors = new ArrayList<>(columns.keySet());
    List<int[]> colsOf =
        columns.values().stream().map(l -> l.stream().mapToInt(i -> i).toArray()).toList();
    VoteAgreement agreement = new VoteAgreement(Math.max(2, actors.size()));
    VoteAgreement.Period period = new VoteAgreement.Period(year, null);
    int[] voters = new int[actors.size()];
    int[] votes = new int[actors.size()];
    long[] read = {0};
    reading.rowsAside(
        file,
        List.of(),
        row -> {
          List<String> fields = row.fields();
          int n = 0;
          boolean any = false;
          long absent = 0;
          long blank = 0;
          for (int j = 0; j < actors.size(); j++) {
            String cell = "";
            int at = -1;
            for (int c : colsOf.get(j)) {
              String v = fields.get(c).strip();
              if (v.isEmpty()) continue;
              if (at >= 0) {
                row.problem(
                    header.get(c),
                    "a second vote of "
                        + actors.get(j)
                        + " (its column "
                        + header.get(at)
                        + " has one): one member, one vote");
              }
              cell = v;
              at = c;
            }
            int vote =
                switch (cell) {
                  case "Y" -> VoteAgreement.YES;
                  case "A" -> VoteAgreement.ABSTAIN;
                  case "N" -> VoteAgreement.NO;
                  case "X" -> -1;
                  case "" -> -2;
                  default -> -3;
                };
            if (vote == -3) {
              row.problem(
                  header.get(at),
                  "expected Y, N, A or X (yes, no, abstain, absent) or blank (not a member),"
                      + " got '"
                      + cell
                      + "'");
              continue;
            }
            if (vote == -2) {
              blank++;
              continue;
            }
            any = true;
            if (vote == -1) {
              absent++;
              continue;
            }
            voters[n] = j;
            votes[n++] = vote;
          }
          if (!any) {
            reading.note(NOTE_JUNK);
            return;
          }
          read[0]++;
          if (absent > 0) reading.note(NOTE_ABSENT, absent);
          if (blank > 0) reading.note(NOTE_BLANK, blank);
          agreement.add(period, voters, votes, n);
        });
    reading.counted(read[0]);
    unknown.forEach(label -> reading.byName(label, read[0]));
    return new Year(agreement, actors);
  }
}
