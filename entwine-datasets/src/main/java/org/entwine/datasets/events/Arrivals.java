package org.entwine.datasets.events;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Event files handed to the fast reader as they arrive (downloads, each checked before it is handed
 * over), so that reading overlaps fetching. Each comes with its place in the input order, which is
 * the order the reader settles repeated event ids in, whatever order they arrive in. Whoever hands
 * them over ends the arrivals, or fails them: the reader then stops with that failure, and those
 * handing over see it ({@link #failed()}) and stop too.
 */
public final class Arrivals {
  /** Files that arrived together, and their place in the input order. */
  record Arrival(int place, List<EventFiles.Input> inputs) {}

  private final ArrayDeque<Arrival> waiting = new ArrayDeque<>();
  private final List<Arrival> arrived = new ArrayList<>();
  private boolean ended;
  private RuntimeException failure;

  /** Hands over the inputs of a file that arrived, at {@code place} in the input order. */
  public synchronized void add(int place, List<EventFiles.Input> inputs) {
    if (ended) throw new IllegalStateException("the arrivals have ended");
    if (failure != null) return; // the reader has stopped: nobody will read it
    Arrival a = new Arrival(place, List.copyOf(inputs));
    waiting.add(a);
    arrived.add(a);
    notifyAll();
  }

  /** No more files will arrive. */
  public synchronized void end() {
    ended = true;
    notifyAll();
  }

  /** Stops the arrivals: the reader throws {@code why}. The first failure is the one kept. */
  public synchronized void fail(RuntimeException why) {
    if (failure == null) failure = why;
    notifyAll();
  }

  /** Whether the arrivals failed: whoever still fetches can stop. */
  public synchronized boolean failed() {
    return failure != null;
  }

  /**
   * The next arrival, waiting for it; null once they have ended and every one was taken.
   *
   * @throws RuntimeException the failure, once they failed
   */
  synchronized Arrival take() throws InterruptedException {
    while (true) {
      if (failure != null) throw failure;
      if (!waiting.isEmpty()) return waiting.poll();
      if (ended) return null;
      wait();
    }
  }

  /** Every input that arrived, in the input order (once they have ended). */
  synchronized List<EventFiles.Input> inputs() {
    return arrived.stream()
        .sorted(Comparator.comparingInt(Arrival::place))
        .flatMap(a -> a.inputs().stream())
        .toList();
  }
}
