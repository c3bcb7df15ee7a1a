package org.jiuzhu.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

final class MultiplesAndBandsTest {
  @Test
  void multiplesPickTheSmallestBandThatCovers() {
    Multiples m = Multiples.parse("1; 2;4;6;10");
    assertThat(m).hasToString("1;2;4;6;10");
    assertThat(m.smallestCovering(86000, 86000)).contains(Money.parse("860.00"));
    assertThat(m.smallestCovering(86001, 86000)).contains(Money.parse("1720.00"));
    assertThat(m.smallestCovering(0, 86000)).contains(Money.parse("860.00"));
    assertThat(m.smallestCovering(860001, 86000)).isEmpty();
    assertThat(Multiples.parse("0.5;1.5").smallestCovering(1, 33)).contains(Money.ofFen(16));
  }

  @Test
  void badMultiples() {
    assertThatThrownBy(() -> Multiples.parse("1;1")).hasMessageContaining("not rising and positive at '1'");
    assertThatThrownBy(() -> Multiples.parse("0;1")).hasMessageContaining("not rising and positive at '0'");
    assertThatThrownBy(() -> Multiples.parse("1;x")).hasMessageContaining("'x', not a number");
  }

  @Test
  void paymentBandsPickTheFirstBandWhoseUpperCoversTheGap() {
    PaymentBands b = PaymentBands.parse("0.3:0.3;0.6:0.6;1:1");
    assertThat(b).hasToString("0.3:0.3;0.6:0.6;1:1");
    assertThat(b.payShare(249, 830)).isEqualByComparingTo("0.3");
    assertThat(b.payShare(250, 830)).isEqualByComparingTo("0.6");
    assertThat(b.payShare(830, 830)).isEqualByComparingTo("1");
    assertThat(b.payShare(900, 830)).isEqualByComparingTo(BigDecimal.ONE);
    assertThatThrownBy(() -> PaymentBands.parse("0.3:0.3;0.6:0.6")).hasMessageContaining("the last band must end at 1");
    assertThatThrownBy(() -> PaymentBands.parse("0.6:0.3;0.3:0.6;1:1")).hasMessageContaining("out of order or range");
    assertThatThrownBy(() -> PaymentBands.parse("0.3-0.3;1:1")).hasMessageContaining("is not a list of bands");
    assertThatThrownBy(() -> PaymentBands.parse("a:b;1:1")).hasMessageContaining("not two numbers");
  }
}
