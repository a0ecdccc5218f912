package org.entwine.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.entwine.method.Vintage;
import org.junit.jupiter.api.Test;

class DepthBasisTest {
  private static Vintage vintage(int indicators, List<String> silent, List<String> alike) {
    return new Vintage(
        2026, new java.util.TreeMap<>(Map.of("src", 2024)), 2.0, 3.0, indicators, silent, alike);
  }

  @Test
  void itSaysHowManyOfTheMethodsIndicatorsTheDepthRestsOnAndNamesTheRest() {
    Messages en = Messages.of("en");
    assertThat(
            en.depthBasis(
                vintage(27, List.of("arms-transfers", "students"), List.of("joint-projects"))))
        .isEqualTo(
            "The depth rests on 24 of the method’s 27 indicators: 2 gave no value within their"
                + " lookbacks for any partner (arms transfers, students); one gave every partner"
                + " the same value (joint projects).");
    assertThat(en.depthBasis(vintage(27, List.of("students"), List.of())))
        .isEqualTo(
            "The depth rests on 26 of the method’s 27 indicators: one gave no value within its"
                + " lookback for any partner (students).");
  }

  @Test
  void itSaysNothingWhereEveryIndicatorInformsOrTheMethodWasNotTold() {
    assertThat(Messages.of("en").depthBasis(vintage(27, List.of(), List.of()))).isNull();
    assertThat(Messages.of("en").depthBasis(vintage(0, List.of(), List.of()))).isNull();
  }

  @Test
  void inVietnameseItIsWordedInVietnamese() {
    String vi =
        Messages.of("vi")
            .depthBasis(vintage(27, List.of("arms-transfers"), List.of("joint-projects")));
    assertThat(vi).startsWith("Chiều sâu dựa trên 25 trong số 27 chỉ số của phương pháp: 1 chỉ số");
    assertThat(ReportText.english().in(vi, List.of())).isEmpty();
  }
}
