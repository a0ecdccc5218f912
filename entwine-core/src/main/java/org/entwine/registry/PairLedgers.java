package org.entwine.registry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entwine.evidence.Commitment;
import org.entwine.evidence.Contact;
import org.entwine.evidence.Document;
import org.entwine.evidence.Mechanism;
import org.entwine.evidence.Project;
import org.entwine.framework.Framework;

/**
 * The ledgers and frameworks of a registry indexed by pair of actors, built once, so that scoring
 * every partner of every actor for every year does not scan every record each time.
 */
public final class PairLedgers {
  /** What the ledgers hold on one pair. */
  public record Pair(
      List<Document> documents,
      List<Commitment> commitments,
      List<Project> projects,
      List<Mechanism> mechanisms,
      List<Contact> contacts,
      List<Framework> frameworks,
      List<org.entwine.evidence.Incident> incidents) {
    public static final Pair EMPTY =
        new Pair(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
  }

  private final Map<String, Pair> pairs = new HashMap<>();
  private final Map<String, List<String>> partnersOf = new HashMap<>();

  public PairLedgers(Registry r) {
    Map<String, Document> docs = new HashMap<>();
    r.documents().forEach(d -> docs.put(d.id(), d));
    r.documents().forEach(d -> eachPair(d.parties(), k -> pair(k).documents().add(d)));
    for (Commitment c : r.commitments()) {
      Document d = c.document() == null ? null : docs.get(c.document());
      List<String> parties = new ArrayList<>(c.by());
      if (d != null)
        d.parties()
            .forEach(
                p -> {
                  if (!parties.contains(p)) parties.add(p);
                });
      eachPair(parties, k -> pair(k).commitments().add(c));
    }
    r.projects().forEach(p -> eachPair(p.parties(), k -> pair(k).projects().add(p)));
    r.mechanisms().forEach(m -> eachPair(m.parties(), k -> pair(k).mechanisms().add(m)));
    r.contacts().forEach(c -> pair(key(c.from(), c.to())).contacts().add(c));
    r.frameworks()
        .forEach(f -> pair(key(f.parties().get(0), f.parties().get(1))).frameworks().add(f));
    r.incidents().forEach(i -> eachPair(i.parties(), k -> pair(k).incidents().add(i)));
  }

  /** The records on a pair (empty lists when there are none). */
  public Pair of(String a, String b) {
    return pairs.getOrDefault(key(a, b), Pair.EMPTY);
  }

  /** Every actor the ledgers or frameworks pair with {@code actor}. */
  public List<String> partnersOf(String actor) {
    return partnersOf.getOrDefault(actor, List.of());
  }

  private Pair pair(String key) {
    return pairs.computeIfAbsent(
        key,
        k -> {
          String[] ab = k.split("\\|");
          partnersOf.computeIfAbsent(ab[0], x -> new ArrayList<>()).add(ab[1]);
          partnersOf.computeIfAbsent(ab[1], x -> new ArrayList<>()).add(ab[0]);
          return new Pair(
              new ArrayList<>(),
              new ArrayList<>(),
              new ArrayList<>(),
              new ArrayList<>(),
              new ArrayList<>(),
              new ArrayList<>(),
              new ArrayList<>());
        });
  }

  private static void eachPair(List<String> parties, java.util.function.Consumer<String> action) {
    for (int i = 0; i < parties.size(); i++) {
      for (int j = i + 1; j < parties.size(); j++) {
        if (!parties.get(i).equals(parties.get(j)))
          action.accept(key(parties.get(i), parties.get(j)));
      }
    }
  }

  static String key(String a, String b) {
    return org.entwine.actor.UnorderedPair.of(a, b).joined("|");
  }
}
