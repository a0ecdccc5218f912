package org.entwine.source;

import java.util.List;
import java.util.stream.Stream;

/** A record of evidence: it cites its sources and says who entered it. */
public interface Cited {
  /** The ids of the sources this record cites; never empty. */
  List<String> sources();

  Provenance provenance();

  /**
   * Every source id the record cites, its parts' included (a framework's changes, a commitment's
   * status changes, a mechanism's sessions): what a reader must be able to follow.
   */
  default Stream<String> citations() {
    return sources().stream();
  }
}
