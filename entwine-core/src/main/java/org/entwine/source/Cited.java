package org.entwine.source;

import java.util.List;

/** A record of evidence: it cites its sources and says who entered it. */
public interface Cited {
  /** The ids of the sources this record cites; never empty. */
  List<String> sources();

  Provenance provenance();
}
