package org.entwine.datasets.update;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.entwine.events.EventFile;
import org.entwine.input.UserInputException;
import org.entwine.time.Month;
import org.junit.jupiter.api.Test;

/** The period an update asks for, as GDELT 2.0 stamps its files. */
class PeriodTest {
  @Test
  void monthsAndDaysAreWholeInUtcAndAMonthCutInPartIsNamed() {
    Period march = Period.of("2024-02", "2024-02");
    assertThat(march.first()).isEqualTo(20240201000000L);
    assertThat(march.last()).as("a leap year's February").isEqualTo(20240229235959L);
    assertThat(march.cutMonths()).isEmpty();
    Period days = Period.of("2024-02-10", "2024-03-31");
    assertThat(days.contains(20240210000000L)).isTrue();
    assertThat(days.contains(20240209234500L)).isFalse();
    assertThat(days.cutMonths()).containsExactly(Month.of(2024, 2));
    assertThat(Period.of("2024-01", "2024-03-30").cutMonths()).containsExactly(Month.of(2024, 3));
    assertThat(Period.of(null, null).cutMonths()).isEmpty();
    assertThat(days.text()).isEqualTo("2024-02-10 00:00 UTC to 2024-03-31 23:59 UTC");
  }

  @Test
  void withoutAStartItStartsAtTheMonthOfTheLatestExportLoaded() {
    assertThat(Period.of(null, null).from(20191024143000L).first()).isEqualTo(20191001000000L);
    assertThatThrownBy(() -> Period.of(null, null).from(null))
        .isInstanceOf(UserInputException.class)
        .hasMessageContaining("--from YYYY-MM");
  }

  @Test
  void whatIsNotAMonthOrADayIsRefusedInWords() {
    assertThatThrownBy(() -> Period.of("2024-13", null))
        .hasMessage("--from expects a month (YYYY-MM) or a day (YYYY-MM-DD), got '2024-13'");
    assertThatThrownBy(() -> Period.of(null, "yesterday")).hasMessageContaining("--to expects");
    assertThatThrownBy(() -> Period.of("2024-03", "2024-02"))
        .hasMessageContaining("--from is after --to");
  }

  @Test
  void onlyGdelt2ExportsHaveAStamp() {
    assertThat(Period.stamp(new EventFile("20150218230000.export.CSV.zip", null, 1, false)))
        .isEqualTo(20150218230000L);
    assertThat(Period.stamp(new EventFile("20150218230000.mentions.CSV.zip", null, 1, false)))
        .isNull();
    assertThat(Period.stamp(new EventFile("20130401.export.CSV.zip", null, 1, false))).isNull();
    assertThat(EventFile.shown(20150218230000L)).isEqualTo("2015-02-18 23:00 UTC");
  }
}
