package org.entwine.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTest {

  @ParameterizedTest
  @CsvSource({
    "2007, 2007-01-01, YEAR",
    "2012-07, 2012-07-01, MONTH",
    "2013-07-25, 2013-07-25, DAY",
    "by 2013-08-30, 2013-08-30, NOT_AFTER"
  })
  void readsEachPrecisionAndWritesItBackAsGiven(
      String text, String earliest, DatePrecision precision) {
    PartialDate d = PartialDate.parse(text);
    assertThat(d.earliest()).isEqualTo(LocalDate.parse(earliest));
    assertThat(d.precision()).isEqualTo(precision);
    assertThat(d.toString()).isEqualTo(text);
    assertThat(PartialDate.parse(d.toString())).isEqualTo(d);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "yesterday", "2013-13", "2013-02-30", "13-07-2013", "by 2013", "2013/07/25"})
  void refusesWhatIsNotADateAndSaysWhatWasExpected(String text) {
    assertThatThrownBy(() -> PartialDate.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(text.isEmpty() ? "expected a date" : text);
  }

  @Test
  void aYearCountsFromItsFirstDayForAsOfQuestions() {
    PartialDate y = PartialDate.parse("2013");
    assertThat(y.isOnOrBefore(LocalDate.parse("2012-12-31"))).isFalse();
    assertThat(y.isOnOrBefore(LocalDate.parse("2013-01-01"))).isTrue();
    PartialDate bound = PartialDate.parse("by 2013-08-30");
    assertThat(bound.isOnOrBefore(LocalDate.parse("2013-08-29"))).isFalse();
    assertThat(bound.isOnOrBefore(LocalDate.parse("2013-08-30"))).isTrue();
  }

  @Test
  void ordersByTheFirstDayItCanMean() {
    assertThat(PartialDate.parse("2012-07")).isLessThan(PartialDate.parse("2012-07-27"));
    assertThat(PartialDate.parse("2013")).isLessThan(PartialDate.parse("2013-06"));
  }
}
