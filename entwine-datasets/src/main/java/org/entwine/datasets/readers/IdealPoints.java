package org.entwine.datasets.readers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entwine.actor.CodeSystem;
import org.entwine.source.Source;
import org.entwine.time.PartialDate;

/**
 * Bailey, Strezhnev and Voeten's UN General Assembly ideal points (ccode, session, IdealPointAll…):
 * each member's position on the one dimension that orders its votes, per session. Read into the
 * distance between two members' ideal points each year (session 1 is 1946): a smaller distance is
 * closer alignment of what the two stand for in the world.
 */
final class IdealPoints extends DatasetReader {
  static final String DISTANCE = "unga.idealpoint-distance";

  IdealPoints() {
    super(
        "unga-idealpoints",
        "UN General Assembly ideal points, June 2024 release (IdealpointestimatesAll_Jun2024.csv)",
        "one CSV with ccode, session, IdealPointAll",
        new Definitions(
                new Source(
                    "unga-idealpoints-2024",
                    "United Nations General Assembly Voting Data: ideal point estimates",
                    "Bailey, Michael A., Anton Strezhnev and Erik Voeten",
                    "Harvard Dataverse",
                    "2024-06",
                    "https://dataverse.harvard.edu/dataset.xhtml?persistentId=hdl:1902.1/12379",
                    "UNGA ideal points",
                    "June 2024 (sessions 1-78)",
                    "Cite Bailey, Strezhnev and Voeten (2017), Journal of Conflict Resolution"
                        + " 61(2).",
                    false))
            .indicator(
                DISTANCE,
                "Distance between UN ideal points",
                "ideal-point units",
                false,
                false,
                "The absolute difference of the two members' ideal points in the session that year"
                    + " (smaller: closer)."));
  }

  @Override
  void read(Reading reading, List<Path> files) {
    Map<Integer, Map<String, Double>> bySession = new HashMap<>();
    reading.rows(
        files.get(0),
        List.of("ccode", "session", "IdealPointAll"),
        row -> {
          Integer session = row.whole("session");
          Double point = row.signed("IdealPointAll");
          var actor = reading.actor(CodeSystem.COW, row.text("ccode"));
          if (session == null || actor.isEmpty()) return;
          if (point == null) {
            reading.missing();
            return;
          }
          bySession.computeIfAbsent(session, s -> new HashMap<>()).put(actor.get(), point);
        });
    bySession.forEach(
        (session, points) -> {
          int year = 1945 + session;
          reading.see(year);
          PartialDate period = reading.period(year);
          List<String> members = new ArrayList<>(points.keySet());
          java.util.Collections.sort(members);
          for (int i = 0; i < members.size(); i++) {
            double pi = points.get(members.get(i));
            for (int j = i + 1; j < members.size(); j++) {
              reading.observe(
                  DISTANCE,
                  members.get(i),
                  members.get(j),
                  period,
                  Math.abs(pi - points.get(members.get(j))));
            }
          }
        });
  }
}
