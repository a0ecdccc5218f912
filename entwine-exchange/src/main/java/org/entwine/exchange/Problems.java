package org.entwine.exchange;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Collects problems while reading, so a user sees all of them at once (up to {@link #LIMIT}). */
public final class Problems {
  public static final int LIMIT = 100;
  private final List<ExchangeProblem> list = new ArrayList<>();

  public void add(Path file, int line, String field, String message) {
    if (list.size() < LIMIT) list.add(new ExchangeProblem(file, line, field, message));
  }

  public int count() {
    return list.size();
  }

  public void throwIfAny() {
    if (!list.isEmpty()) throw new ExchangeException(list);
  }
}
