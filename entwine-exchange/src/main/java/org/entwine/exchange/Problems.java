package org.entwine.exchange;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Collects problems while reading, so a user sees all of them at once (up to {@link #LIMIT}). */
final class Problems {
  static final int LIMIT = 100;
  private final List<ExchangeProblem> list = new ArrayList<>();

  void add(Path file, int line, String field, String message) {
    if (list.size() < LIMIT) list.add(new ExchangeProblem(file, line, field, message));
  }

  int count() {
    return list.size();
  }

  void throwIfAny() {
    if (!list.isEmpty()) throw new ExchangeException(list);
  }
}
