package org.entwine.app.accounts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.entwine.json.DomainJson;
import org.entwine.registry.RecordKind;
import org.entwine.storage.AuditEntry;
import org.entwine.storage.Store;

/**
 * Who changed what, when, from where and why: the store's audit trail, for {@code entwine audit}
 * and the admins' page alike, optionally about one actor (the records whose parties include it, or
 * the actor's own record).
 */
public final class AuditTrail {
  private static final ObjectMapper JSON = DomainJson.json();
  private static final Map<String, RecordKind<?>> KINDS =
      RecordKind.ALL.stream().collect(Collectors.toMap(RecordKind::name, Function.identity()));

  private AuditTrail() {}

  /**
   * The changes, newest first, since {@code since} (null: all), by {@code user} (null: anyone),
   * about {@code actor} (null: anything), at most {@code limit}.
   */
  public static List<AuditEntry> of(
      Store store, String actor, String user, Instant since, int limit) {
    return of(store, actor == null ? null : c -> touches(c, actor), user, since, limit);
  }

  /**
   * One record's history, newest first: each version, who made it, when, from where and why ({@code
   * record} as KIND:ID, such as commitment:rus-2010-ninh-thuan-1).
   */
  public static List<AuditEntry> ofRecord(Store store, String record, int limit) {
    int colon = record.indexOf(':');
    if (colon <= 0
        || colon == record.length() - 1
        || !KINDS.containsKey(record.substring(0, colon)))
      throw new org.entwine.input.UserInputException(
          "a record is KIND:ID, KIND one of "
              + new java.util.TreeSet<>(KINDS.keySet())
              + ", got '"
              + record
              + "'");
    String kind = record.substring(0, colon);
    String id = record.substring(colon + 1);
    return of(store, c -> c.kind().equals(kind) && c.id().equals(id), null, null, limit);
  }

  private static List<AuditEntry> of(
      Store store,
      java.util.function.Predicate<AuditEntry.RecordChange> about,
      String user,
      Instant since,
      int limit) {
    if (about == null) return store.audit(since, user, limit);
    // about one actor or record: read further back, then keep the changes that touch it
    return store.audit(since, user, Integer.MAX_VALUE).stream()
        .map(e -> e.withChanges(e.changes().stream().filter(about).toList()))
        .filter(e -> !e.changes().isEmpty())
        .limit(limit)
        .toList();
  }

  /** Whether a change is about {@code actor}: its own record, or one whose parties include it. */
  static boolean touches(AuditEntry.RecordChange c, String actor) {
    if (c.kind().equals("actor")) return c.id().equals(actor);
    RecordKind<?> kind = KINDS.get(c.kind());
    if (kind == null || kind.parties() == null) return false;
    return parties(kind, c.after()).contains(actor)
        || (c.before() != null && parties(kind, c.before()).contains(actor));
  }

  private static <T> List<String> parties(RecordKind<T> kind, String body) {
    try {
      return kind.parties().apply(JSON.readValue(body, kind.type()));
    } catch (JsonProcessingException e) {
      return List.of(); // a record of a newer Entwine: not read here
    }
  }
}
