package org.entwine.datasets.events;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entwine.datasets.CsvRows;
import org.entwine.datasets.Progress;
import org.entwine.events.CameoCode;
import org.entwine.events.CameoCodebook;
import org.entwine.exchange.Problems;

/**
 * Reads the CAMEO codebook from GDELT's published lookup tables: {@code CAMEO.eventcodes.txt}
 * (CAMEOEVENTCODE, EVENTDESCRIPTION) and {@code CAMEO.goldsteinscale.txt} (CAMEOEVENTCODE,
 * GOLDSTEINSCALE), both tab-separated. Every code must have both.
 */
public final class CameoTables {
  private CameoTables() {}

  public static CameoCodebook read(Path eventCodes, Path goldsteinScale) {
    Problems problems = new Problems();
    Map<String, Double> weights = new HashMap<>();
    try (CsvRows rows =
        CsvRows.open(
            goldsteinScale,
            List.of("CAMEOEVENTCODE", "GOLDSTEINSCALE"),
            problems,
            Progress.NONE,
            '\t')) {
      rows.forEach(
          r -> {
            Double w = r.signed("GOLDSTEINSCALE");
            if (w != null) weights.put(r.text("CAMEOEVENTCODE"), w);
          });
      rows.finish();
    }
    List<CameoCode> codes = new ArrayList<>();
    try (CsvRows rows =
        CsvRows.open(
            eventCodes,
            List.of("CAMEOEVENTCODE", "EVENTDESCRIPTION"),
            problems,
            Progress.NONE,
            '\t')) {
      rows.forEach(
          r -> {
            String code = r.text("CAMEOEVENTCODE");
            Double w = weights.get(code);
            if (w == null) {
              r.problem(
                  "CAMEOEVENTCODE",
                  "code " + code + " has no weight in " + goldsteinScale.getFileName());
              return;
            }
            try {
              codes.add(new CameoCode(code, r.text("EVENTDESCRIPTION"), w));
            } catch (IllegalArgumentException e) {
              r.problem("CAMEOEVENTCODE", e.getMessage());
            }
          });
      rows.finish();
    }
    return new CameoCodebook(codes);
  }
}
