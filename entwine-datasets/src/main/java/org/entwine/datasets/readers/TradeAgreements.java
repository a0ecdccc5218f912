package org.entwine.datasets.readers;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entwine.actor.CodeSystem;
import org.entwine.actor.UnorderedPair;
import org.entwine.datasets.CsvRows;
import org.entwine.source.Source;

/**
 * DESTA (Design of Trade Agreements) v2.2, the list of treaties as country pairs (iso1, iso2
 * numeric, base_treaty, entry_type, year, entryforceyear) and the dyadic withdrawals: the
 * preferential trade agreements in force between two countries each year. A treaty counts from its
 * entry into force (an accession from its year); one the file gives no entry into force for is
 * signed, not in force. A withdrawal ends the pair's membership from its year. Latin-1 files.
 *
 * <p>Bilateral agreements are counted apart from plurilateral ones by DESTA's {@code typememb}: a
 * treaty between the two (1), between a bloc and a third country (3, the pairs across), or a bloc
 * member's accession to such a treaty (6) binds the pair as such; a plurilateral agreement (2), one
 * between two blocs (4) or an accession to a plurilateral one (5) binds a group (the GSTP binds
 * some forty developing countries), and is counted apart.
 */
final class TradeAgreements extends DatasetReader {
  static final String IN_FORCE = "pta.in-force";
  static final String BILATERAL = "pta.bilateral-in-force";
  static final String PLURILATERAL = "pta.plurilateral-in-force";

  /** DESTA's typememb codes of a treaty that binds the pair as such. */
  private static final Set<String> BINDS_THE_PAIR = Set.of("1", "3", "6");

  private static final int LAST = 2023;
  private static final List<String> COLUMNS =
      List.of("iso1", "iso2", "base_treaty", "entry_type", "year", "entryforceyear", "typememb");

  TradeAgreements() {
    super(
        "desta",
        "DESTA v2.2 preferential trade agreements by country pair, with withdrawals"
            + " (desta_list_of_treaties_02_02_dyads.txt, desta_dyadic_withdrawal_02_02.txt)",
        "the dyads file and the withdrawals file (iso1, iso2, base_treaty, entry_type, year,"
            + " entryforceyear)",
        2,
        2,
        new Definitions(
                new Source(
                    "desta-2.2",
                    "Design of Trade Agreements (DESTA) database, version 2.2: list of treaties"
                        + " (dyads)",
                    "Dür, Andreas, Leonardo Baccini and Manfred Elsig",
                    "The Review of International Organizations 9(3), 2014",
                    "2024",
                    "https://www.designoftradeagreements.org/",
                    "DESTA",
                    "2.2",
                    "Free from the authors; cite Dür, Baccini and Elsig (2014).",
                    false))
            .indicator(
                IN_FORCE,
                "Preferential trade agreements in force",
                "agreements",
                false,
                true,
                "Preferential trade agreements (bilateral, plurilateral, accessions) in force"
                    + " between the two that year: binding economic commitments (interests pillar,"
                    + " de jure). DESTA lists every agreement it found, so within the years it"
                    + " covers no row means none.")
            .indicator(
                BILATERAL,
                "Bilateral preferential trade agreements in force",
                "agreements",
                false,
                true,
                "Preferential trade agreements in force that bind the two as such: between them,"
                    + " between a bloc and the other (its members with the other), or an accession"
                    + " to such a treaty (DESTA typememb 1, 3, 6). Within the years DESTA covers no"
                    + " row means none.")
            .indicator(
                PLURILATERAL,
                "Plurilateral preferential trade agreements in force",
                "agreements",
                false,
                true,
                "Preferential trade agreements in force that bind the two as members of a group:"
                    + " plurilateral agreements, agreements between two blocs and accessions to"
                    + " plurilateral ones (DESTA typememb 2, 4, 5; the GSTP among them)."));
  }

  private record Membership(String a, String b, String treaty) {}

  @Override
  void read(Reading reading, List<Path> files) {
    CsvRows.Layout latin1 = CsvRows.Layout.CSV.encodedIn(StandardCharsets.ISO_8859_1);
    Map<Membership, Integer> from = new HashMap<>();
    Map<Membership, Integer> until = new HashMap<>();
    // whether each treaty binds its pairs as such (bilateral) or as members of a group
    Map<String, Boolean> bilateral = new HashMap<>();
    Set<Integer> yearsSeen = new HashSet<>();
    for (Path file : files) {
      reading.rows(
          file,
          COLUMNS,
          latin1,
          row -> {
            var a = reading.actor(CodeSystem.ISO_NUMERIC, row.text("iso1"));
            var b = reading.actor(CodeSystem.ISO_NUMERIC, row.text("iso2"));
            String type = row.text("entry_type");
            Integer year = row.yearIfAny("year");
            Integer inForce = row.yearIfAny("entryforceyear");
            if (a.isEmpty() || b.isEmpty() || a.get().equals(b.get())) return;
            UnorderedPair pair = UnorderedPair.of(a.get(), b.get());
            Membership m = new Membership(pair.first(), pair.second(), row.text("base_treaty"));
            String typememb = row.text("typememb");
            if (!type.equals("withdrawal"))
              bilateral.merge(m.treaty(), BINDS_THE_PAIR.contains(typememb), Boolean::logicalAnd);
            if (type.equals("withdrawal")) {
              if (year == null) row.problem("year", "a withdrawal needs its year");
              else until.merge(m, year, Math::min);
              return;
            }
            Integer start = inForce != null ? inForce : type.equals("accession") ? year : null;
            if (start == null) {
              reading.missing();
              return;
            }
            yearsSeen.add(start);
            from.merge(m, start, Math::min);
          });
    }
    PairYears sums = reading.sums();
    from.forEach(
        (m, start) -> {
          int end = Math.min(LAST, until.getOrDefault(m, LAST + 1) - 1);
          String kind = bilateral.getOrDefault(m.treaty(), false) ? BILATERAL : PLURILATERAL;
          for (int y = start; y <= end; y++) {
            sums.add(IN_FORCE, m.a(), m.b(), y, 1);
            sums.add(kind, m.a(), m.b(), y, 1);
          }
        });
    reading.cover(yearsSeen.stream().mapToInt(Integer::intValue).min().orElse(LAST), LAST);
  }
}
