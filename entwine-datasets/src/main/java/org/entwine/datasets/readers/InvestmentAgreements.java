package org.entwine.datasets.readers;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.entwine.actor.Crosswalk;
import org.entwine.datasets.CsvRows;
import org.entwine.source.Source;

/**
 * UNCTAD's International Investment Agreements Navigator (treaty_id, short_title, type, status,
 * parties, date_of_signature, date_of_entry_into_force, termination_date), parties as one
 * comma-joined string in UNCTAD's spelling ("Korea, Republic of"). Read into the investment
 * agreements (bilateral investment treaties and treaties with investment provisions) in force
 * between two parties each year, from entry into force to termination. An organization party whose
 * members the registry keeps over time (ASEAN) binds its members of that date; one it does not (the
 * EU) stays a party itself. A treaty binds the parties on its two or more sides to each other, not
 * the members of one side among themselves (ASEAN's members are not bound to each other by the
 * ASEAN-Japan agreement). A treaty with two sides (two states, or a bloc and a state) is bilateral;
 * one with three or more is plurilateral (the CPTPP, RCEP), counted apart.
 */
final class InvestmentAgreements extends DatasetReader {
  static final String IN_FORCE = "iia.in-force";
  static final String BILATERAL = "iia.bilateral-in-force";
  static final String PLURILATERAL = "iia.plurilateral-in-force";
  private static final int LAST = 2025;
  private static final List<String> COLUMNS =
      List.of("treaty_id", "parties", "date_of_entry_into_force", "termination_date");

  InvestmentAgreements() {
    super(
        "unctad-iia",
        "UNCTAD International Investment Agreements Navigator, scraped 2025"
            + " (unctad_iia_navigator_scrape.csv)",
        "one CSV with treaty_id, short_title, type, status, parties, date_of_signature,"
            + " date_of_entry_into_force, termination_date",
        new Definitions(
                new Source(
                    "unctad-iia-2025",
                    "International Investment Agreements Navigator",
                    "UNCTAD Investment Policy Hub",
                    "United Nations Conference on Trade and Development",
                    "2025",
                    "https://investmentpolicy.unctad.org/international-investment-agreements",
                    "UNCTAD IIA Navigator",
                    "scraped 2025",
                    "Bilateral investment treaties (BITs) and treaties with investment provisions"
                        + " (TIPs); UNCTAD terms of use.",
                    false))
            .indicator(
                IN_FORCE,
                "Investment agreements in force",
                "agreements",
                false,
                true,
                "Bilateral investment treaties and treaties with investment provisions in force"
                    + " between the two that year: binding economic commitments (interests pillar,"
                    + " de jure). The Navigator lists every agreement UNCTAD knows, so no row means"
                    + " none.")
            .indicator(
                BILATERAL,
                "Bilateral investment agreements in force",
                "agreements",
                false,
                true,
                "Investment agreements in force with two sides, the two states, or a bloc and the"
                    + " other (its members with the other): commitments that bind the pair as"
                    + " such. No row means none.")
            .indicator(
                PLURILATERAL,
                "Plurilateral investment agreements in force",
                "agreements",
                false,
                true,
                "Investment agreements in force with three or more sides (the CPTPP, RCEP): the"
                    + " two are bound as members of a group."));
  }

  @Override
  void read(Reading reading, List<Path> files) {
    PairYears sums = reading.sums();
    int[] first = {LAST};
    reading.rows(
        files.get(0),
        COLUMNS,
        row -> {
          LocalDate start = date(row, "date_of_entry_into_force");
          LocalDate end = date(row, "termination_date");
          if (start == null) {
            reading.missing();
            return;
          }
          first[0] = Math.min(first[0], start.getYear());
          List<Set<String>> sides = sides(row.text("parties"), reading, start);
          String kind = sides.size() == 2 ? BILATERAL : PLURILATERAL;
          int last = end == null ? LAST : Math.min(LAST, end.getYear() - 1);
          Set<org.entwine.actor.UnorderedPair> pairs = new java.util.HashSet<>();
          for (int i = 0; i < sides.size(); i++)
            for (int j = i + 1; j < sides.size(); j++)
              for (String a : sides.get(i))
                for (String b : sides.get(j))
                  if (!a.equals(b)) pairs.add(org.entwine.actor.UnorderedPair.of(a, b));
          for (var pair : pairs) {
            for (int y = start.getYear(); y <= last; y++) {
              sums.addUndirected(IN_FORCE, pair.first(), pair.second(), y, 1);
              sums.addUndirected(kind, pair.first(), pair.second(), y, 1);
            }
          }
        });
    reading.cover(first[0], LAST);
  }

  private static LocalDate date(CsvRows.Row row, String column) {
    String t = row.text(column);
    if (t.isEmpty()) return null;
    try {
      return LocalDate.parse(t);
    } catch (java.time.DateTimeException e) {
      row.problem(column, "expected a date as YYYY-MM-DD, got '" + t + "'");
      return null;
    }
  }

  /**
   * The list cut at its commas, except those inside parentheses ("Channel Islands (Guernsey,
   * Jersey)").
   */
  private static String[] pieces(String list) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < list.length(); i++) {
      char c = list.charAt(i);
      if (c == '(') depth++;
      else if (c == ')') depth = Math.max(0, depth - 1);
      else if (c == ',' && depth == 0) {
        out.add(list.substring(start, i));
        start = i + 1;
      }
    }
    out.add(list.substring(start));
    return out.toArray(new String[0]);
  }

  /**
   * The sides a comma-joined list names: a state, or an organization's members on the date (the
   * organization itself where the registry keeps no members for it). Names may hold commas
   * themselves ("Korea, Republic of"), so the longest run of pieces that names an actor is taken
   * first.
   */
  static List<Set<String>> sides(String list, Reading reading, LocalDate on) {
    Crosswalk crosswalk = reading.crosswalk();
    String[] pieces = pieces(list);
    List<Set<String>> out = new ArrayList<>();
    int i = 0;
    while (i < pieces.length) {
      int taken = 0;
      for (int j = pieces.length; j > i && taken == 0; j--) {
        Optional<String> hit =
            crosswalk.byName(String.join(",", java.util.Arrays.copyOfRange(pieces, i, j)));
        if (hit.isPresent()) {
          List<String> members = crosswalk.membersOn(hit.get(), on);
          out.add(new LinkedHashSet<>(members.isEmpty() ? List.of(hit.get()) : members));
          taken = j - i;
        }
      }
      if (taken == 0) {
        reading.byName(pieces[i].strip());
        taken = 1;
      }
      i += taken;
    }
    return out;
  }
}
