package org.entwine.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class CameoFamilyTest {
  private static int bits(CameoFamily... families) {
    int mask = 0;
    for (CameoFamily f : families) mask |= 1 << f.ordinal();
    return mask;
  }

  @Test
  void aVisitIsAConsultationAndAVisitMade() {
    assertThat(CameoFamily.mask("042")).isEqualTo(bits(CameoFamily.CONSULT, CameoFamily.VISIT));
    assertThat(CameoFamily.mask("043")).isEqualTo(bits(CameoFamily.CONSULT, CameoFamily.HOST));
    assertThat(CameoFamily.mask("046")).isEqualTo(bits(CameoFamily.CONSULT));
  }

  @Test
  void familiesHoldEveryCodeBelowThem() {
    assertThat(CameoFamily.mask("0311")).isEqualTo(bits(CameoFamily.INTENT));
    assertThat(CameoFamily.mask("030")).isEqualTo(bits(CameoFamily.INTENT));
    assertThat(CameoFamily.mask("057")).isEqualTo(bits(CameoFamily.SIGN));
    assertThat(CameoFamily.mask("0874")).isZero();
    assertThat(CameoFamily.mask("064")).isEqualTo(bits(CameoFamily.COOPERATE));
    assertThat(CameoFamily.mask("073")).isEqualTo(bits(CameoFamily.AID));
    assertThat(CameoFamily.mask("190")).isZero();
  }

  @Test
  void theNumericFormAgreesWithTheWrittenOneForEveryCode() {
    for (int digits = 3; digits <= 4; digits++) {
      for (int code = 0; code < Math.pow(10, digits); code++) {
        String written = String.format(Locale.ROOT, "%0" + digits + "d", code);
        assertThat(CameoFamily.mask(code, digits)).as(written).isEqualTo(CameoFamily.mask(written));
      }
    }
  }

  @Test
  void countingAddsToEachFamilyOfTheCode() {
    long[] counts = new long[CameoFamily.values().length];
    CameoFamily.count(counts, CameoFamily.mask("042"), 2);
    CameoFamily.count(counts, CameoFamily.mask("061"), 1);
    assertThat(counts).containsExactly(0, 2, 2, 0, 0, 1, 0);
  }
}
