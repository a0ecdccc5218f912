package org.entwine.exchange;

import java.util.IdentityHashMap;
import java.util.Map;
import org.entwine.registry.Problem;
import org.entwine.registry.Registry;

/**
 * What one import read: the records, and where each came from, so that a problem found later (an
 * unknown actor code, a duplicate id) can still be reported with its file and line.
 */
public record Batch(Registry registry, Map<Object, ExchangeProblem> where) {

  public static Batch empty() {
    return new Batch(Registry.empty(), new IdentityHashMap<>());
  }

  public Batch plus(Batch other) {
    IdentityHashMap<Object, ExchangeProblem> w = new IdentityHashMap<>(where);
    w.putAll(other.where);
    return new Batch(registry.plus(other.registry), w);
  }

  /** The problem located at its record's file and line. */
  public ExchangeProblem locate(Problem p) {
    ExchangeProblem at = where.get(p.record());
    if (at == null) return new ExchangeProblem(null, 0, p.field(), p.message());
    String field = at.field().isEmpty() ? p.field() : at.field() + "." + p.field();
    return new ExchangeProblem(at.file(), at.line(), field, p.message());
  }
}
