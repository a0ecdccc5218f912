package org.entwine.registry;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.entwine.actor.Actor;
import org.entwine.actor.Membership;
import org.entwine.evidence.Document;
import org.entwine.evidence.Observation;
import org.entwine.framework.Framework;
import org.entwine.framework.LevelChange;
import org.entwine.framework.LevelName;
import org.entwine.source.Cited;

/**
 * Checks an incoming batch against what is stored: ids are new, and every actor code, source id,
 * document id and indicator id it refers to exists (in the store or in the batch itself). The
 * checks a single record can make on itself live in the records' constructors.
 */
public final class ReferenceCheck {
  private final Registry stored;
  private final Registry incoming;
  private final List<Problem> problems = new ArrayList<>();
  private final Set<String> actors = new HashSet<>();
  private final Set<String> sources = new HashSet<>();
  private final Set<String> documents = new HashSet<>();
  private final Set<String> indicators = new HashSet<>();

  private ReferenceCheck(Registry stored, Registry incoming) {
    this.stored = stored;
    this.incoming = incoming;
    for (Registry r :
        List.of(stored, incoming)) { // not stored.plus(incoming): that copies every stored record
      r.actors().forEach(a -> actors.add(a.code()));
      r.sources().forEach(s -> sources.add(s.id()));
      r.documents().forEach(d -> documents.add(d.id()));
      r.indicators().forEach(i -> indicators.add(i.id()));
    }
  }

  public static List<Problem> problems(Registry stored, Registry incoming) {
    ReferenceCheck c = new ReferenceCheck(stored, incoming);
    c.run();
    return c.problems;
  }

  /**
   * For a batch of new versions of stored records: each must replace a stored record of its kind
   * and id, and what it refers to must exist once the versions it replaces are gone.
   */
  public static List<Problem> replacing(Registry stored, Registry incoming) {
    List<Problem> problems = new ArrayList<>();
    Registry.Builder rest = Registry.builder().observations(stored.observations());
    for (RecordKind<?> k : RecordKind.ALL) rest = rest(k, stored, incoming, rest, problems);
    if (!incoming.observations().isEmpty()) {
      problems.add(
          new Problem(
              incoming.observations().get(0),
              "indicator",
              "observations are loaded, not replaced one by one"));
    }
    problems.addAll(problems(rest.build(), incoming));
    return problems;
  }

  /**
   * The stored records of a kind less those the batch replaces; a batch record that replaces none
   * is a problem.
   */
  private static <T> Registry.Builder rest(
      RecordKind<T> k,
      Registry stored,
      Registry incoming,
      Registry.Builder into,
      List<Problem> problems) {
    Set<String> replaced = new HashSet<>();
    Set<String> storedIds = new HashSet<>();
    k.in(stored).forEach(t -> storedIds.add(k.key().apply(t)));
    for (T t : k.in(incoming)) {
      String id = k.key().apply(t);
      if (!storedIds.contains(id)) {
        problems.add(
            new Problem(
                t,
                k.keyField(),
                "no " + k.what() + " '" + id + "' to replace: add it as a new record instead"));
      }
      replaced.add(id);
    }
    return k.put(
        into, k.in(stored).stream().filter(t -> !replaced.contains(k.key().apply(t))).toList());
  }

