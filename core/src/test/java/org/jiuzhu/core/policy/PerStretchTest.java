package org.jiuzhu.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.jiuzhu.core.money.Money;
import org.jiuzhu.core.region.RegionCode;
import org.junit.jupiter.api.Test;

final class PerStretchTest {
  @Test
  void derivesOncePerRegionAndStretchOfUnchangedDates() {
    AtomicInteger derived = new AtomicInteger();
    PerStretch<Money> standard = new PerStretch<>(PolicyTest.policy(), s -> {
      derived.incrementAndGet();
      return s.find(PolicyTest.STANDARD).orElse(Money.ZERO);
    });
    RegionCode zhuanglang = PolicyTest.ZHUANGLANG;
    assertThat(standard.get(zhuanglang, LocalDate.of(2025, 7, 1))).isEqualTo(Money.parse("650"));
    assertThat(standard.get(zhuanglang, LocalDate.of(2027, 3, 1))).isEqualTo(Money.parse("650"));
    assertThat(derived).hasValue(1);
    assertThat(standard.get(zhuanglang, LocalDate.of(2025, 6, 30))).isEqualTo(Money.parse("600"));
    assertThat(standard.get(PolicyTest.PINGLIANG, LocalDate.of(2025, 7, 1))).isEqualTo(Money.parse("600"));
    assertThat(derived).hasValue(3);
    assertThat(standard.get(zhuanglang, LocalDate.of(2025, 6, 1))).isEqualTo(Money.parse("600"));
    assertThat(derived).hasValue(3);
    assertThatThrownBy(() -> standard.get(RegionCode.parse("330105"), LocalDate.of(2025, 7, 1)))
        .isInstanceOf(UnknownRegionException.class);
  }
}
