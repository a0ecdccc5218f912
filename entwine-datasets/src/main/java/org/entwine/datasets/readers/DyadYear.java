package org.entwine.datasets.readers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entwine.actor.CodeSystem;
import org.entwine.actor.UnorderedPair;
import org.entwine.time.PartialDate;

/**
 * The Correlates of War dyad-year layout ({@code ccode1, ccode2, year}, then value columns), as COW
 * and ATOP publish alliances and IGO co-membership: each value column becomes one indicator.
 */
final class DyadYear extends DatasetReader {
  private final Map<String, String> indicatorByColumn;
  private final boolean directed;

  private DyadYear(
      String name,
      String title,
      Definitions definitions,
      Map<String, String> indicatorByColumn,
      boolean directed) {
    super(
        name,
        title,
        "one CSV with ccode1, ccode2, year, " + String.join(", ", indicatorByColumn.keySet()),
        definitions);
    this.indicatorByColumn = indicatorByColumn;
    this.directed = directed;
  }

  static DyadYear atop() {
    Definitions d =
        new Definitions(
            new org.entwine.source.Source(
                "atop-5.1",
                "Alliance Treaty Obligations and Provisions (ATOP), dyad-year data",
                "Leeds, Brett Ashley, Jeffrey M. Ritter, Sara McLaughlin Mitchell and Andrew G."
                    + " Long",
                null,
                null,
                "http://www.atopdata.org/",
                "ATOP",
                "5.1",
                "Directed dyad-years with an alliance obligation (as distributed by peacesciencer)",
                false));
    Map<String, String> cols = new LinkedHashMap<>();
    cols.put("atop_defense", "atop.defense");
    cols.put("atop_offense", "atop.offense");
    cols.put("atop_neutral", "atop.neutrality");
    cols.put("atop_nonagg", "atop.nonaggression");
    cols.put("atop_consul", "atop.consultation");
    cols.forEach(
        (c, id) ->
            d.indicator(
                id,
                "ATOP " + id.substring(5) + " obligation",
                Definitions.BINARY,
                true,
                true,
                "1 when the actor has an alliance obligation of this type toward the partner that"
                    + " year (ATOP). Binding security commitment: interests pillar, de jure."));
    return new DyadYear(
        "atop", "ATOP v5.1 alliance obligations, dyad-year (atop_alliance.csv)", d, cols, true);
  }

  static DyadYear cowAlliance() {
    Definitions d =
        new Definitions(
            new org.entwine.source.Source(
                "cow-alliance-4.1",
                "Formal Alliances (v4.1), dyad-year",
                "Gibler, Douglas M.",
                null,
                null,
                "https://correlatesofwar.org/data-sets/formal-alliances/",
                "COW Formal Alliances",
                "4.1",
                null,
                false));
    Map<String, String> cols = new LinkedHashMap<>();
    cols.put("cow_defense", "cow-alliance.defense");
    cols.put("cow_neutral", "cow-alliance.neutrality");
    cols.put("cow_nonagg", "cow-alliance.nonaggression");
    cols.put("cow_entente", "cow-alliance.entente");
    cols.forEach(
        (c, id) ->
            d.indicator(
                id,
                "COW " + id.substring(13) + " alliance",
                Definitions.BINARY,
                true,
                true,
                "1 when a formal alliance of this type binds the actor to the partner that year"
                    + " (COW). Binding security commitment: interests pillar, de jure."));
    return new DyadYear(
        "cow-alliance", "COW Formal Alliances v4.1, dyad-year (cow_alliance.csv)", d, cols, true);
  }

  static DyadYear cowIgo() {
    Definitions d =
        new Definitions(
            new org.entwine.source.Source(
                "cow-igo-3",
                "Intergovernmental Organizations (v3), non-directed dyad-year",
                "Pevehouse, Jon C.W., Timothy Nordstrom, Roseanne W. McManus and Anne Spencer"
                    + " Jamison",
                null,
                null,
                "https://correlatesofwar.org/data-sets/igos/",
                "COW IGO",
                "3",
                null,
                false));
    Map<String, String> cols = Map.of("dyadigos", "igo.shared");
    d.indicator(
        "igo.shared",
        "Shared IGO memberships",
        Definitions.COUNT,
        false,
        false,
        "Intergovernmental organizations of which both are full members that year (COW IGO):"
            + " institutions pillar, institutional density.");
    return new DyadYear(
        "cow-igo", "COW IGO v3 shared memberships, dyad-year (cow_igo_ndy.csv)", d, cols, false);
  }

  @Override
  void read(Reading reading, List<Path> files) {
    List<String> required = new ArrayList<>(List.of("ccode1", "ccode2", "year"));
    required.addAll(indicatorByColumn.keySet());
    reading.rows(
        files.get(0),
        required,
        row -> {
          Integer year = row.year("year");
          String c1 = row.text("ccode1");
          String c2 = row.text("ccode2");
          if (year == null) return;
          var a = reading.actor(CodeSystem.COW, c1);
          var b = reading.actor(CodeSystem.COW, c2);
          if (a.isEmpty() || b.isEmpty()) return;
          if (a.get().equals(b.get())) {
            row.problem("ccode2", "the same state on both sides (" + c1 + ", " + c2 + ")");
            return;
          }
          reading.see(year);
          PartialDate period = reading.period(year);
          indicatorByColumn.forEach(
              (column, indicator) -> {
                Double v = definitions.isCount(indicator) ? row.count(column) : row.number(column);
                if (v == null) {
                  reading.missing();
                  return;
                }
                if (definitions.isBinary(indicator) && v != 0 && v != 1) {
                  row.problem(
                      column,
                      "expected 0 or 1 (an obligation the alliance has or has not), got '"
                          + row.text(column)
                          + "'");
                  return;
                }
                UnorderedPair pair = UnorderedPair.of(a.get(), b.get());
                String actor = directed ? a.get() : pair.first();
                String partner = directed ? b.get() : pair.second();
                reading.observe(indicator, actor, partner, period, v);
              });
        });
  }
}
