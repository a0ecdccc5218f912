package org.entwine.registry;

import java.time.Instant;
import java.util.List;
import org.entwine.actor.Actor;
import org.entwine.actor.ActorKind;
import org.entwine.framework.Framework;
import org.entwine.framework.FrameworkStatus;
import org.entwine.framework.Level;
import org.entwine.framework.LevelChange;
import org.entwine.framework.StatusChange;
import org.entwine.source.Provenance;
import org.entwine.source.Source;
import org.entwine.time.PartialDate;

/** Small builders for hand-made test registries. */
public final class Records {
  public static final Provenance BY_TEST =
      new Provenance("test", Instant.parse("2026-01-01T00:00:00Z"));
  public static final List<String> SRC = List.of("src");

  private Records() {}

  public static Source source(String id) {
    return Source.of(id, "Source " + id);
  }

  public static Actor state(String code) {
    return new Actor(code, ActorKind.STATE, "State " + code, null, null, null, null, SRC, BY_TEST);
  }

  public static Actor actor(String code, ActorKind kind) {
    return new Actor(code, kind, "Actor " + code, null, null, null, null, SRC, BY_TEST);
  }

  public static LevelChange change(String date, Level level) {
    return new LevelChange(
        PartialDate.parse(date), level, level.name().toLowerCase(), null, null, null, SRC);
  }

  public static StatusChange status(String date, FrameworkStatus s) {
    return new StatusChange(PartialDate.parse(date), s, null, SRC);
  }

  public static Framework framework(String a, String b, LevelChange... changes) {
    return new Framework(
        Framework.defaultId(a, b), List.of(a, b), List.of(changes), List.of(), null, SRC, BY_TEST);
  }

  public static Framework framework(
      String a, String b, List<LevelChange> changes, List<StatusChange> status) {
    return new Framework(
        Framework.defaultId(a, b), List.of(a, b), changes, status, null, SRC, BY_TEST);
  }

  public static Registry registry(List<Actor> actors, List<Framework> frameworks) {
    return Registry.builder()
        .sources(List.of(source("src")))
        .actors(actors)
        .frameworks(frameworks)
        .build();
  }
}
