package org.entwine.registry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.entwine.framework.Framework;
import org.entwine.framework.FrameworkStatus;
import org.entwine.framework.Level;
import org.entwine.framework.LevelChange;
import org.entwine.framework.StatusChange;

/** The history of every framework between two actors, oldest first. */
public final class Timeline {
  private Timeline() {}

  public static List<TimelineEvent> of(Registry registry, String a, String b) {
    List<TimelineEvent> events = new ArrayList<>();
    for (Framework f : registry.frameworks()) {
      if (!(f.involves(a) && f.involves(b))) continue;
      Level previous = null;
      for (LevelChange c : f.changes()) {
        String what =
            previous == null
                ? "ESTABLISHED"
                : c.level().rank() > previous.rank()
                    ? "UPGRADED"
                    : c.level().rank() < previous.rank() ? "DOWNGRADED" : "RENAMED";
        events.add(
            new TimelineEvent(
                c.date(),
                f.id(),
                what,
                c.level(),
                null,
                c.officialName(),
                c.sectors(),
                c.document(),
                c.note(),
                c.sources(),
                c.confidence(),
                c.sideNames(),
                c.disagreement()));
        previous = c.level();
      }
      for (StatusChange s : f.statusChanges()) {
        String what = s.status() == FrameworkStatus.ACTIVE ? "RESUMED" : s.status().name();
        events.add(
            new TimelineEvent(
                s.date(),
                f.id(),
                what,
                null,
                s.status(),
                null,
                List.of(),
                s.document(),
                s.note(),
                s.sources(),
                s.confidence(),
                java.util.Map.of(),
                null));
      }
    }
    events.sort(Comparator.comparing(TimelineEvent::date).thenComparing(TimelineEvent::framework));
    return events;
  }
}
