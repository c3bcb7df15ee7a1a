package org.jiuzhu.rules.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.jiuzhu.core.text.Lang;
import org.junit.jupiter.api.Test;

/** A near miss said as a sentence, from its machine form {@code criterion: actual vs threshold}. */
final class NearMissTextTest {
  @Test
  void anIncomeNearMissNamesTheIncomeAndTheStandardWithGroupedAmounts() {
    assertThat(ProgrammeResult.nearMissText(Lang.ZH, "dibao.income: 570.00 vs 570.00"))
        .isEqualTo("接近标准：家庭月人均收入 570.00 元，低保标准 570.00 元");
    assertThat(ProgrammeResult.nearMissText(Lang.EN, "dibao.income: 570.00 vs 570.00"))
        .isEqualTo("near miss: per-capita monthly income 570.00 yuan against the standard of 570.00 yuan");
    assertThat(ProgrammeResult.nearMissText(Lang.ZH, "rigid-expenditure.income: 12500.00 vs 12000.00"))
        .isEqualTo("接近标准：家庭年人均收入 12,500.00 元，上年度人均可支配收入 12,000.00 元");
    assertThat(ProgrammeResult.nearMissText(Lang.EN, "rigid-expenditure.income: 12500.00 vs 12000.00"))
        .isEqualTo("near miss: yearly income per person 12,500.00 yuan against last year's per-capita disposable income of 12,000.00 yuan");
  }

  @Test
  void aCriterionWithoutItsOwnSentenceIsSaidWithoutItsId() {
    assertThat(ProgrammeResult.nearMissText(Lang.ZH, "assets.homes: 2 vs 2")).isEqualTo("接近标准：实际 2，标准 2");
    assertThat(ProgrammeResult.nearMissText(Lang.EN, "assets.homes: 2 vs 2")).isEqualTo("near miss: 2 against the limit of 2");
  }
}
