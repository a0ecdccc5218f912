package org.entwine.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MonthTest {
  @Test
  void aMonthIsWrittenYyyyMmAndReadBack() {
    assertThat(Month.parse("2019-10")).isEqualTo(Month.of(2019, 10));
    assertThat(Month.of(2019, 3)).hasToString("2019-03");
    assertThat(Month.parse(Month.of(1979, 1).toString())).isEqualTo(Month.of(1979, 1));
    for (String wrong : new String[] {"2019-13", "2019-00", "2019-1", "201910", "2019-10-01", ""})
      assertThatThrownBy(() -> Month.parse(wrong))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("expected a month YYYY-MM, got '" + wrong + "'");
  }

  @Test
  void aMonthPacksAsGdeltWritesItYyyymm() {
    assertThat(Month.of(2019, 10).packed()).isEqualTo(201910);
    assertThat(Month.ofPacked(201801)).isEqualTo(Month.of(2018, 1));
    assertThat(Month.ofPacked(Month.of(2026, 12).packed())).isEqualTo(Month.of(2026, 12));
    assertThatThrownBy(() -> Month.ofPacked(201913)).hasMessageContaining("1 to 12");
    assertThatThrownBy(() -> Month.ofPacked(-1)).hasMessageContaining("not a month");
  }

  @Test
  void monthsFollowTheCalendarAndOrderAsTimeDoes() {
    assertThat(Month.of(2019, 12).next()).isEqualTo(Month.of(2020, 1));
    assertThat(Month.of(2020, 1).plus(-1)).isEqualTo(Month.of(2019, 12));
    assertThat(Month.of(2015, 6).plus(30)).isEqualTo(Month.of(2017, 12));
    assertThat(Month.of(2019, 12)).isLessThan(Month.of(2020, 1)).isGreaterThan(Month.of(2019, 2));
    assertThat(Month.of(2019, 2).within(Month.first(2019), Month.last(2019))).isTrue();
    assertThat(Month.of(2020, 1).within(Month.first(2019), Month.last(2019))).isFalse();
    assertThat(Month.of(LocalDate.of(2024, 2, 29))).isEqualTo(Month.of(2024, 2));
    assertThat(Month.MIN).isLessThan(Month.of(1979, 1));
    assertThat(Month.MAX).isGreaterThan(Month.of(2999, 12));
  }
}
