package org.jiuzhu.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

final class DateRangeTest {
  private static final LocalDate JAN1 = LocalDate.of(2025, 1, 1);
  private static final LocalDate JUL1 = LocalDate.of(2025, 7, 1);

  @Test
  void isHalfOpen() {
    DateRange r = DateRange.of(JAN1, JUL1);
    assertThat(r.contains(JAN1)).isTrue();
    assertThat(r.contains(JUL1.minusDays(1))).isTrue();
    assertThat(r.contains(JUL1)).isFalse();
    assertThat(r.contains(JAN1.minusDays(1))).isFalse();
    assertThat(r).hasToString("[2025-01-01, 2025-07-01)");
  }

  @Test
  void openEndedRangesRunForever() {
    DateRange r = DateRange.from(JUL1);
    assertThat(r.isOpenEnded()).isTrue();
    assertThat(r.contains(LocalDate.of(2999, 1, 1))).isTrue();
    assertThat(r.endExclusive()).isEmpty();
    assertThat(r).hasToString("[2025-07-01, …)");
  }

  @Test
  void adjacentRangesDoNotOverlap() {
    assertThat(DateRange.of(JAN1, JUL1).overlaps(DateRange.from(JUL1))).isFalse();
    assertThat(DateRange.of(JAN1, JUL1.plusDays(1)).overlaps(DateRange.from(JUL1))).isTrue();
    assertThat(DateRange.from(JAN1).overlaps(DateRange.from(JUL1))).isTrue();
    assertThat(DateRange.from(JUL1).overlaps(DateRange.of(JAN1, JUL1))).isFalse();
  }

  @Test
  void rejectsEmptyAndBackwardRanges() {
    assertThatThrownBy(() -> DateRange.of(JUL1, JUL1)).hasMessageContaining("must be after its start");
    assertThatThrownBy(() -> DateRange.of(JUL1, JAN1)).hasMessageContaining("2025-01-01");
  }
}
