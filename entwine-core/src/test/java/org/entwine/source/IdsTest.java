package org.entwine.source;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.assertj.core.api.Assertions;

/** The hand-written id check agrees with the pattern it stands in for. */
class IdsTest {
  @Provide
  Arbitrary<String> candidates() {
    return Arbitraries.strings().withChars("aZ09._:/+- é|\t").ofMinLength(0).ofMaxLength(125);
  }

  @Property(tries = 3000, seed = "42")
  void theFastCheckAgreesWithThePattern(@ForAll("candidates") String id) {
    Assertions.assertThat(Ids.isId(id)).as("'" + id + "'").isEqualTo(Ids.matchesPattern(id));
  }
}
