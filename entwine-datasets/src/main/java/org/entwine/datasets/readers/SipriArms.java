package org.entwine.datasets.readers;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.entwine.datasets.CsvRows;
import org.entwine.source.Source;

/**
 * SIPRI Arms Transfers Database, trade register (one row per deal: Recipient, Supplier, Year of
 * order, …, Year(s) of delivery, …, SIPRI TIV of delivered weapons), in SIPRI's spelling and
 * latin-1. Read into the trend-indicator value delivered from supplier to recipient each year. The
 * register gives a deal's delivered TIV and its delivery years but not the split between them: the
 * value is spread evenly over those years (SIPRI's own yearly tables follow actual deliveries).
 * Names SIPRI gives non-state recipients (marked with asterisks) are reported as unmapped.
 */
final class SipriArms extends DatasetReader {
  static final String TIV = "arms.tiv-delivered";
  private static final String RECIPIENT = "Recipient";
  private static final String SUPPLIER = "Supplier";
  private static final String YEARS = "Year(s) of delivery";
  private static final String DELIVERED = "SIPRI TIV of delivered weapons";

  SipriArms() {
    super(
        "sipri-arms",
        "SIPRI Arms Transfers Database, trade register (trade-register.csv, latin-1)",
        "one CSV with Recipient, Supplier, Year(s) of delivery, SIPRI TIV of delivered weapons",
        new Definitions(
                new Source(
                    "sipri-arms-transfers",
                    "SIPRI Arms Transfers Database: trade register",
                    "Stockholm International Peace Research Institute",
                    "SIPRI",
                    "2024-11",
                    "https://www.sipri.org/databases/armstransfers",
                    "SIPRI Arms Transfers",
                    "register downloaded November 2024 (orders to 2023)",
                    "Trend-indicator values (TIV), SIPRI's measure of the military capability"
                        + " transferred, not a price. SIPRI terms of use.",
                    false))
            .indicator(
                TIV,
                "Arms delivered (SIPRI TIV)",
                "million TIV",
                true,
                true,
                "Major conventional weapons delivered by the actor to the partner that year, in"
                    + " SIPRI trend-indicator values (a deal's delivered value spread evenly over"
                    + " its delivery years). The register lists every transfer of major"
                    + " conventional weapons, so within the years it covers no row means none"
                    + " delivered."));
  }

  @Override
  void read(Reading reading, List<Path> files) {
    CsvRows.Layout layout =
        CsvRows.Layout.CSV.encodedIn(StandardCharsets.ISO_8859_1).joiningBrokenRecords();
    reading.rows(
        files.get(0),
        List.of(RECIPIENT, SUPPLIER, YEARS, DELIVERED),
        layout,
        row -> {
          Double tiv = row.number(DELIVERED);
          List<Integer> years = new ArrayList<>();
          for (String y : row.text(YEARS).split(";")) {
            if (y.isBlank()) continue;
            Integer year = y.strip().matches("\\d{1,4}") ? Integer.valueOf(y.strip()) : null;
            if (year == null || !CsvRows.plausibleYear(year)) {
              row.problem(
                  YEARS,
                  "expected years separated by ';', got '"
                      + row.text(YEARS)
                      + "' (each a year "
                      + CsvRows.yearRange()
                      + ")");
              return;
            }
            years.add(year);
          }
          if (tiv == null || years.isEmpty()) {
            if (tiv == null || tiv > 0) reading.missing(); // nothing delivered yet is not a value
            return;
          }
          var recipient = state(reading, row.text(RECIPIENT));
          var supplier = state(reading, row.text(SUPPLIER));
          if (recipient.isEmpty() || supplier.isEmpty() || recipient.get().equals(supplier.get()))
            return;
          for (int y : years)
            reading.sums().add(TIV, supplier.get(), recipient.get(), y, tiv / years.size());
        });
  }

  /**
   * The state SIPRI names; a name it marks with asterisks is a non-state actor, reported and left
   * out.
   */
  private static java.util.Optional<String> state(Reading reading, String sipri) {
    if (sipri.endsWith("*")) {
      reading.leftOut("non-state recipient or supplier '" + sipri + "'");
      return java.util.Optional.empty();
    }
    return reading.byName(sipri);
  }
}
