package org.jiuzhu.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

final class MoneyTest {

  @Test
  void groupedWritesThousandsSeparatorsForPeopleAndToStringStaysPlainForMachines() {
    assertThat(Money.parse("1167").grouped()).isEqualTo("1,167.00");
    assertThat(Money.parse("1234567.89").grouped()).isEqualTo("1,234,567.89");
    assertThat(Money.parse("-12345.6").grouped()).isEqualTo("-12,345.60");
    assertThat(Money.parse("999.99").grouped()).isEqualTo("999.99");
    assertThat(Money.parse("0.05").grouped()).isEqualTo("0.05");
    assertThat(Money.parse("100000").grouped()).isEqualTo("100,000.00");
    assertThat(Money.ofFen(Long.MAX_VALUE).grouped()).isEqualTo("92,233,720,368,547,758.07");
    assertThat(Money.ofFen(Long.MIN_VALUE).grouped()).isEqualTo("-92,233,720,368,547,758.08");
    assertThat(Money.parse("1167").toString()).isEqualTo("1167.00");
  }

  @Test
  void hugeExponentsAreRefusedAtOnceWithAShortMessage() {
    assertThatThrownBy(() -> Money.parse("1e999999999")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'1e999999999' is not an amount; expected a decimal number of yuan such as 760.50");
    assertThatThrownBy(() -> Money.parse("1e-999999999")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'1e-999999999' is not an amount; expected a decimal number of yuan such as 760.50");
    assertThatThrownBy(() -> Money.parse("100000000000000000000")).hasMessage("amount 100000000000000000000 yuan is too large; expected at most 17 digits before the decimal point");
    assertThatThrownBy(() -> Money.parse("99999999999999999")).hasMessage("amount 99999999999999999 yuan is too large for a whole number of fen");
    assertThat(Money.parse("1.500").fen()).isEqualTo(150);
    assertThat(Money.parse("92233720368547758.07").fen()).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void exponentsOtherScriptsDigitsAndGroupingAreRefusedAlike() {
    for (String bad : new String[] {"7e3", "7E3", "6.74873e3", "2e3", "1e2", "0e-5", "\uff17\uff10\uff10\uff10", "\u0667\u0660", "1,200", "1 200", "", "+", ".", "0x10"}) {
      assertThatThrownBy(() -> Money.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("'" + bad + "' is not an amount; expected a decimal number of yuan such as 760.50");
    }
    assertThat(Money.parse("570").fen()).isEqualTo(57000);
    assertThat(Money.parse("570.5").fen()).isEqualTo(57050);
    assertThat(Money.parse("+570.").fen()).isEqualTo(57000);
    assertThat(Money.parse(".5").fen()).isEqualTo(50);
    assertThat(Money.parse("-0.01").fen()).isEqualTo(-1);
  }

  @Test
  void parsesDecimalYuanExactly() {
    assertThat(Money.parse("760").fen()).isEqualTo(76000);
    assertThat(Money.parse("760.5").fen()).isEqualTo(76050);
    assertThat(Money.parse(" 0.01 ").fen()).isEqualTo(1);
    assertThat(Money.parse("-12.30").fen()).isEqualTo(-1230);
    assertThat(Money.parse("760.5").toString()).isEqualTo("760.50");
  }

  @Test
  void rejectsFractionsOfAFenInsteadOfRounding() {
    assertThatThrownBy(() -> Money.parse("760.005"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("760.005")
        .hasMessageContaining("at most 2 decimals");
    assertThatThrownBy(() -> Money.of(new BigDecimal("0.001"))).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void rejectsText() {
    assertThatThrownBy(() -> Money.parse("seven"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'seven' is not an amount");
  }

  @Test
  void arithmeticIsExact() {
    Money a = Money.parse("0.10");
    Money sum = Money.ZERO;
    for (int i = 0; i < 10; i++) {
      sum = sum.plus(a);
    }
    assertThat(sum).isEqualTo(Money.ofYuan(1));
    assertThat(Money.parse("828").minus(Money.parse("616.37"))).isEqualTo(Money.parse("211.63"));
    assertThat(Money.parse("211.63").times(3)).isEqualTo(Money.parse("634.89"));
  }

  @Test
  void divisionAndScalingNeedAnExplicitMode() {
    Money total = Money.parse("100.00");
    assertThat(total.dividedBy(3, RoundingMode.DOWN)).isEqualTo(Money.parse("33.33"));
    assertThat(total.dividedBy(3, RoundingMode.UP)).isEqualTo(Money.parse("33.34"));
    assertThat(total.times(new BigDecimal("0.3"), RoundingMode.UNNECESSARY)).isEqualTo(Money.parse("30.00"));
    assertThatThrownBy(() -> Money.parse("0.05").times(new BigDecimal("0.5"), RoundingMode.UNNECESSARY))
        .isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> total.dividedBy(0, RoundingMode.DOWN)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void overflowThrows() {
    Money big = Money.ofFen(Long.MAX_VALUE);
    assertThatThrownBy(() -> big.plus(Money.ofFen(1))).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> big.times(2)).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void comparesByAmount() {
    assertThat(Money.parse("1.00")).isEqualTo(Money.parse("1")).hasSameHashCodeAs(Money.parse("1"));
    assertThat(Money.parse("1.01").isGreaterThan(Money.parse("1.00"))).isTrue();
    assertThat(Money.max(Money.parse("2"), Money.parse("3"))).isEqualTo(Money.parse("3"));
    assertThat(Money.min(Money.parse("2"), Money.parse("3"))).isEqualTo(Money.parse("2"));
  }

  @Test
  void roundsToARegionsStep() {
    assertThat(Money.parse("211.50").round(Rounding.parse("HALF_UP:1"))).isEqualTo(Money.parse("212"));
    assertThat(Money.parse("211.49").round(Rounding.parse("HALF_UP:1"))).isEqualTo(Money.parse("211"));
    assertThat(Money.parse("211.01").round(Rounding.parse("UP:10"))).isEqualTo(Money.parse("220"));
    assertThat(Money.parse("211.09").round(Rounding.parse("DOWN:0.1"))).isEqualTo(Money.parse("211.0"));
    assertThat(Money.parse("211.09").round(Rounding.TO_FEN)).isEqualTo(Money.parse("211.09"));
    assertThat(Rounding.parse("half_up:1").toString()).isEqualTo("HALF_UP:1");
  }

  @Test
  void badRoundingTextsNameWhatWasExpected() {
    assertThatThrownBy(() -> Rounding.parse("HALF_UP")).hasMessageContaining("expected MODE:STEP");
    assertThatThrownBy(() -> Rounding.parse("NEAREST:1")).hasMessageContaining("unknown rounding mode");
    assertThatThrownBy(() -> Rounding.parse("UP:0")).hasMessageContaining("not positive");
    assertThatThrownBy(() -> Rounding.parse("UP:0.001")).hasMessageContaining("bad step");
    assertThatThrownBy(() -> Rounding.parse("UNNECESSARY:1")).hasMessageContaining("UNNECESSARY");
  }
}