  private void run() {
    for (RecordKind<?> k : RecordKind.ALL) unique(k);

    for (Actor a : incoming.actors()) {
      cites(a);
      if (a.continuedBy() != null) actor(a, "continuedBy", a.continuedBy());
      for (int i = 0; i < a.members().size(); i++) {
        Membership m = a.members().get(i);
        actor(a, "members[" + i + "].member", m.member());
        sourceIds(a, "members[" + i + "].sources", m.sources());
      }
    }
    for (LevelName n : incoming.levelNames()) {
      if (n.actor() != null) actor(n, "actor", n.actor());
      sourceIds(n, "sources", n.sources());
    }
    for (Framework f : incoming.frameworks()) {
      cites(f);
      parties(f, "parties", f.parties());
      for (int i = 0; i < f.changes().size(); i++) {
        LevelChange c = f.changes().get(i);
        sourceIds(f, "changes[" + i + "].sources", c.sources());
      }
      for (int i = 0; i < f.statusChanges().size(); i++) {
        sourceIds(f, "status[" + i + "].sources", f.statusChanges().get(i).sources());
      }
    }
    for (ReportedCount r : incoming.reportedCounts()) {
      cites(r);
      actor(r, "actor", r.actor());
    }
    for (Document d : incoming.documents()) {
      cites(d);
      parties(d, "parties", d.parties());
    }
    for (var c : incoming.commitments()) {
      cites(c);
      parties(c, "by", c.by());
      if (c.document() != null && !documents.contains(c.document())) {
        problems.add(new Problem(c, "document", "unknown document id '" + c.document() + "'"));
      }
      for (int i = 0; i < c.status().size(); i++) {
        sourceIds(c, "status[" + i + "].sources", c.status().get(i).sources());
      }
    }
    for (var p : incoming.projects()) {
      cites(p);
      parties(p, "parties", p.parties());
    }
    for (var m : incoming.mechanisms()) {
      cites(m);
      parties(m, "parties", m.parties());
      for (int i = 0; i < m.sessions().size(); i++) {
        sourceIds(m, "sessions[" + i + "].sources", m.sessions().get(i).sources());
      }
    }
    for (var c : incoming.contacts()) {
      cites(c);
      actor(c, "from", c.from());
      actor(c, "to", c.to());
    }
    incoming.indicators().forEach(this::cites);
    for (var j : incoming.judgements()) {
      cites(j);
      actor(j, "focal", j.focal());
      actor(j, "partner", j.partner());
    }
    for (var i : incoming.incidents()) {
      cites(i);
      i.parties().forEach(p -> actor(i, "parties", p));
    }
    Set<String> seen = new HashSet<>();
    stored.observations().forEach(o -> seen.add(key(o)));
    for (Observation o : incoming.observations()) {
      if (!indicators.contains(o.indicator())) {
        problems.add(new Problem(o, "indicator", "unknown indicator '" + o.indicator() + "'"));
      }
      actor(o, "actor", o.actor());
      actor(o, "partner", o.partner());
      if (!sources.contains(o.source())) {
        problems.add(new Problem(o, "source", "unknown source id '" + o.source() + "'"));
      }
      if (!seen.add(key(o))) {
        problems.add(
            new Problem(o, "period", "a second value for the same indicator, pair and period"));
      }
    }
  }

  private static String key(Observation o) {
    return o.indicator() + "|" + o.actor() + "|" + o.partner() + "|" + o.period();
  }

  /** The batch's records of a kind: each key new, in the store and in the batch. */
  private <T> void unique(RecordKind<T> kind) {
    List<T> in = kind.in(incoming);
    if (in.isEmpty()) return;
    // the batch's ids are few and the stored many (tens of thousands of contacts): index the few,
    // scan the many
    Set<String> fresh = new HashSet<>();
    in.forEach(t -> fresh.add(kind.key().apply(t)));
    Set<String> ids = new HashSet<>();
    for (T s : kind.in(stored)) {
      String k = kind.key().apply(s);
      if (fresh.contains(k)) ids.add(k);
    }
    for (T t : in) {
      String k = kind.key().apply(t);
      if (!ids.add(k))
        problems.add(
            new Problem(
                t, kind.keyField(), "duplicate " + kind.what() + " '" + k + "': already defined"));
    }
  }

  private void cites(Cited record) {
    sourceIds(record, "sources", record.sources());
  }

  private void sourceIds(Object record, String field, List<String> ids) {
    for (String id : ids) {
      if (!sources.contains(id)) {
        problems.add(
            new Problem(
                record, field, "unknown source id '" + id + "' (define it under sources:)"));
      }
    }
  }

  private void parties(Object record, String field, List<String> codes) {
    codes.forEach(c -> actor(record, field, c));
  }

  private void actor(Object record, String field, String code) {
    if (!actors.contains(code)) {
      problems.add(new Problem(record, field, "unknown actor code '" + code + "'"));
    }
  }
}
