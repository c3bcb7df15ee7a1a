package org.jiuzhu.core.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CriterionTest {
  private static final Criterion MEMBERS = Criterion.of("household.counted-members", "ref",
      "共同生活的家庭成员 %1$s 人。", "%1$s household %1$p[member is|members are] counted.", "无", "none");

  @Test
  void aWordAgreesWithItsCountInEnglish() {
    assertThat(MEMBERS.en(true, 1)).isEqualTo("1 household member is counted.");
    assertThat(MEMBERS.en(true, 2)).isEqualTo("2 household members are counted.");
    assertThat(MEMBERS.en(true, 0)).isEqualTo("0 household members are counted.");
    // a count given as a value of both languages agrees by its code
    assertThat(MEMBERS.en(true, new Bilingual("1", "1 人", "1 member"))).isEqualTo("1 member household member is counted.");
    assertThat(MEMBERS.zh(true, 1)).isEqualTo("共同生活的家庭成员 1 人。");
  }

  @Test
  void aSlotAndTheWordsAroundItStayAsWritten() {
    Criterion c = Criterion.of("x", "ref", "收入 %1$s 元，标准 %2$s 元", "Refused %2$s %2$p[time|times]; %1$s yuan", "", "");
    assertThat(c.en(true, "5", 1)).isEqualTo("Refused 1 time; 5 yuan");
    assertThat(c.en(true, "5", 3)).isEqualTo("Refused 3 times; 5 yuan");
    assertThat(c.zh(true, "5", "6")).isEqualTo("收入 5 元，标准 6 元");
  }
}
