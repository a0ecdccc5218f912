package org.entwine.cli;

import java.time.Instant;
import java.time.ZoneId;
import org.entwine.app.AsOf;
import org.entwine.app.accounts.AuditTrail;
import org.entwine.storage.AuditEntry;
import org.entwine.storage.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = {
      "Who changed what, when, from where and why: every import, edit, status and account change,"
          + " newest first, each record with its version before and after (--format json gives"
          + " the bodies).",
      "Written in the same transaction as the change it tells of; nothing in Entwine edits it."
    })
final class AuditCommand extends DatabaseCommand {
  @Option(names = "--actor", paramLabel = "CODE", description = "Only changes about this actor.")
  String actor;

  @Option(
      names = "--record",
      paramLabel = "KIND:ID",
      description =
          "One record's history: each version, who made it, when and why (such as"
              + " commitment:rus-2010-ninh-thuan-1).")
  String record;

  @Option(names = "--user", paramLabel = "NAME", description = "Only changes this user entered.")
  String user;

  @Option(
      names = "--since",
      paramLabel = "DATE",
      description = "Only changes on or after this day (YYYY-MM-DD).")
  String since;

  @Option(
      names = "--limit",
      paramLabel = "N",
      description = "At most this many changes (default: 50).")
  int limit = 50;

  @Mixin FormatOption format;

  @Override
  int run(Store store) {
    Instant from =
        since == null
            ? null
            : AsOf.parse(since, "--since").atStartOfDay(ZoneId.systemDefault()).toInstant();
    String code = actor == null ? null : actor(store.load(), actor);
    boolean json = format.format == Format.JSON;
    Table t = new Table("change", "at", "user", "from", "what", "reason", "records");
    var trail =
        record != null
            ? AuditTrail.ofRecord(store, record, Math.max(1, limit))
            : AuditTrail.of(store, code, user, from, Math.max(1, limit));
    for (AuditEntry e : trail)
      t.row(
          e.id(),
          e.at(),
          e.enteredBy(),
          e.address(),
          e.origin(),
          e.reason(),
          json ? e.changes().stream().map(AuditCommand::asJson).toList() : summary(e.changes()));
    t.print(format.format, out());
    return ExitCodes.OK;
  }

  /** The records a change stored, in words: each one when few, else how many of each. */
  static String summary(java.util.List<AuditEntry.RecordChange> changes) {
    long edited = changes.stream().filter(c -> c.before() != null).count();
    if (changes.size() <= 3)
      return changes.stream()
          .map(c -> c.kind() + " " + c.id() + (c.before() == null ? " (new)" : " (edited)"))
          .collect(java.util.stream.Collectors.joining("; "));
    return changes.size()
        + " records ("
        + (changes.size() - edited)
        + " new, "
        + edited
        + " edited)";
  }

  private static java.util.Map<String, Object> asJson(AuditEntry.RecordChange c) {
    java.util.Map<String, Object> o = new java.util.LinkedHashMap<>();
    o.put("kind", c.kind());
    o.put("id", c.id());
    o.put("before", tree(c.before()));
    o.put("after", tree(c.after()));
    return o;
  }

  /** A record's stored body as JSON to nest in the answer (null stays null). */
  private static Object tree(String body) {
    if (body == null) return null;
    try {
      return org.entwine.json.DomainJson.json().readTree(body);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return body;
    }
  }
}
