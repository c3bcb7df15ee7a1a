package org.jiuzhu.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jiuzhu.core.policy.Unit;
import org.junit.jupiter.api.Test;

final class RoundingStageTest {
  @Test
  void stagesAreReadByTheirIdsAndAnUnknownOneIsNamed() {
    for (RoundingStage s : RoundingStage.values()) {
      assertThat(RoundingStage.parse(s.id())).isEqualTo(s);
      assertThat(Unit.ROUNDING_STAGE.parse(" " + s.id() + " ")).isEqualTo(s);
      assertThat(Unit.ROUNDING_STAGE.format(s)).isEqualTo(s.id());
    }
    assertThatThrownBy(() -> RoundingStage.parse("HOUSEHOLD"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'HOUSEHOLD' is not a rounding stage; expected one of household, member, end, yearly, monthly-times-12");
  }

  @Test
  void modesAtTheirEdges() {
    // the modes the region packs use: half up to the yuan, up to the yuan, up to a multiple of 5 yuan
    assertThat(Rounding.parse("HALF_UP:1").apply(Money.parse("480.50"))).isEqualTo(Money.parse("481"));
    assertThat(Rounding.parse("HALF_UP:1").apply(Money.parse("480.49"))).isEqualTo(Money.parse("480"));
    assertThat(Rounding.parse("UP:1").apply(Money.parse("480.01"))).isEqualTo(Money.parse("481"));
    assertThat(Rounding.parse("UP:1").apply(Money.parse("480.00"))).isEqualTo(Money.parse("480"));
    assertThat(Rounding.parse("UP:5").apply(Money.parse("480.01"))).isEqualTo(Money.parse("485"));
    assertThat(Rounding.parse("UP:5").apply(Money.parse("485.00"))).isEqualTo(Money.parse("485"));
    assertThat(Rounding.parse("CEILING:10").roundQuotient(Money.parse("8439.60"), 1)).isEqualTo(Money.parse("8440"));
  }
}
