package org.entwine.datasets.events;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waiting for a reader's tasks: their results in order, or the first one's failure as it was. */
final class Tasks {
  private Tasks() {}

  static <T> List<T> join(List<? extends Future<T>> tasks) {
    List<T> out = new ArrayList<>(tasks.size());
    try {
      for (Future<T> f : tasks) out.add(f.get());
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
    return out;
  }
}
